import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, org, region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch prec25 (issue 13): a country that owns the target is no place of the attack when the target's place is named (attack-owner.ts). */
describe('an owner country of the target (attack-owner.ts)', () => {
  it('moves the attack to the place the owned target lies in', async () => {
    const hq = await relate('Ukrainian troops struck Ruritania’s occupation headquarters in Tarnok on May 3.', [ua, country('Ruritania', 'RT'), city('Tarnok')]);
    expect(attacks(hq.lines)).toEqual(['Ukrainian attacked Tarnok']);
    const named = await relate('Russian drones hit Ukraine’s Southern Command headquarters near Velmy.', [ru, country('Ukraine', 'UA'), org('Southern Command'), city('Velmy')]);
    expect(attacks(named.lines)).toEqual(['Russian attacked Velmy']);
  });

  it('moves the attack to the region the possessive names', async () => {
    const { lines } = await relate('Ukrainian artillery shelled Ruritania’s Brisk Oblast overnight.', [ua, country('Ruritania', 'RT'), region('Brisk Oblast')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Brisk Oblast']);
  });

  it('keeps the country when no place of the target is named, and a city that owns a site', async () => {
    const infra = await relate('Russian forces struck Ukraine’s energy infrastructure on May 3.', [ru, country('Ukraine', 'UA')]);
    expect(attacks(infra.lines)).toEqual(['Russian attacked Ukraine']);
    const clause = await relate('Russian forces struck Ukraine’s energy grid, and officials in Velmy reported outages.', [ru, country('Ukraine', 'UA'), city('Velmy')]);
    expect(attacks(clause.lines)).toEqual(['Russian attacked Ukraine']);
    const site = await relate('Russian forces shelled Tarnok’s steel plant in the Velmy district.', [ru, city('Tarnok'), city('Velmy')]);
    expect(attacks(site.lines)).toContain('Russian attacked Tarnok');
  });
});
