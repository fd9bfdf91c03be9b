import { describe, expect, it } from 'vitest';
import { city, org, region, relate } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

/** Branch rel34 (issue 13): an organization's branch named by its region or town before the organization works there (presence-rules.ts org-people-in-place). */
describe('an organization’s branch named by its place', () => {
  it('reads a branch or department named by its region or town', async () => {
    for (const text of ['Velka Oblast’s Border Service branch is recruiting drivers.', 'The Velka Oblast Border Service department detained two men.']) {
      const { lines } = await relate(text, [region('Velka Oblast'), org('Border Service')]);
      expect(presence(lines), text).toEqual(['Border Service operatesIn Velka Oblast']);
    }
  });

  it('reads no presence from an office that may be the seat, or from a country', async () => {
    const office = await relate('Tarnok’s Border Service office denied the report.', [city('Tarnok'), org('Border Service')]);
    expect(presence(office.lines)).toEqual([]);
    const country = await relate('Norland’s Border Service department denied the report.', [{ text: 'Norland', type: 'Place', placeKind: 'Country' }, org('Border Service')]);
    expect(presence(country.lines)).toEqual([]);
  });
});
