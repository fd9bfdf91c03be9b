import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, relate, site, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack entry: entering a town or a site is an attack on it', () => {
  it('reads "entered X", "entered southern X", "entered the outskirts of X", a unit and a site', async () => {
    const a = await relate('Russian sources claimed that Russian forces entered southern Ivanivka on Monday.', [demonym('Russian', 'RU'), demonym('Russian', 'RU', 1), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual(['Russian attacked Ivanivka']);
    const b = await relate('Footage showed that Ukrainian forces entered the northern outskirts of Petrivka.', [demonym('Ukrainian', 'UA'), city('Petrivka')]);
    expect(attacks(b.lines)).toEqual(['Ukrainian attacked Petrivka']);
    const c = await relate('Soldiers of the 12th Guards Regiment entered the Stepove Chemical Plant on May 11.', [unit('12th Guards Regiment'), site('Stepove Chemical Plant')]);
    expect(attacks(c.lines)).toEqual(['12th Guards Regiment attacked Stepove Chemical Plant']);
  });

  it('reads moving into a town or its parts as entering it (branch ev10)', async () => {
    const a = await relate('By Tuesday Russian troops had moved into the industrial areas of Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual(['Russian attacked Ivanivka']);
    const b = await relate('Ukrainian troops broke into the western parts of Petrivka on Friday.', [demonym('Ukrainian', 'UA'), city('Petrivka')]);
    expect(attacks(b.lines)).toEqual(['Ukrainian attacked Petrivka']);
  });

  it('reads no attack for moving into a country, into positions, or a move still to come', async () => {
    const a = await relate('Russian troops moved into Freedonia for joint exercises.', [demonym('Russian', 'RU'), country('Freedonia', 'FD')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('Russian troops moved into prepared positions south of Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(b.lines)).toEqual([]);
    const c = await relate('Russian forces will likely move into Ivanivka next week.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(c.lines)).toEqual([]);
  });

  it('reads no attack on a country entered, nor an entry planned or denied', async () => {
    const a = await relate('Russian troops entered Freedonia for joint exercises.', [demonym('Russian', 'RU'), country('Freedonia', 'FD')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('Russian forces will likely try to enter Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(b.lines)).toEqual([]);
    const c = await relate('Russian forces have not entered Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(c.lines)).toEqual([]);
  });
});
