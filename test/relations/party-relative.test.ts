import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const about = (word: string) => (lines: string[]) => lines.filter((l) => l.includes(` ${word} `));
const withdrawals = about('withdrewFrom');
const captures = about('captured');

describe('a restrictive clause on a party’s force noun: "the X troops that withdrew from Y"', () => {
  it('reads a withdrawal told of the party’s forces', async () => {
    const { lines } = await relate('The Belarusian rifle companies that pulled back from Dolynka regrouped in the forest.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('reads a bracketed abbreviation before the clause', async () => {
    const { lines } = await relate('Most Belarusian battalion tactical groups (BTGs) that pulled back from around Dolynka are spent.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('reads a capture told of the party’s forces', async () => {
    const { lines } = await relate('The strength of the 9th Rifle Brigade elements that seized Dolynka remains unclear.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['9th Rifle Brigade captured Dolynka']);
  });

  it('gives nothing when the noun is no force of the party, or the clause is a plan', async () => {
    const struck = await relate('Belarusian forces struck convoys that withdrew from Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(struck.lines)).toEqual([]);
    const plan = await relate('Belarusian troops that will try to capture Dolynka are massing.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(plan.lines)).toEqual([]);
  });
});
