import { describe, expect, it } from 'vitest';
import { city, region, relate, site } from './run.js';

const located = (lines: string[]) => lines.filter((l) => l.includes('locatedIn'));

describe('locatedIn: a road between the places and their region', () => {
  it('locates each town of a list "along the <code> highway in Z Oblast"', async () => {
    const { lines } = await relate('Troops shelled Dubki, Lipki, and Sosnovka along the P45 highway in northern Lakeside Oblast on Monday.', [
      city('Dubki'),
      city('Lipki'),
      city('Sosnovka'),
      region('Lakeside Oblast'),
    ]);
    for (const t of ['Dubki', 'Lipki', 'Sosnovka']) expect(lines).toContain(`${t} locatedIn Lakeside Oblast`);
  });

  it('locates nothing when the road leads toward the region', async () => {
    const { lines } = await relate('Troops moved from Dubki along the P45 highway toward Lakeside Oblast.', [city('Dubki'), region('Lakeside Oblast')]);
    expect(located(lines)).toEqual([]);
  });
});

describe('locatedIn: a relative clause of place', () => {
  it('reads "the city of Y in which the X is located"', async () => {
    const { lines } = await relate('Troops seized the city of Dubki in which the Azure Grain Terminal is located.', [
      city('Dubki'),
      site('Azure Grain Terminal'),
    ]);
    expect(lines).toContain('Azure Grain Terminal locatedIn Dubki');
  });

  it('reads nothing from a relative clause that says something else happened there', async () => {
    const { lines } = await relate('Troops seized the city of Dubki in which the Azure Grain Terminal was shelled.', [
      city('Dubki'),
      site('Azure Grain Terminal'),
    ]);
    expect(located(lines)).toEqual([]);
  });
});

describe('locatedIn: "X, in the Y district of Z"', () => {
  it('locates a village in the district named after a town', async () => {
    const { lines } = await relate('Partisans blew up a car in Lipki, in the Dubki district of Lakeside Oblast.', [
      city('Lipki'),
      city('Dubki'),
      region('Lakeside Oblast'),
    ]);
    expect(lines).toContain('Lipki locatedIn Dubki');
  });

  it('reads no district from a direction or without the comma of an apposition', async () => {
    const direction = await relate('Troops attacked Lipki, in the Dubki direction.', [city('Lipki'), city('Dubki')]);
    expect(located(direction.lines)).toEqual([]);
    const noComma = await relate('Troops who left Lipki in the Dubki district last week returned.', [city('Lipki'), city('Dubki')]);
    expect(located(noComma.lines)).toEqual([]);
  });
});
