import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec11a (issue 13): "areas of X" is a conjunct naming X in a list of places (match.ts PLACE_PART_NOUNS). */
describe('attacks: "areas of X" closing a list of places', () => {
  it('reads the region whose areas close the list', async () => {
    const { lines } = await relate('Freedonian forces struck Tokmak, Polohy, and unspecified areas of Vasylivka Raion with drones.', [demonym('Freedonian', 'FD'), city('Tokmak'), city('Polohy'), region('Vasylivka Raion')]);
    expect(attacks(lines)).toEqual(['Freedonian attacked Polohy', 'Freedonian attacked Tokmak', 'Freedonian attacked Vasylivka Raion']);
  });

  it('reads no place conjunct after a unit, nor a place the areas are only near', async () => {
    const units = await relate('Freedonian forces struck the 31st Tank Division and areas of the 4th Guards Army.', [demonym('Freedonian', 'FD'), unit('31st Tank Division'), unit('4th Guards Army')]);
    expect(attacks(units.lines)).not.toContain('Freedonian attacked 4th Guards Army');
    const near = await relate('Freedonian forces struck Tokmak and areas near Polohy, 20km south of Vasylivka Raion.', [demonym('Freedonian', 'FD'), city('Tokmak'), city('Polohy'), region('Vasylivka Raion')]);
    expect(attacks(near.lines)).not.toContain('Freedonian attacked Vasylivka Raion');
  });
});
