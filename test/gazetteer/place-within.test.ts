import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

/** Branch loc9: each GeoNames place knows the first-level subdivision it lies in (build/geonames.ts linkAreas). */
describe('the subdivision a place lies in (ref.within)', () => {
  it('links a town to the region its GeoNames area is, by the name of the area seat', async () => {
    const ms = await places('Coal trains left Ekibastuz and Pavlodar for the north on Friday.');
    expect(find(ms, 'Ekibastuz')?.ref?.within).toBe('subdivision:KZ-PAV');
    // The seat lies in its own region.
    expect(find(ms, 'Pavlodar')?.ref?.within).toBe('subdivision:KZ-PAV');
  });

  it('links no town whose area seat names no subdivision of its country', async () => {
    // France's first-level regions are not named after their seats ("Auvergne-Rhône-Alpes", seat Lyon).
    const ms = await places('The train from Villeurbanne reached Lyon at noon.');
    expect(find(ms, 'Lyon')?.ref?.id).toMatch(/^geonames:/);
    expect(find(ms, 'Lyon')?.ref?.within).toBeUndefined();
  });

  it('keeps subdivisions and countries themselves unlinked', async () => {
    const ms = await places('Grain moved across Pavlodar Region and Kazakhstan.');
    expect(find(ms, 'Pavlodar Region')?.ref?.id).toBe('subdivision:KZ-PAV');
    expect(find(ms, 'Pavlodar Region')?.ref?.within).toBeUndefined();
    expect(find(ms, 'Kazakhstan')?.ref?.id).toBe('country:KZ');
    expect(find(ms, 'Kazakhstan')?.ref?.within).toBeUndefined();
  });
});
