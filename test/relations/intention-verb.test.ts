import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch prec25 (issue 13): a decision or a readiness to attack is no attack (intention-verb.ts). */
describe('an attack decided on or prepared for (intention-verb.ts)', () => {
  it('reads no attack after "decided to", "prepared to", "poised to"', async () => {
    for (const verb of ['have decided to attack', 'prepared to attack', 'are poised to assault']) {
      const { lines } = await relate(`Officials said that Russian troops ${verb} Tarnok.`, [ru, city('Tarnok')]);
      expect(attacks(lines)).toEqual([]);
    }
  });

  it('keeps an attack after "prepared" that is no readiness, and after the plan in another clause', async () => {
    const positions = await relate('Russian troops prepared positions and shelled Tarnok on May 3.', [ru, city('Tarnok')]);
    expect(attacks(positions.lines)).toEqual(['Russian attacked Tarnok']);
    const later = await relate('Russian troops shelled Tarnok, while officials were ready to evacuate residents.', [ru, city('Tarnok')]);
    expect(attacks(later.lines)).toEqual(['Russian attacked Tarnok']);
  });
});
