import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

// Invented sentences. "Suluk" is a Syrian town's own name and an old name of Jolo (Philippines, 100,000 people);
// "Nawa" a Syrian town's and an alternate of Naha (Japan); GeoNames records no population for either Syrian town.
describe('a town\'s own name in a country the document names', () => {
  it('beats a bigger foreign town that bears the name only as an alternate', async () => {
    const ms = await places('Syrian troops were wounded near Suluk, and checkpoints around Nawa were reinforced.');
    expect(find(ms, 'Suluk')?.ref?.country).toBe('SY');
    expect(find(ms, 'Nawa')?.ref?.country).toBe('SY');
  });

  it('does not move a name from the foreign town when the document names no country of a namesake', async () => {
    const ms = await places('The ferry reached Suluk on Monday.');
    expect(find(ms, 'Suluk')?.ref?.country).toBe('PH');
  });

  it('a big town\'s alternate name that another town bears as its own says nothing of the document\'s country', async () => {
    // "Suluk" alone used to count as evidence for the Philippines, which then kept Jolo.
    const ms = await places('Fighting in Syria spread to Suluk.');
    expect(find(ms, 'Suluk')?.ref?.country).toBe('SY');
  });
});
