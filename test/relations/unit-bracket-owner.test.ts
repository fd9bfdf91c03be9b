import { describe, expect, it } from 'vitest';
import { org, relate, unit } from './run.js';

const parts = (lines: string[]): string[] => lines.filter((l) => l.includes(' partOf ')).sort();

describe('partOf: a bracket after a unit that names its owner with an article', () => {
  it('reads "the 2nd Corps (the Armed Forces of Y)" as the corps of those forces', async () => {
    const { lines } = await relate('Elements of the 4th Army Corps (the Armed Forces of the Grain Republic) fought near the river.', [
      unit('4th Army Corps'),
      org('Armed Forces of the Grain Republic'),
    ]);
    expect(parts(lines)).toEqual(['4th Army Corps partOf Armed Forces of the Grain Republic']);
  });

  it('does not read a bracket that opens a clause with an article', async () => {
    const { lines } = await relate('Units of the Northern Fleet (the General Staff reported seven groups) blocked the city.', [unit('Northern Fleet'), org('General Staff')]);
    expect(parts(lines)).toEqual([]);
  });
});
