import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');
const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst ')).sort();
/** A proxy republic as the gazetteer gives it: a region whose record's name says "Republic". */
const proxy = { text: 'Varnok People’s Republic', type: 'Place' as const, placeKind: 'Region' as const, ref: 'test:vpr', refName: 'Varnok People’s Republic', country: 'UA' };

/** Branch rel35 (issue 13): parties of one side do not fight each other (fought-sides.ts). */
describe('foughtAgainst between parties of one side (fought-sides.ts)', () => {
  it('drops a fight between a nationality and its proxy republic, keeps the fight with the other side', async () => {
    const { lines } = await relate('Russian and Varnok People’s Republic forces clashed with Ukrainian forces near Telmin.', [ru, proxy, ua, city('Telmin')]);
    expect(fights(lines)).toEqual(['Russian foughtAgainst Ukrainian', 'Varnok People’s Republic foughtAgainst Ukrainian']);
  });

  it('keeps a fight between the two sides and with a party of no known side', async () => {
    const sides = await relate('Russian and Ukrainian forces clashed near Telmin.', [ru, ua, city('Telmin')]);
    expect(fights(sides.lines)).toEqual(['Russian foughtAgainst Ukrainian']);
    const volunteers = await relate('Georgian forces clashed with Russian forces near Telmin.', [demonym('Georgian', 'GE'), ru, city('Telmin')]);
    expect(fights(volunteers.lines)).toEqual(['Georgian foughtAgainst Russian']);
  });
});
