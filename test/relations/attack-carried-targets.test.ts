import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');
const water = (text: string) => ({ text, type: 'Place' as const, placeKind: 'Place' as const });

/** Branch rel37 (issue 13): the carried attack reads its targets as attacked-place does; a bank's river is no target. */
describe('the targets of a carried attack verb (rules/events.ts CARRIED_ATTACK, attack-target.ts)', () => {
  it('reads a conjoined attack whose targets take more words before their place', async () => {
    const { lines } = await relate(
      'Russian forces continued mortar strikes along the Tarnok-Pelm line and struck Ukrainian trenches and civilian buildings in and around Ostrova and Dubno.',
      [ru, city('Tarnok'), city('Pelm'), city('Ostrova'), city('Dubno')],
    );
    expect(attacks(lines)).toEqual(['Russian attacked Dubno', 'Russian attacked Ostrova']);
  });

  it('still stops at another clause in the targets\' words', async () => {
    const { lines } = await relate(
      'Russian forces made gains near Tarnok and conducted strikes while Ukrainian officials evacuated residents near Ostrova.',
      [ru, city('Tarnok'), ua, city('Ostrova')],
    );
    expect(attacks(lines)).not.toContain('Russian attacked Ostrova');
  });

  it('reads no attack on the river or the reservoir whose bank was hit, "River" named or not', async () => {
    const { lines } = await relate(
      'Ukrainian forces struck bridges near Tarnok and targeted depots on the east bank of the Velta and areas on the north bank of the Dubno Reservoir.',
      [ua, city('Tarnok'), water('Velta'), water('Dubno Reservoir')],
    );
    expect(attacks(lines)).toEqual(['Ukrainian attacked Tarnok']);
  });
});
