import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch rel32 (issue 13): a nationality owning an intercepted weapon is no actor of the conjoined verb (intercepted-weapon.ts). */
describe('intercepted weapon owner (intercepted-weapon.ts interceptedOwner)', () => {
  it('links the conjoined attack to the subject, not the weapon\'s owner', async () => {
    const { lines } = await relate('Russian forces intercepted a Ukrainian drone and shelled Tarnok on May 3.', [ru, ua, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
  });

  it('keeps the weapon owner\'s attack when it is the subject', async () => {
    const { lines } = await relate('Ukrainian forces struck Tarnok after Russian air defenses intercepted two missiles.', [ua, ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Tarnok']);
  });
});
