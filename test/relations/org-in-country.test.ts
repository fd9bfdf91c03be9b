import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, org, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => l.includes(' locatedIn '));

/** Branch prec25 (issue 13): a bare "organization in a country" says where it acts, not where it is based (org-in-place). */
describe('an organization "in" a place (org-in-place)', () => {
  it('locates a body in a town, and in a country only when the text says it is based there', async () => {
    const town = await relate('Officials opened the new Tarnok Training Center in Velmy on May 3.', [org('Tarnok Training Center'), city('Velmy')]);
    expect(located(town.lines)).toEqual(['Tarnok Training Center locatedIn Velmy']);
    const based = await relate('The Brisk Foundation, which is based in Ruritania, published a report.', [org('Brisk Foundation'), country('Ruritania', 'RT')]);
    expect(located(based.lines)).toEqual(['Brisk Foundation locatedIn Ruritania']);
  });

  it('does not locate a body in the country where it only acts', async () => {
    const { lines } = await relate('The speaker said that Ruritania is fighting the Northern Alliance in Ostravia, not its people.', [
      country('Ruritania', 'RT'),
      org('Northern Alliance'),
      country('Ostravia', 'OS'),
    ]);
    expect(located(lines)).toEqual([]);
  });
});
