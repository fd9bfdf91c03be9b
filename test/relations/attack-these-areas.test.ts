import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack on "these areas": fire on the places the negated clause before named', () => {
  it('reads both places of the first clause', async () => {
    const { lines } = await relate('Ukrainian forces did not launch ground assaults in northern Zelena or southern Sira regions and continued heavy shelling in these areas.', [
      demonym('Ukrainian', 'UA'),
      region('Zelena'),
      region('Sira regions'),
    ]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Ukrainian attacked Zelena', 'Ukrainian attacked Sira regions']));
  });

  it('reads a second place phrase after "or"', async () => {
    const { lines } = await relate('Ukrainian forces did not attack west of Ivanivka or in eastern Zelena Oblast on May 2 and continued artillery strikes in these areas.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      region('Zelena Oblast'),
    ]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Zelena Oblast']));
  });

  it('needs fire on them and an actor that opens the sentence', async () => {
    const a = await relate('Ukrainian forces did not attack in Zelena Oblast and continued to fortify these areas.', [demonym('Ukrainian', 'UA'), region('Zelena Oblast')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('Residents of Zelena Oblast said that shelling continued in these areas.', [region('Zelena Oblast')]);
    expect(attacks(b.lines)).toEqual([]);
  });
});
