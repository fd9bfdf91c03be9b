import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

/** Branch rel38 (issue 13): a town's region after a bracketed aside on it (rules/place-bracket-area.ts). */
describe('a town’s region after a bracketed bearing (place-bracket-comma-area)', () => {
  it('reads "X (bearing of Z), Y Oblast" as X in Y, not Z in Y', async () => {
    const { lines } = await relate('Russian forces shelled Dolynka (12km north of Tarnok), Velka Oblast, on Monday.', [demonym('Russian', 'RU'), city('Dolynka'), city('Tarnok'), region('Velka Oblast')]);
    expect(lines).toContain('Dolynka locatedIn Velka Oblast');
    expect(lines).not.toContain('Tarnok locatedIn Velka Oblast');
  });

  it('reads the second town of a list by the region after its own bracket', async () => {
    const { lines } = await relate(
      'Trenches appeared near Orlivka, Velka Oblast (west of Tarnok) and Dolynka (on the R12 highway), Mora Oblast.',
      [city('Orlivka'), region('Velka Oblast'), city('Tarnok'), city('Dolynka'), region('Mora Oblast')],
    );
    expect(lines).toContain('Orlivka locatedIn Velka Oblast');
    expect(lines).toContain('Dolynka locatedIn Mora Oblast');
    expect(lines).not.toContain('Orlivka locatedIn Mora Oblast');
  });

  it('reads no region that begins a longer name after the bracket', async () => {
    const { lines } = await relate('Russian forces attacked near Dolynka (10km south of Tarnok), Velka Oblast Governor Ivan Petrenko said.', [demonym('Russian', 'RU'), city('Dolynka'), city('Tarnok'), region('Velka Oblast')]);
    expect(lines).not.toContain('Dolynka locatedIn Velka Oblast');
  });

  // Branch iswstruct4: the list before the bracketed last town takes the region too (as "A, B, and C, Y Oblast" does).
  it('places each town of a list whose last town has the bracket', async () => {
    const { lines } = await relate(
      'Strikes hit Dolynka, Orlivka, and Semenka (just north of Dolynka), Velka Oblast on Monday.',
      [city('Dolynka'), city('Orlivka'), city('Semenka'), city('Dolynka', undefined, 1), region('Velka Oblast')],
    );
    expect(lines.filter((l) => / locatedIn /.test(l)).sort()).toEqual(['Dolynka locatedIn Velka Oblast', 'Orlivka locatedIn Velka Oblast', 'Semenka locatedIn Velka Oblast']);
  });

  it('places each town of a list whose every town has a bracket', async () => {
    const { lines } = await relate(
      'Explosions shook Orlivka (7km east of Tarnok), Semenka (10km west of Tarnok), and Dolynka (20km south of Tarnok), Velka Oblast.',
      [city('Orlivka'), city('Tarnok'), city('Semenka'), city('Tarnok', undefined, 1), city('Dolynka'), city('Tarnok', undefined, 2), region('Velka Oblast')],
    );
    expect(lines.filter((l) => / locatedIn /.test(l)).sort()).toEqual(['Dolynka locatedIn Velka Oblast', 'Orlivka locatedIn Velka Oblast', 'Semenka locatedIn Velka Oblast']);
  });

  it('leaves a town of the list with a region of its own, or of another country, where it is', async () => {
    const { lines } = await relate(
      'Shells fell on Orlivka, Mora Oblast, and Dolynka (near the border), Velka Oblast.',
      [city('Orlivka'), region('Mora Oblast'), city('Dolynka'), region('Velka Oblast')],
    );
    expect(lines).toContain('Dolynka locatedIn Velka Oblast');
    expect(lines).not.toContain('Orlivka locatedIn Velka Oblast');
    const abroad = await relate('Shells fell on Orlivka and Dolynka (near the border), Velka Oblast.', [city('Orlivka', 'OS'), city('Dolynka', 'VD'), { ...region('Velka Oblast'), ref: 'test:Velka Oblast', country: 'VD' }]);
    expect(abroad.lines).toContain('Dolynka locatedIn Velka Oblast');
    expect(abroad.lines).not.toContain('Orlivka locatedIn Velka Oblast');
  });
});
