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
});
