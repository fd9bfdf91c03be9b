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

// "Hays": a Yemeni town of unrecorded population and Hays, Kansas (21,000); "Zhari" an alternate of a Chinese village.
describe('a town of unrecorded population in a country the document names', () => {
  it('beats a foreign namesake that is no big city', async () => {
    expect(find(await places('Fighting in Yemen reached Hays on Monday.'), 'Hays')?.ref?.country).toBe('YE');
  });

  it('does not without the country, nor by an alternate name', async () => {
    expect(find(await places('The storm reached Hays on Monday.'), 'Hays')?.ref?.country).toBe('US');
    expect(find(await places('Officials in China said the road to Zhari was closed.'), 'Zhari')?.ref?.country).not.toBe('CN');
  });
});
