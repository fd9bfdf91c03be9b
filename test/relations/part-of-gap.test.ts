import { describe, expect, it } from 'vitest';
import { unit, relate } from './run.js';

const parts = (lines: string[]) => lines.filter((l) => l.includes(' partOf '));

/** Branch prec26: "X <verb> elements of Y" makes X the actor; only copulas and adverbs stand between a part and "element of". */
describe('the words between a unit and "part/element of" (unit-part-of)', () => {
  it('does not make the actor of a verb a part of the unit it acts on', async () => {
    const { lines } = await relate('The 7th Aviation Brigade struck elements of the 40th Rifle Division on Monday.', [unit('7th Aviation Brigade'), unit('40th Rifle Division')]);
    expect(parts(lines)).toEqual([]);
  });

  it('reads a copula and an adverb before "an element of"', async () => {
    const { lines } = await relate('The 9th Rifle Regiment is now an element of the 40th Rifle Division.', [unit('9th Rifle Regiment'), unit('40th Rifle Division')]);
    expect(parts(lines)).toEqual(['9th Rifle Regiment partOf 40th Rifle Division']);
  });

  it('reads a relative clause before "subordinate to"', async () => {
    const { lines } = await relate('The 9th Rifle Regiment, which was quietly made subordinate to the 40th Rifle Division, moved north.', [unit('9th Rifle Regiment'), unit('40th Rifle Division')]);
    expect(parts(lines)).toContain('9th Rifle Regiment partOf 40th Rifle Division');
  });

  it('gives a bracketed "subordinate to Y\'s Z" to Z, not to its owner Y', async () => {
    const { lines } = await relate("The 9th Rifle Regiment (subordinate to the Northern Military District's 40th Rifle Division) moved north.", [unit('9th Rifle Regiment'), unit('Northern Military District'), unit('40th Rifle Division')]);
    expect(parts(lines)).toContain('9th Rifle Regiment partOf 40th Rifle Division');
    expect(parts(lines)).not.toContain('9th Rifle Regiment partOf Northern Military District');
  });
});
