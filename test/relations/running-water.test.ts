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
