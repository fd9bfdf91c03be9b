import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, site } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack list continuation past asides, routes and districts', () => {
  it('goes on past a comma aside that says where the members lie', async () => {
    const { lines } = await relate('Russian forces conducted airstrikes on Ivanivka and Petrivka, both on the western bank of the Velt River, and Stepove, located near Kupyansk.', [
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
      site('Velt River'),
      city('Stepove'),
      city('Kupyansk'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka', 'Russian attacked Stepove']));
    // The aside's place is where the members lie, not a target.
    expect(lines).not.toContain('Russian attacked Kupyansk');
  });

  it('stops when no place follows the aside', async () => {
    const { lines } = await relate('Russian forces shelled Ivanivka, about 10km east of Petrivka, and Ukrainian forces struck Stepove.', [
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
      demonym('Ukrainian', 'UA'),
      city('Stepove'),
    ]);
    expect(attacks(lines)).not.toContain('Russian attacked Stepove');
    expect(attacks(lines)).not.toContain('Russian attacked Petrivka');
  });

  it('goes on past the route a list lies along', async () => {
    const { lines } = await relate('Russian forces shelled Ivanivka and Petrivka along the Izyum-Barvinkove road and Stepove on Tuesday.', [
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
      city('Izyum'),
      city('Barvinkove'),
      city('Stepove'),
    ]);
    expect(lines).toContain('Russian attacked Stepove');
    expect(lines).not.toContain('Russian attacked Barvinkove');
  });

  it('does not read a list of routes as members', async () => {
    const { lines } = await relate('Russian forces shelled Ivanivka along the Izyum-Barvinkove and Izyum-Sloviansk roads.', [
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Izyum'),
      city('Barvinkove'),
      city('Izyum', undefined, 1),
      city('Sloviansk'),
    ]);
    expect(lines).not.toContain('Russian attacked Sloviansk');
  });

  it('takes the city whose district was hit, and the list after it', async () => {
    const { lines } = await relate('Russian forces shelled the Industrialnyi district of Dnipro, Pidhorodne, and Novomoskovsk.', [
      demonym('Russian', 'RU'),
      site('Industrialnyi'),
      city('Dnipro'),
      city('Pidhorodne'),
      city('Novomoskovsk'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Russian attacked Dnipro', 'Russian attacked Pidhorodne', 'Russian attacked Novomoskovsk']));
  });

  it('passes a compass word before the region of a group', async () => {
    const { lines } = await relate('Ukrainian forces struck depots in Ivanivka in central Kherson Oblast and Petrivka in Zaporizhia Oblast.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      region('Kherson Oblast'),
      city('Petrivka'),
      region('Zaporizhia Oblast'),
    ]);
    expect(lines).toContain('Ukrainian attacked Petrivka');
  });
});
