import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attacks on settlements around a town, named after "namely"', () => {
  it('takes the named settlements, not the town they lie around', async () => {
    const { lines } = await relate('Ukrainian troops repelled Russian attacks on settlements around Bilhorod, namely Ivanivka and Petrivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Bilhorod'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(lines).sort()).toEqual(['Russian attacked Ivanivka', 'Russian attacked Petrivka']);
  });

  it('keeps the town when no settlement is named', async () => {
    const { lines } = await relate('Ukrainian troops repelled Russian attacks on settlements around Bilhorod on Monday.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Bilhorod')]);
    expect(attacks(lines)).toEqual(['Russian attacked Bilhorod']);
  });
});
