import { describe, expect, it } from 'vitest';
import { city, region, relate, site } from './run.js';

describe('a river or a sea lies in no one region', () => {
  it('reads no locatedIn for a river named with the region its bank is in', async () => {
    const { lines } = await relate('Troops dug in along the east bank of the Vorskla River in Poltava Oblast.', [site('Vorskla River'), region('Poltava Oblast')]);
    expect(lines.filter((l) => l.includes('locatedIn'))).toEqual([]);
  });

  it('still reads a town in a region and an island in a river', async () => {
    const town = await relate('Shelling hit Polohy in Poltava Oblast.', [city('Polohy'), region('Poltava Oblast')]);
    expect(town.lines).toContain('Polohy locatedIn Poltava Oblast');
    const island = await relate('Troops landed on Hrushevo Island in the Vorskla River.', [site('Hrushevo Island'), site('Vorskla River')]);
    expect(island.lines).toContain('Hrushevo Island locatedIn Vorskla River');
  });
});

describe('a named site in a village the gazetteer lacks', () => {
  it('locates "the X Power Plant in Y" where Y is of no known kind, but not one unknown place in another', async () => {
    const plant = await relate('Shelling resumed near the Dobropil Power Plant in Verkhnie Selo.', [site('Dobropil Power Plant'), site('Verkhnie Selo')]);
    expect(plant.lines).toContain('Dobropil Power Plant locatedIn Verkhnie Selo');
    const villages = await relate('Shelling resumed near Nyzhnie Selo in Verkhnie Selo.', [site('Nyzhnie Selo'), site('Verkhnie Selo')]);
    expect(villages.lines.filter((l) => l.includes('locatedIn'))).toEqual([]);
  });
});
