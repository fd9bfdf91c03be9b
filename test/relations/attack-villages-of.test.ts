import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attacks placed by a bearing and then "in the villages of A and B"', () => {
  it('takes the villages, not the bearing’s town', async () => {
    const { lines } = await relate('Ukrainian forces repelled Russian attacks directly west of Bilhorod in the villages of Ivanivka and Petrivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Bilhorod'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(lines).sort()).toEqual(['Russian attacked Ivanivka', 'Russian attacked Petrivka']);
  });

  it('keeps the town when no village follows, and a region is no village', async () => {
    const a = await relate('Ukrainian forces repelled Russian attacks directly west of Bilhorod on Monday.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Bilhorod')]);
    expect(attacks(a.lines)).toEqual(['Russian attacked Bilhorod']);
    const b = await relate('Russian forces shelled positions near the town of Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual(['Russian attacked Stepove']);
  });
});
