import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch prec24 (issue 13): a nationality that owns "targets" names what was hit, not who attacked (actor.ts ownsTargets). */
describe('"Russian military targets in X" names no attacker', () => {
  it('reads no attack by the owner of the targets', async () => {
    const strike = await relate('Ukrainian forces continued to strike Russian military targets in Tarnok.', [ua, ru, city('Tarnok')]);
    expect(strike.lines).toEqual(['Ukrainian attacked Tarnok']);
    const blasts = await relate('Explosions destroyed several Russian targets in Velmy on Monday.', [ru, city('Velmy')]);
    expect(blasts.lines).toEqual([]);
  });

  it('keeps a nationality that targets a place', async () => {
    const { lines } = await relate('Russian forces targeted Velmy with drones.', [ru, city('Velmy')]);
    expect(lines).toEqual(['Russian attacked Velmy']);
  });
});
