import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const russian = demonym('Russian', 'RU');
const ukrainian = demonym('Ukrainian', 'UA');
const river = (text: string) => ({ text, type: 'Place' as const, placeKind: 'Region' as const });

/** Precision guards of the event rules: words that look like an event and are not one. */
describe('withdrawals: the river bank, the heading', () => {
  it('reads no withdrawal from "the left bank of X", but still from "left X"', async () => {
    const bank = await relate('Russian forces built new trenches on the left bank of the Vorskla River.', [russian, river('Vorskla River')]);
    expect(bank.lines).toEqual([]);
    const units = await relate('Russian units moved reserves to the left bank of the Vorskla River.', [russian, river('Vorskla River')]);
    expect(units.lines).toEqual([]);
    const left = await relate('Ukrainian forces left Brova on Tuesday.', [ukrainian, city('Brova')]);
    expect(left.lines).toEqual(['Ukrainian withdrewFrom Brova']);
  });

  it('reads no withdrawal from the place a retreat heads for', async () => {
    const toward = await relate('Russian forces retreated in the direction of Brova.', [russian, city('Brova')]);
    expect(toward.lines).toEqual([]);
    const from = await relate('Russian forces retreated from Hlynne in the direction of Brova.', [russian, city('Hlynne'), city('Brova')]);
    expect(from.lines).toEqual(['Russian withdrewFrom Hlynne']);
  });
});

describe('control: the verb, not the noun phrase', () => {
  it('reads who controls a place from the verb or from a verb of holding before the noun', async () => {
    const verb = await relate('Russian forces currently control Brova.', [russian, city('Brova')]);
    expect(verb.lines).toEqual(['Russian captured Brova']);
    const part = await relate('Russian forces control most of Brova.', [russian, city('Brova')]);
    expect(part.lines).toEqual(['Russian captured Brova']);
    const holding = await relate('Ukrainian forces have full control of Brova.', [ukrainian, city('Brova')]);
    expect(holding.lines).toEqual(['Ukrainian captured Brova']);
  });

  it('reads no capture from a nationality that only qualifies the noun "control"', async () => {
    const threat = await relate('The counterattacks east of Hlynne are threatening Russian control of Brova.', [city('Hlynne'), russian, city('Brova')]);
    expect(threat.lines.filter((l) => l.includes('captured'))).toEqual([]);
    const verify = await relate('Observers could not verify Russian control of Brova.', [russian, city('Brova')]);
    expect(verify.lines).toEqual([]);
    const fire = await relate('The strikes were meant to disrupt Ukrainian fire control over Brova.', [ukrainian, city('Brova')]);
    expect(fire.lines).toEqual([]);
  });
});
