import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, region, relate, site } from './run.js';

const located = (lines: string[]): string[] => lines.filter((l) => l.includes(' locatedIn ')).sort();

describe('locatedIn: a place that only qualifies a landform or a kind of place after it holds nothing', () => {
  it('does not put an island in the river whose delta it lies in, but does put it in the river', async () => {
    const delta = await relate('Troops landed on Kozachyi Island in the Grain River delta on Monday.', [site('Kozachyi Island'), region('Grain River')]);
    expect(located(delta.lines)).toEqual([]);
    const river = await relate('Troops landed on Kozachyi Island in the Grain River on Monday.', [site('Kozachyi Island'), region('Grain River')]);
    expect(located(river.lines)).toEqual(['Kozachyi Island locatedIn Grain River']);
  });

  it('locates a place in the state named after "state of", and that state in the country before it', async () => {
    const { lines } = await relate('He spoke at Fort Ostrova, in the central Freedonian state of Valdoria, on Monday.', [
      city('Fort Ostrova'),
      country('Freedonian', 'FD'),
      region('Valdoria'),
    ]);
    expect(located(lines)).not.toContain('Fort Ostrova locatedIn Freedonian');
    const us = await relate('He spoke at Fort Ostrova, in the central Freedonia state of Valdoria, on Monday.', [city('Fort Ostrova'), country('Freedonia', 'FD'), region('Valdoria')]);
    expect(located(us.lines)).not.toContain('Fort Ostrova locatedIn Freedonia');
    expect(located(us.lines)).toContain('Valdoria locatedIn Freedonia');
  });
});
