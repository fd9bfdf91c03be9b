import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('a negation reaches over "any" before the actor', () => {
  it('reads no attack after "has not reported any" or "did not claim any"', async () => {
    const a = await relate('Officials have not reported any Russian assaults near Ivanivka for a week.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('The General Staff did not claim any Ukrainian attack toward Ivanivka.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(attacks(b.lines)).toEqual([]);
  });

  it('keeps an attack that "any" does not follow a negation for, and one the negation is far from', async () => {
    const a = await relate('The General Staff reported Russian offensive operations around Ivanivka on May 16.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual(['Russian attacked Ivanivka']);
    const b = await relate('Officials did not comment, but the staff reported that Russian forces shelled Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(b.lines)).toEqual(['Russian attacked Ivanivka']);
  });
});
