import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch rel32 (issue 13): a place cleared of the enemy is taken (rules/capture-clearing.ts, cleared-place.ts). */
describe('places cleared of the enemy (captured-cleared)', () => {
  it('reads a capture from a place cleared of forces, forces cleared from a place, and a finished clearing', async () => {
    const cases: Array<[string, string]> = [
      ['Ukrainian brigades cleared Tarnok of Russian troops on May 3.', 'Ukrainian captured Tarnok'],
      ['Ukrainian forces cleared the remaining Russian units from Tarnok on May 3.', 'Ukrainian captured Tarnok'],
      ['Ukrainian forces finished clearing Tarnok on May 3.', 'Ukrainian captured Tarnok'],
      ['Ukrainian forces cleared most of Tarnok by May 3.', 'Ukrainian captured Tarnok'],
    ];
    for (const [text, want] of cases) {
      const { lines } = await relate(text, text.includes('Russian') ? [ua, ru, city('Tarnok')] : [ua, city('Tarnok')]);
      expect(captures(lines), text).toEqual([want]);
    }
  });

  it('reads no capture from clearing under way, clearing things, or clearing near a place', async () => {
    for (const text of [
      'Ukrainian forces are clearing Tarnok street by street.',
      'Ukrainian sappers cleared Tarnok of mines on May 3.',
      'Ukrainian engineers cleared 400 explosive devices from Tarnok.',
      'Ukrainian forces cleared Russian positions near Tarnok.',
    ]) {
      const { lines } = await relate(text, text.includes('Russian') ? [ua, ru, city('Tarnok')] : [ua, city('Tarnok')]);
      expect(captures(lines), text).toEqual([]);
    }
  });
});
