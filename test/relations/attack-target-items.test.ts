import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack target items: a list of things hit, each with its own place', () => {
  it('carries the attack to the place of each later item', async () => {
    const { lines } = await relate('Ukrainian forces struck a fuel depot in Ivanivka, a radar station near Petrivka, and two supply trains in Stepove.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
      city('Stepove'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka', 'Ukrainian attacked Stepove']));
  });

  it('reads items with a bracket, an owner and a road in them, and a region with a compass word', async () => {
    const a = await relate(
      'Ukrainian artillery destroyed a fuel depot in Ivanivka, a command post of the 5th Regiment (an assault unit) in Petrivka along the M3 road, and an ammunition depot in Stepove.',
      [demonym('Ukrainian', 'UA'), city('Ivanivka'), unit('5th Regiment'), city('Petrivka'), city('Stepove')],
    );
    expect(a.lines).toEqual(expect.arrayContaining(['Ukrainian attacked Petrivka', 'Ukrainian attacked Stepove']));
    const b = await relate('Russian forces targeted Ivanivka, settlements in northern Zelena Oblast, and Sira Oblast.', [
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      region('Zelena Oblast'),
      region('Sira Oblast'),
    ]);
    expect(b.lines).toEqual(expect.arrayContaining(['Russian attacked Zelena Oblast', 'Russian attacked Sira Oblast']));
  });

  it('does not take a verb phrase, a new subject or a clause for an item', async () => {
    const a = await relate('Ukrainian forces struck a depot in Ivanivka and reinforced positions in Petrivka.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(a.lines)).toEqual(['Ukrainian attacked Ivanivka']);
    const b = await relate('Ukrainian forces struck a depot in Ivanivka, and local officials reported damaged buildings in Petrivka.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(b.lines)).toEqual(['Ukrainian attacked Ivanivka']);
    const c = await relate('Ukrainian forces shelled Ivanivka and have secured positions in Petrivka.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(c.lines).not.toContain('Ukrainian attacked Petrivka');
  });

  it('needs a noun of a target: people in a place are no item', async () => {
    const { lines } = await relate('Russian forces shelled Ivanivka, wounding three civilians in Petrivka.', [demonym('Russian', 'RU'), city('Ivanivka'), city('Petrivka')]);
    expect(lines).not.toContain('Russian attacked Petrivka');
    const b = await relate('Russian forces shelled Ivanivka, and the mayor of Petrivka fled.', [demonym('Russian', 'RU'), city('Ivanivka'), city('Petrivka')]);
    expect(b.lines).not.toContain('Russian attacked Petrivka');
  });
});
