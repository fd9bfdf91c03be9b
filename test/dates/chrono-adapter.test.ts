import { describe, expect, it } from 'vitest';
import * as chronoEsm from 'chrono-node';
import { chronoParser, chronoReference } from '../../src/dates/chrono-adapter.js';

const ref = chronoReference({ y: 2024, m: 3, d: 14 });
const read = (results: Array<{ index: number; text: string; start: { date(): Date } }>) =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString()]);

describe('chronoParser: each locale loaded when first asked for', () => {
  it('gives the same parser for a language every time', () => {
    expect(chronoParser('en')).toBe(chronoParser('en'));
    expect(chronoParser('de')).toBe(chronoParser('de'));
    expect(chronoParser('de')).not.toBe(chronoParser('en'));
  });

  it('reads what the published ES module build reads, in English and in another locale', () => {
    const english = 'The talks resumed at 14:30 UTC on Tuesday and ended three days later.';
    expect(read(chronoParser('en')!.parse(english, ref))).toEqual(read(chronoEsm.en.casual.parse(english, ref)));
    expect(read(chronoParser('en')!.parse(english, ref))).not.toEqual([]);
    const french = 'La réunion a eu lieu le 3 mars 2024 à Lyon.';
    expect(read(chronoParser('fr')!.parse(french, ref))).toEqual(read(chronoEsm.fr.casual.parse(french, ref)));
    expect(read(chronoParser('fr')!.parse(french, ref))).not.toEqual([]);
  });

  it('has no parser for a language chrono has no locale for, nor for a name that is not a language', () => {
    expect(chronoParser('xx')).toBeUndefined();
    expect(chronoParser('und')).toBeUndefined();
    expect(chronoParser('en/../fr')).toBeUndefined();
    expect(chronoParser('')).toBeUndefined();
  });
});
