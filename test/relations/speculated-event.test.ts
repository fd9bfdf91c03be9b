import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');

/** Branch rel31 (issue 13): an event speculated about or imagined is none (irrealis.ts FORESEEN). */
describe('an event speculated about (irrealis.ts)', () => {
  it('reads no attack from speculation about it', async () => {
    for (const text of ['Bloggers spread speculations about a Ukrainian invasion of Ruritania.', 'Officials are hypothesizing a Ukrainian invasion of Ruritania.']) {
      const { lines } = await relate(text, [ua, country('Ruritania', 'RT')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps an invasion stated as made', async () => {
    const { lines } = await relate('Officials condemned the Ukrainian invasion of Ruritania.', [ua, country('Ruritania', 'RT')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Ruritania']);
  });
});
