import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes(' withdrewFrom '));

describe('forced out of positions placed by a bearing', () => {
  it('reads "pushed X out of positions south of Y"', async () => {
    const { lines } = await relate('Russian forces pushed Ukrainian units out of positions south of Ivanivka on Monday.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(withdrawals(lines)).toEqual(['Ukrainian withdrewFrom Ivanivka']);
  });

  it('reads no withdrawal when the forces were pushed toward the place or only attempted it', async () => {
    const a = await relate('Russian forces pushed Ukrainian troops toward positions south of Ivanivka.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(withdrawals(a.lines)).toEqual([]);
    const b = await relate('Russian forces will likely try to push Ukrainian troops out of positions south of Ivanivka.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(withdrawals(b.lines)).toEqual([]);
  });
});
