import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('an island named by its kind, and a part or the whole of a place taken', () => {
  it('reads "the island" as the island named before, and "parts or all of" it', async () => {
    const { lines } = await relate('Ukrainian forces landed on the Stepove Island on Monday. Some users said Ukrainian troops had seized parts or all of the island.', [
      demonym('Ukrainian', 'UA'),
      site('Stepove Island'),
      demonym('Ukrainian', 'UA', 1),
    ]);
    expect(captures(lines)).toEqual(['Ukrainian captured Stepove Island']);
  });

  it('does not take a town for "the island", nor read a capture of it only planned', async () => {
    const a = await relate('Ukrainian forces shelled Ivanivka on Monday. Users claimed that Ukrainian forces captured the island.', [demonym('Ukrainian', 'UA'), city('Ivanivka'), demonym('Ukrainian', 'UA', 1)]);
    expect(captures(a.lines)).toEqual([]);
    const b = await relate('Ukrainian forces landed on the Stepove Island. Ukrainian forces will try to capture parts or all of the island.', [
      demonym('Ukrainian', 'UA'),
      site('Stepove Island'),
      demonym('Ukrainian', 'UA', 1),
    ]);
    expect(captures(b.lines)).toEqual([]);
  });
});
