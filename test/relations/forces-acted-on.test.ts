import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch prec25 (issue 13): forces that a verb acts on are not the actor of the attack after them (actor.ts GOVERNING_WORDS). */
describe('forces dislodged, reconnoitered or trapped (actor.ts)', () => {
  it('does not read the acted-on nationality as the attacker', async () => {
    const dislodge = await relate('Russian troops failed to dislodge Ukrainian forces with heavy artillery fire in Tarnok.', [ru, ua, city('Tarnok')]);
    expect(attacks(dislodge.lines)).not.toContain('Ukrainian attacked Tarnok');
    const recon = await relate('Russian troops reconnoitered Ukrainian positions and continued to shell positions near Tarnok.', [ru, ua, city('Tarnok')]);
    expect(attacks(recon.lines)).not.toContain('Ukrainian attacked Tarnok');
  });

  it('keeps a nationality that opens its own clause as the attacker', async () => {
    const { lines } = await relate('Ukrainian forces shelled positions in Tarnok on May 3.', [ua, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Tarnok']);
  });
});
