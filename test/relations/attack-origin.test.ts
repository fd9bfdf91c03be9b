import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

const origin = (doc: { relations: { rule: string }[] }): number => doc.relations.filter((r) => r.rule === 'unit-attack-origin').length;

describe('a unit is at the places its attack starts from', () => {
  it('reads each place of a "from" list after the target, past brackets of distance', async () => {
    const { lines } = await relate('Elements of the 9th Brigade continued pushing south on Tokmak from Polohy (12km north of Tokmak), Orikhiv, and Huliaipole.', [
      unit('9th Brigade'),
      city('Tokmak'),
      city('Polohy'),
      city('Tokmak', undefined, 1),
      city('Orikhiv'),
      city('Huliaipole'),
    ]);
    expect(lines).toContain('9th Brigade operatesIn Polohy');
    expect(lines).toContain('9th Brigade operatesIn Orikhiv');
    expect(lines).toContain('9th Brigade operatesIn Huliaipole');
  });

  it('reads "from the direction of X" for a unit named in a force\'s aside', async () => {
    const { lines } = await relate('Russian forces, including Wagner Group fighters, attacked Tokmak from the direction of Polohy.', [
      demonym('Russian', 'RU'),
      armed('Wagner Group'),
      city('Tokmak'),
      city('Polohy'),
    ]);
    expect(lines).toContain('Wagner Group operatesIn Polohy');
  });

  it('reads no origin for a move that is no attack, for a country, or for a "from" in another clause', async () => {
    const moved = await relate('The 9th Brigade redeployed to Tokmak from Polohy.', [unit('9th Brigade'), city('Tokmak'), city('Polohy')]);
    expect(origin(moved.doc)).toBe(0);
    const country = await relate('Russian forces attacked Tokmak from Polohy.', [demonym('Russian', 'RU'), city('Tokmak'), city('Polohy')]);
    expect(country.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const clause = await relate('The 9th Brigade attacked Tokmak, and refugees fled from Polohy.', [unit('9th Brigade'), city('Tokmak'), city('Polohy')]);
    expect(origin(clause.doc)).toBe(0);
  });
});
