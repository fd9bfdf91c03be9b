import { describe, expect, it } from 'vitest';
import { relate, unit } from './run.js';

const parts = (lines: string[]): string[] => lines.filter((l) => l.includes(' partOf ')).sort();

describe('partOf: a unit said to be one of a counted set of its owner\'s formations', () => {
  it('reads "A is one of three divisions of B"', async () => {
    const { lines } = await relate('The 4th Tank Division is one of four divisions of the 9th Guards Army.', [unit('4th Tank Division'), unit('9th Guards Army')]);
    expect(parts(lines)).toEqual(['4th Tank Division partOf 9th Guards Army']);
  });

  it('does not read one of a set that is no formation ("one of three targets of B")', async () => {
    const { lines } = await relate('The 4th Tank Division is one of three targets of the 9th Guards Army.', [unit('4th Tank Division'), unit('9th Guards Army')]);
    expect(parts(lines)).toEqual([]);
  });
});
