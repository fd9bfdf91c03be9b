import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch rel31 (issue 13): weapons stopped before they hit are no attack of the interceptor (intercepted-weapon.ts). */
describe('weapons intercepted before they hit (intercepted-weapon.ts)', () => {
  it('reads no attack of the interceptor on the place the weapons were headed for', async () => {
    for (const text of ['Ukrainian air defense intercepted nine drones before they hit Tarnok.', 'Ukrainian gunners shot down two cruise missiles as they approached Tarnok.']) {
      const { lines } = await relate(text, [ua, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps the attack of the weapons’ named owner, and an interceptor’s own later strike', async () => {
    const owner = await relate('Ukrainian air defense intercepted Russian missiles before they struck Tarnok.', [ua, ru, city('Tarnok')]);
    expect(attacks(owner.lines)).toEqual(['Russian attacked Tarnok']);
    const own = await relate('Ukrainian forces shelled Tarnok after they intercepted nine drones.', [ua, city('Tarnok')]);
    expect(attacks(own.lines)).toEqual(['Ukrainian attacked Tarnok']);
  });
});
