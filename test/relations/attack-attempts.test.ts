import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack attempts: an attempt to advance to a place attacks it', () => {
  it('reads "attempted to advance to" and "tried and failed to advance to", with a list', async () => {
    const a = await relate('Ukrainian forces unsuccessfully attempted to advance to Ivanivka and Petrivka on Monday.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(a.lines)).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka']));
    const b = await relate('Officials said that Russian units tried and failed to advance to Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual(['Russian attacked Stepove']);
  });

  it('does not read a plain advance, nor a forecast of an attempt', async () => {
    const a = await relate('Ukrainian forces advanced to Ivanivka on Monday.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('Russian troops will likely continue attempting to advance to Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual([]);
  });
});
