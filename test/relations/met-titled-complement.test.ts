import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { person, region, relate } from './run.js';

const met = (lines: string[]) => lines.filter((l) => l.includes(' metWith '));

// "X met with Governor of Y's Z Oblast W": the met person's title, its complement, then the name at once.
describe('metWith: a titled person whose title has a complement', () => {
  it('reads the name right after the complement', async () => {
    const r = await relate('Ion Rusu met with Governor of Moldova’s Gagauzia region Petru Lungu on Monday.', [
      person('Ion Rusu'),
      country('Moldova', 'MD'),
      region('Gagauzia'),
      person('Petru Lungu', 'Governor of Moldova’s Gagauzia region'),
    ]);
    expect(met(r.lines)).toEqual(['Ion Rusu metWith Petru Lungu']);
  });

  it('reads no meeting across a list in the complement, nor from a plan', async () => {
    const list = await relate('Ion Rusu met with the head of the Gagauzia region and Moldovan official Petru Lungu.', [
      person('Ion Rusu'),
      region('Gagauzia'),
      person('Petru Lungu'),
    ]);
    expect(met(list.lines)).toEqual([]);
    const plan = await relate('Ion Rusu will likely meet with Governor of Gagauzia Petru Lungu.', [person('Ion Rusu'), region('Gagauzia'), person('Petru Lungu', 'Governor of Gagauzia')]);
    expect(met(plan.lines)).toEqual([]);
  });
});
