import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch rel37 (issue 13): a relative clause's subject is no actor of the main clause's next verb (relative-subject.ts). */
describe('the subject of a relative clause (relative-subject.ts)', () => {
  it('does not read the relative clause\'s subject as the actor of the verb after it', async () => {
    const { lines } = await relate('Russian forces attacked Tarnok, which Ukrainian forces liberated in March, and shelled Pelm.', [ru, city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(lines)).toContain('Russian attacked Tarnok');
    expect(attacks(lines)).not.toContain('Ukrainian attacked Pelm');
  });

  it('does the same after "where" and with an adverb after the link', async () => {
    const { lines } = await relate('Russian troops struck Tarnok, where Ukrainian troops hold positions, and then shelled Pelm.', [ru, city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(lines)).not.toContain('Ukrainian attacked Pelm');
  });

  it('keeps the relative clause\'s own attack, also over a list of modifiers', async () => {
    const own = await relate('Russian forces shelled Tarnok, where Ukrainian forces counterattacked near Pelm.', [ru, city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(own.lines)).toContain('Ukrainian attacked Pelm');
    const list = await relate('Fighting continued near Tarnok, where Ukrainian forces attacked the northern, western, and southern outskirts of Pelm.', [city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(list.lines)).toContain('Ukrainian attacked Pelm');
  });

  it('keeps an actor after a "that" of a report, whose clause goes on over a list', async () => {
    const { lines } = await relate('Officials reported that Russian troops conducted air, missile, and artillery strikes on Pelm.', [ru, city('Pelm')]);
    expect(attacks(lines)).toEqual(['Russian attacked Pelm']);
  });
});
