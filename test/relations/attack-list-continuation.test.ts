import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack list continuation: a list of targets past the words the rules stop at', () => {
  it('goes on past "as well as" and the words of where', async () => {
    const { lines } = await relate('Ukrainian forces shelled Ivanivka, as well as areas near Petrivka and Stepove.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
      city('Stepove'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka', 'Ukrainian attacked Stepove']));
  });

  it('goes on to a "nearby" place and past "its environs"', async () => {
    const a = await relate('Ukrainian forces struck Ivanivka and nearby Petrivka.', [demonym('Ukrainian', 'UA'), city('Ivanivka'), city('Petrivka')]);
    expect(a.lines).toContain('Ukrainian attacked Petrivka');
    const b = await relate('Ukrainian forces shelled Ivanivka and its outskirts, Petrivka, and Stepove.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
      city('Stepove'),
    ]);
    expect(b.lines).toEqual(expect.arrayContaining(['Ukrainian attacked Petrivka', 'Ukrainian attacked Stepove']));
  });

  it('goes on to the next group after the region of the first', async () => {
    const { lines } = await relate('Ukrainian forces struck Ivanivka in Kherson Oblast and Petrivka and Stepove in Zaporizhia Oblast.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      region('Kherson Oblast'),
      city('Petrivka'),
      city('Stepove'),
      region('Zaporizhia Oblast'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Petrivka', 'Ukrainian attacked Stepove']));
  });

  it('stops at another clause and at a nationality after the region', async () => {
    const { lines } = await relate('Ukrainian forces struck Ivanivka in Kherson Oblast and Russian forces shelled Petrivka, while officials in Stepove reported calm.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      region('Kherson Oblast'),
      demonym('Russian', 'RU'),
      city('Petrivka'),
      city('Stepove'),
    ]);
    expect(attacks(lines)).not.toContain('Ukrainian attacked Petrivka');
    expect(attacks(lines).filter((l) => l.endsWith('Stepove'))).toEqual([]);
  });
});
