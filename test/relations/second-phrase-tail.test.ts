import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

describe('a second verb phrase of a unit after a date or an aside on the first one', () => {
  it('carries the unit over a date and over a bracketed aside after the first place', async () => {
    const dated = await relate('Elements of the 3rd Rifle Division fought near Dubki on Tuesday and shelled Lesnoye.', [unit('3rd Rifle Division'), city('Dubki'), city('Lesnoye')]);
    expect(dated.lines).toContain('3rd Rifle Division operatesIn Lesnoye');
    const aside = await relate('Elements of the 3rd Rifle Division attacked near Dubki (10km west of Ostrov) and took positions in Lesnoye.', [
      unit('3rd Rifle Division'),
      city('Dubki'),
      city('Ostrov'),
      city('Lesnoye'),
    ]);
    expect(aside.lines).toContain('3rd Rifle Division operatesIn Lesnoye');
  });

  it('does not carry the unit into a clause with a subject of its own or past a relative clause', async () => {
    const other = await relate('Elements of the 3rd Rifle Division fought near Dubki on Tuesday and enemy forces shelled Lesnoye.', [unit('3rd Rifle Division'), city('Dubki'), city('Lesnoye')]);
    expect(other.lines).not.toContain('3rd Rifle Division operatesIn Lesnoye');
    const relative = await relate('Elements of the 3rd Rifle Division fought near Dubki, where they were reinforced, and advanced to Lesnoye.', [unit('3rd Rifle Division'), city('Dubki'), city('Lesnoye')]);
    expect(relative.lines).not.toContain('3rd Rifle Division operatesIn Lesnoye');
  });
});
