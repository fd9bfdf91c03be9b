import { describe, expect, it } from 'vitest';
import { city, region, relate } from './run.js';

describe('locatedIn: a town told apart from its namesake by its region', () => {
  it('reads "X (in A, not B Oblast)" with A named like its capital', async () => {
    const { lines } = await relate('Troops attacked south of Lipki (in Dubki, not Sosnovka Oblast) on Monday.', [
      city('Lipki'),
      city('Dubki'),
      region('Sosnovka Oblast'),
    ]);
    expect(lines).toContain('Lipki locatedIn Dubki');
    expect(lines).not.toContain('Lipki locatedIn Sosnovka Oblast');
  });

  it('reads nothing without the contrast', async () => {
    const { lines } = await relate('Troops attacked south of Lipki (in Dubki) on Monday.', [city('Lipki'), city('Dubki')]);
    expect(lines.filter((l) => l.includes('locatedIn'))).toEqual([]);
  });
});
