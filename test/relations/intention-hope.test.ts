import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch rel37 (issue 13): a hope, a wish or an expectation to attack is no attack (intention-verb.ts). */
describe('an attack hoped for or expected (intention-verb.ts)', () => {
  it('reads no attack after "hoping to", "want to", "are expected to"', async () => {
    for (const verb of ['are likely hoping to advance on', 'want to attack', 'are expected to assault']) {
      const { lines } = await relate(`Russian forces ${verb} Tarnok.`, [ru, city('Tarnok')]);
      expect(attacks(lines)).toEqual([]);
    }
  });

  it('keeps an attack next to an expectation of something else', async () => {
    const { lines } = await relate('Russian forces shelled Tarnok as expected.', [ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
  });
});
