import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => l.includes(' locatedIn '));
const ru = demonym('Russian', 'RU');

/** Branch prec26: a region standing as one item of a list of peer places does not locate the item before it. */
describe('an area among peer places (place-comma-area)', () => {
  it('does not locate a town in the area that is the next item of a comma list', async () => {
    const { lines } = await relate('Bloggers warned of strikes on Tarnok, Brisk Oblast, Velmy, Ossar, or Dunel.', [city('Tarnok'), region('Brisk Oblast'), city('Velmy'), city('Ossar'), city('Dunel')]);
    expect(located(lines)).toEqual([]);
  });

  it('does not locate a town in an area of a list closed by "and" on another area', async () => {
    const { lines } = await relate('Recruiters called men from Tarnok, Brisk Oblast, Velmy, and Ossar Oblast last week.', [city('Tarnok'), region('Brisk Oblast'), city('Velmy'), region('Ossar Oblast')]);
    expect(located(lines)).toEqual([]);
  });

  it('still locates each town of a list of town-and-region pairs', async () => {
    const { lines } = await relate('Russian forces shelled Tarnok, Brisk Oblast, Velmy, Ossar Oblast, and Dunel, Ossar Oblast.', [ru, city('Tarnok'), region('Brisk Oblast'), city('Velmy'), region('Ossar Oblast'), city('Dunel'), region('Ossar Oblast', 1)]);
    expect(located(lines)).toEqual(expect.arrayContaining(['Tarnok locatedIn Brisk Oblast', 'Velmy locatedIn Ossar Oblast', 'Dunel locatedIn Ossar Oblast']));
  });

  it('still locates a town in the area when the sentence goes on after it', async () => {
    const { lines } = await relate('Russian forces shelled Tarnok, Brisk Oblast, and Velmy on Monday.', [ru, city('Tarnok'), region('Brisk Oblast'), city('Velmy')]);
    expect(located(lines)).toContain('Tarnok locatedIn Brisk Oblast');
  });
});

describe('an area named as a direction (containment rules)', () => {
  it('does not locate a town in the area a heading names', async () => {
    const { lines } = await relate('A convoy moved through Tarnok in the Brisk Oblast direction on Monday.', [city('Tarnok'), region('Brisk Oblast')]);
    expect(located(lines)).toEqual([]);
  });

  it('still locates a town in the area when no heading follows', async () => {
    const { lines } = await relate('A convoy moved through Tarnok in Brisk Oblast on Monday.', [city('Tarnok'), region('Brisk Oblast')]);
    expect(located(lines)).toEqual(['Tarnok locatedIn Brisk Oblast']);
  });
});
