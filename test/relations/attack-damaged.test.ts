import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, site } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack damage: damaging a thing in a place attacks the place', () => {
  it('reads "damaged" after a force noun, an attack noun or an auxiliary', async () => {
    const a = await relate('Ukrainian forces damaged Russian fuel depots in Ivanivka and Petrivka on Tuesday.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(a.lines)).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka']));
    const b = await relate('A Russian drone strike has damaged a power substation in Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual(['Russian attacked Stepove']);
  });

  it('carries the actor of an earlier verb to "and damaged"', async () => {
    const { lines } = await relate('Russian forces launched 20 cruise missiles and damaged energy facilities in Alpha and Beta oblasts.', [
      demonym('Russian', 'RU'),
      region('Alpha'),
      region('Beta'),
    ]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Alpha', 'Russian attacked Beta']));
  });

  it('does not read "damaged" as an adjective', async () => {
    const a = await relate('Russian forces are repairing dozens of damaged tanks per week in Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('The Russian defenders include remnants of units badly damaged in the Stepove counteroffensive.', [demonym('Russian', 'RU'), site('Stepove')]);
    expect(attacks(b.lines)).toEqual([]);
    const c = await relate('Russian forces withdrew much of the damaged equipment around Ivanivka to the rear.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(c.lines)).toEqual([]);
    const d = await relate('Russian forces shelled Petrivka and regrouped damaged units near Ivanivka.', [demonym('Russian', 'RU'), city('Petrivka'), city('Ivanivka')]);
    expect(attacks(d.lines)).toEqual(['Russian attacked Petrivka']);
  });
});
