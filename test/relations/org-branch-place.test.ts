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

/** Branch rel34 (issue 13): an organization's work or recruiting at a place named by a noun (presence-rules.ts org-people-in-place). */
describe('an organization’s work or recruiting named by a noun', () => {
  it('reads its work, activities or recruiting at a place', async () => {
    for (const text of [
      'Analysts said the Border Service’s work in occupied Velka Oblast supports repression.',
      'The Border Service’s recruitment of prisoners in Velka Oblast continued.',
      'The Border Service’s recruiting campaign across Velka Oblast intensified.',
    ]) {
      const { lines } = await relate(text, [org('Border Service'), region('Velka Oblast')]);
      expect(presence(lines), text).toEqual(['Border Service operatesIn Velka Oblast']);
    }
  });

  it('reads no recruiting place that is the recruits’ destination or origin', async () => {
    for (const text of ['The Border Service’s recruitment of prisoners to fight in Velka Oblast continued.', 'The Border Service’s recruitment of men from Velka Oblast continued.']) {
      const { lines } = await relate(text, [org('Border Service'), region('Velka Oblast')]);
      expect(presence(lines), text).toEqual([]);
    }
  });
});
