import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const located = (lines: string[]): string[] => lines.filter((l) => l.includes(' locatedIn ')).sort();

describe('locatedIn: a place apposition naming its kind, with words before the kind and a description after it', () => {
  it('locates the place over a participle, a date and a bearing before "in"', async () => {
    const { lines } = await relate('Shelling hit Sarny, a small village retaken by the garrison in early May in northern Rivne Oblast, on Monday.', [
      city('Sarny'),
      region('Rivne Oblast'),
    ]);
    expect(located(lines)).toEqual(['Sarny locatedIn Rivne Oblast']);
  });

  it('reads a qualified kind with a nationality before it, "one of the … cities in", and a kind "of" an area', async () => {
    const territory = await relate('Moscow may use Ossetia, the illegally occupied Russian territory in Georgia, for this effort.', [
      region('Ossetia'),
      demonym('Russian', 'RU'),
      country('Georgia', 'GE'),
    ]);
    expect(located(territory.lines)).toEqual(['Ossetia locatedIn Georgia']);
    const largest = await relate('The strike hit Dubno, one of the largest cities in Rivne Oblast.', [city('Dubno'), region('Rivne Oblast')]);
    expect(located(largest.lines)).toEqual(['Dubno locatedIn Rivne Oblast']);
    const centre = await relate('The strike hit Dubno, the administrative center of Rivne Oblast.', [city('Dubno'), region('Rivne Oblast')]);
    expect(located(centre.lines)).toEqual(['Dubno locatedIn Rivne Oblast']);
  });

  it('stops where a route, a new clause or a list starts after the kind', async () => {
    // The area is where the fire came from, not where the village is.
    const from = await relate('Troops shelled Sarny, a village on the border shelled from positions in Kursk Oblast.', [city('Sarny'), region('Kursk Oblast')]);
    expect(located(from.lines)).toEqual([]);
    const route = await relate('Columns left Sarny, a village on the road towards the depots in Kursk Oblast.', [city('Sarny'), region('Kursk Oblast')]);
    expect(located(route.lines)).toEqual([]);
    const clause = await relate('Troops entered Sarny, a village where officials said the units in Kursk Oblast had gathered.', [city('Sarny'), region('Kursk Oblast')]);
    expect(located(clause.lines)).toEqual([]);
  });
});
