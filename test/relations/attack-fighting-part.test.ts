import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch rel37 (issue 13): fighting for (control of) a part of a place attacks the place (rules/events.ts attacked-place). */
describe('fighting for a part of a place', () => {
  it('reads the place after "the western part of", "most of"', async () => {
    for (const part of ['control of the western part of', 'the eastern districts of', 'control over most of']) {
      const { lines } = await relate(`Russian forces are fighting for ${part} Tarnok.`, [ru, city('Tarnok')]);
      expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
    }
  });

  it('reads no attack when the fighting is planned', async () => {
    const { lines } = await relate('Russian forces will likely fight for control of the western part of Tarnok.', [ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual([]);
  });
});
