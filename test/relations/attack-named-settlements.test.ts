import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

/** Russian attacks near the town of Bilhorod, repelled by Ukrainian forces, with the villages Ivanivka and Petrivka. */
async function attacksIn(sentence: string): Promise<string[]> {
  const villages = ['Ivanivka', 'Petrivka'].filter((v) => sentence.includes(v)).map((v) => city(v));
  const { lines } = await relate(sentence, [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Bilhorod'), ...villages]);
  return attacks(lines).sort();
}

describe('attacks whose settlements are named after the town that places them', () => {
  it('after "namely": the named settlements, not the town they lie around', async () => {
    expect(await attacksIn('Ukrainian units repelled Russian attacks on settlements around Bilhorod, namely Ivanivka and Petrivka.')).toEqual(['Russian attacked Ivanivka', 'Russian attacked Petrivka']);
    expect(await attacksIn('Ukrainian units repelled Russian attacks on settlements around Bilhorod on Monday.')).toEqual(['Russian attacked Bilhorod']);
  });

  it('after a bearing, "in the villages of A and B": the villages, not the bearing’s town', async () => {
    expect(await attacksIn('Ukrainian forces repelled Russian attacks directly west of Bilhorod in the villages of Ivanivka and Petrivka.')).toEqual(['Russian attacked Ivanivka', 'Russian attacked Petrivka']);
    expect(await attacksIn('Ukrainian forces repelled Russian attacks directly west of Bilhorod on Monday.')).toEqual(['Russian attacked Bilhorod']);
  });

  it('near "the town of X": the town itself', async () => {
    const { lines } = await relate('Russian forces shelled positions near the town of Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(lines)).toEqual(['Russian attacked Stepove']);
  });
});
