import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const of = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `));

describe('a word of likelihood that takes an infinitive speaks of the infinitive, not of the event before it', () => {
  it('keeps a withdrawal whose withdrawn forces are unlikely to do something else', async () => {
    const { lines } = await relate('Belarusian forces withdrawn from the Dolynka axis are unlikely to regain much combat power soon.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(of(lines, 'withdrewFrom')).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('keeps a capture followed by "and are unlikely to advance further"', async () => {
    const { lines } = await relate('Belarusian forces captured Dolynka and are unlikely to advance much further this month.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(of(lines, 'captured')).toEqual(['Belarusian captured Dolynka']);
  });

  it('still drops a claim judged unlikely to be true, and an event judged unlikely', async () => {
    const claim = await relate('Belarusian claims to have captured Dolynka are unlikely to be true.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(of(claim.lines, 'captured')).toEqual([]);
    const event = await relate('A Belarusian withdrawal from Dolynka remains unlikely.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(of(event.lines, 'withdrewFrom')).toEqual([]);
  });
});
