import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, relate } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('a country named by its part is land, not a party', () => {
  it('gives no capture to "southern X" before "after capturing Y"', async () => {
    const { lines } = await relate('The envoy said that Belarus will not leave southern Moldova after capturing Dolynka.', [country('Belarus', 'BY'), country('Moldova', 'MD'), city('Dolynka')]);
    expect(captures(lines).filter((l) => l.startsWith('Moldova'))).toEqual([]);
  });

  it('still reads the country itself as the party', async () => {
    const { lines } = await relate('Moldova captured Dolynka on May 2.', [country('Moldova', 'MD'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Moldova captured Dolynka']);
  });
});
