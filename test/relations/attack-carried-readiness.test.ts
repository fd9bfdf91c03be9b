import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('a conjoined readiness for attacks is no attack', () => {
  it('reads no attack after "and prepared for"', async () => {
    const { lines } = await relate('A channel claimed that Russian troops fought in Ivanivka, east of Bilhorod, and prepared for attacks on Ukrainian trenches in Petrivka.', [
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Bilhorod'),
      demonym('Ukrainian', 'UA'),
      city('Petrivka'),
    ]);
    expect(attacks(lines)).toContain('Russian attacked Ivanivka');
    expect(attacks(lines)).not.toContain('Russian attacked Petrivka');
  });

  it('still carries a conjoined attack that happened', async () => {
    const { lines } = await relate('Russian troops fought in Ivanivka and shelled Ukrainian positions in Petrivka.', [demonym('Russian', 'RU'), city('Ivanivka'), demonym('Ukrainian', 'UA'), city('Petrivka')]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka']));
  });
});
