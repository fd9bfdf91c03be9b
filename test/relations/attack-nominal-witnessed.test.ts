import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch iswatk4: a nationality's attack noun after "of" and a word that says the attack happened (nominal-agent.ts). */
describe('an attack noun after "of" and a word of its traces, reports or effect (attacked-nominal)', () => {
  it('reads the aftermath of strikes on a place', async () => {
    const { lines } = await relate('New photos showed the aftermath of Ukrainian strikes on Ivanivka overnight.', [ua, city('Ivanivka')]);
    expect(attacks(lines)).toContain('Ukrainian attacked Ivanivka');
  });

  it('reads reports and claims of attacks as reported events', async () => {
    const { lines } = await relate('Local officials repeated claims of Russian assaults near Petrivka and Stepove.', [ru, city('Petrivka'), city('Stepove')]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Petrivka', 'Russian attacked Stepove']));
  });

  it('reads the effect of shelling with an article before the nationality', async () => {
    const { lines } = await relate('Ten soldiers died as a result of the Ukrainian shelling of their positions in Lozova.', [ua, city('Lozova')]);
    expect(attacks(lines)).toContain('Ukrainian attacked Lozova');
  });

  it('still reads a topic word before "of" as owning the nationality', async () => {
    const { lines } = await relate('Officials lamented the slow pace of Russian assaults on Ivanivka.', [ru, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads no attack from a threat of strikes', async () => {
    const { lines } = await relate('Residents fear the threat of Ukrainian strikes on Ivanivka.', [ua, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads no attack from reports a verb of denial governs', async () => {
    const { lines } = await relate('The governor denied reports of Ukrainian strikes on Ivanivka.', [ua, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads no attack from reports of strikes to come', async () => {
    const { lines } = await relate('Officials dismissed reports of possible Ukrainian strikes on Ivanivka in the coming weeks.', [ua, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});
