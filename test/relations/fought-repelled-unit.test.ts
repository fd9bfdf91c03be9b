import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));

describe('fought: repelling a named unit itself', () => {
  it('reads "repelling Russian 12th Regiment elements west of X"', async () => {
    const { lines } = await relate('Footage shows Ukrainian forces repelling Russian 12th Guards Regiment elements west of Ivanivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      unit('12th Guards Regiment'),
      city('Ivanivka'),
    ]);
    expect(fights(lines)).toEqual(['Ukrainian foughtAgainst 12th Guards Regiment']);
  });

  it('needs a named party: nationalities alone fight no one here', async () => {
    const { lines } = await relate('Footage shows Ukrainian forces repelling Russian infantry west of Ivanivka.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(fights(lines)).toEqual([]);
  });
});
