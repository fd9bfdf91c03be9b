import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

/** Kholmogory: GeoNames holds it once, a village of Arkhangelsk Oblast (Russia) of some 4,400 people. */
const KHOLMOGORY = 'geonames:549748';

describe('a place whose every namesake lies outside the region its paragraph names (namesakes-elsewhere.ts)', () => {
  it('stays a place without a link', async () => {
    const ms = await places('Fighting went on across Donetsk Oblast, and troops entered Kholmogory by evening.');
    expect(find(ms, 'Kholmogory')).toBeDefined();
    expect(find(ms, 'Kholmogory')?.type).toBe('Place');
    expect(find(ms, 'Kholmogory')?.ref).toBeUndefined();
  });

  it('keeps its link when the paragraph names no region and the document no other country', async () => {
    expect(find(await places('Troops entered Kholmogory by evening.'), 'Kholmogory')?.ref?.id).toBe(KHOLMOGORY);
    // A town the list holds once, of 1,000 people or more, says itself which country the document is about.
    const otherParagraph = await places('Fighting went on across Donetsk Oblast.\n\nTroops entered Kholmogory by evening.');
    expect(find(otherParagraph, 'Kholmogory')?.ref?.id).toBe(KHOLMOGORY);
  });

  it('with no region in the paragraph, loses its link when every namesake lies in a country the document does not name', async () => {
    // Lukavec: only small villages of that name, in Czechia and Croatia.
    const abroad = await places('Fighting went on across Ukraine.\n\nTroops entered Lukavec by evening.');
    expect(find(abroad, 'Lukavec')).toBeDefined();
    expect(find(abroad, 'Lukavec')?.ref).toBeUndefined();
    expect(find(await places('Troops entered Lukavec by evening.'), 'Lukavec')?.ref).toBeDefined();
    expect(find(await places('Czech officials met in Prague.\n\nTroops entered Lukavec by evening.'), 'Lukavec')?.ref).toBeDefined();
  });

  it('with no region in the paragraph, keeps a town of unrecorded population or one named by a press spelling', async () => {
    const ms = await places('Iraqi officials met in Baghdad.\n\nFighting spread from Qamishli to Jisr al-Shughur.');
    expect(find(ms, 'Qamishli')?.ref?.country).toBe('SY');
    expect(find(ms, 'Jisr al-Shughur')?.ref?.country).toBe('SY');
  });

  it('stays unlinked when its namesakes lie in other regions of the region’s country, and keeps the one in the region', async () => {
    const otherRegion = await places('Floods went on across Vologda Oblast, and rescuers entered Kholmogory by evening.');
    expect(find(otherRegion, 'Kholmogory')).toBeDefined();
    expect(find(otherRegion, 'Kholmogory')?.ref).toBeUndefined();
    const ownRegion = await places('Floods went on across Arkhangelsk Oblast, and rescuers entered Kholmogory by evening.');
    expect(find(ownRegion, 'Kholmogory')?.ref?.id).toBe(KHOLMOGORY);
  });

  it('keeps its link when the document names the namesake’s region anywhere', async () => {
    const ms = await places('Recruits left Arkhangelsk Oblast in May.\n\nFighting went on across Donetsk Oblast, and troops entered Kholmogory by evening.');
    expect(find(ms, 'Kholmogory')?.ref?.id).toBe(KHOLMOGORY);
  });

  it('keeps a town of 10,000 people or more, by its own name or a big city by an alternate one', async () => {
    const ms = await places('Fighting went on across Donetsk Oblast, while recruits gathered in Ustyuzhna and St. Petersburg.');
    expect(find(ms, 'Ustyuzhna')?.ref?.country).toBe('RU');
    expect(find(ms, 'St. Petersburg')?.ref?.country).toBe('RU');
  });
});
