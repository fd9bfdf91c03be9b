import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch iswatk3: attack shapes seen on unannotated ISW paragraphs. */
describe('a list of targets with an aside or a region inside it (attack-list-continuation)', () => {
  it('goes on past a bracketed aside set off by commas inside the list', async () => {
    const { lines } = await relate('Russian forces struck Ivanivka, Tarnok Oblast, (a key crossing), Petrivka, Stepove and Lozova.', [
      ru,
      city('Ivanivka'),
      region('Tarnok Oblast'),
      city('Petrivka'),
      city('Stepove'),
      city('Lozova'),
    ]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Petrivka', 'Russian attacked Stepove', 'Russian attacked Lozova']));
  });

  it('does not go on past a bracket that only places the member, with no comma before it', async () => {
    const { lines } = await relate('Russian forces struck Ivanivka (near Petrivka), and Ukrainian forces held Stepove.', [ru, city('Ivanivka'), city('Petrivka'), ua, city('Stepove')]);
    expect(attacks(lines)).not.toContain('Russian attacked Stepove');
  });

  it('takes a region after "as well as" as one more target and goes on past it', async () => {
    const { lines } = await relate('Ukrainian strikes hit a depot in Ivanivka, as well as in the Tarnok Raion and Petrivka.', [
      ua,
      city('Ivanivka'),
      region('Tarnok Raion'),
      city('Petrivka'),
    ]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Ukrainian attacked Tarnok Raion', 'Ukrainian attacked Petrivka']));
  });

  it('still takes a region after a plain "and" as where the places lie', async () => {
    const { lines } = await relate('Ukrainian forces struck Ivanivka and Petrivka, Tarnok Oblast.', [ua, city('Ivanivka'), city('Petrivka'), region('Tarnok Oblast')]);
    expect(attacks(lines)).not.toContain('Ukrainian attacked Tarnok Oblast');
  });

  it('goes on to a place named by its direction after "as well as"', async () => {
    const { lines } = await relate('Russian forces conducted assaults near Ivanivka as well as in the direction of Petrivka.', [ru, city('Ivanivka'), city('Petrivka')]);
    expect(attacks(lines)).toContain('Russian attacked Petrivka');
  });
});

describe('forces defending a place, after an attack noun (attacked-defenders)', () => {
  it('reads "assaults on Ukrainian forces defending X" with a coordinated actor', async () => {
    const { lines } = await relate('Russian and proxy troops renewed assaults on Ukrainian units defending Ivanivka.', [ru, ua, city('Ivanivka')]);
    expect(attacks(lines)).toContain('Russian attacked Ivanivka');
  });

  it('does not read defenders the actor only supplied', async () => {
    const { lines } = await relate('Russian officials resumed supplies to Ukrainian forces defending Ivanivka.', [ru, ua, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('a border named by the places it joins, before the attack\'s place (attacked-past-line)', () => {
  it('reads "near the A-B Oblast border near C"', async () => {
    const { lines } = await relate('Russian forces conducted ground assaults near the Tarnok-Velik Oblast border near Ivanivka.', [
      ru,
      city('Tarnok'),
      region('Velik Oblast'),
      city('Ivanivka'),
    ]);
    expect(attacks(lines)).toContain('Russian attacked Ivanivka');
    expect(attacks(lines)).not.toContain('Russian attacked Tarnok');
  });

  it('gives nothing when no place follows the border', async () => {
    const { lines } = await relate('Russian forces conducted ground assaults near the Tarnok-Velik Oblast border on May 3.', [ru, city('Tarnok'), region('Velik Oblast')]);
    expect(attacks(lines)).not.toContain('Russian attacked Tarnok');
  });
});

describe('a counted target of fire (attacked-fire)', () => {
  it('reads "fired munitions at a Ukrainian force concentration in X"', async () => {
    const { lines } = await relate('Russian forces fired cluster munitions at a Ukrainian force concentration in Ivanivka.', [ru, ua, city('Ivanivka')]);
    expect(attacks(lines)).toContain('Russian attacked Ivanivka');
  });

  it('does not read fire that came from the place', async () => {
    const { lines } = await relate('Russian forces fired rockets from Ivanivka at a Ukrainian checkpoint.', [ru, city('Ivanivka'), ua]);
    expect(attacks(lines)).not.toContain('Russian attacked Ivanivka');
  });
});

describe('"and instead" after a negated clause (negation)', () => {
  it('keeps the attack done instead of the negated one', async () => {
    const { lines } = await relate('Russian forces did not conduct ground attacks near Ivanivka and instead shelled Ukrainian positions in Petrivka.', [
      ru,
      city('Ivanivka'),
      ua,
      city('Petrivka'),
    ]);
    expect(attacks(lines)).toContain('Russian attacked Petrivka');
    expect(attacks(lines)).not.toContain('Russian attacked Ivanivka');
  });

  it('reads past an adverb after "instead"', async () => {
    const { lines } = await relate('Russian forces did not conduct ground operations in Ivanivka and instead heavily shelled Ukrainian positions in Petrivka.', [
      ru,
      city('Ivanivka'),
      ua,
      city('Petrivka'),
    ]);
    expect(attacks(lines)).toContain('Russian attacked Petrivka');
  });

  it('keeps the negation when what follows "instead" is no event verb', async () => {
    const { lines } = await relate('Russian forces did not conduct ground attacks and instead focused on regrouping near Petrivka.', [ru, city('Petrivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('fighting a part of a named party (fought-against)', () => {
  it('reads "clashed with elements of the 14th Brigade"', async () => {
    const { lines } = await relate('Ukrainian forces clashed with elements of the 14th Brigade near Ivanivka.', [ua, unit('14th Brigade'), city('Ivanivka')]);
    expect(fights(lines)).toContain('Ukrainian foughtAgainst 14th Brigade');
  });

  it('reads "engaged in battles with units of the 14th Brigade"', async () => {
    const { lines } = await relate('Russian forces engaged in fierce battles with units of the 14th Brigade near Ivanivka.', [ru, unit('14th Brigade'), city('Ivanivka')]);
    expect(fights(lines)).toContain('Russian foughtAgainst 14th Brigade');
  });

  it('does not read fighting alongside a part of the party', async () => {
    const { lines } = await relate('Ukrainian forces fought alongside elements of the 14th Brigade near Ivanivka.', [ua, unit('14th Brigade'), city('Ivanivka')]);
    expect(fights(lines)).toEqual([]);
  });
});

describe('an advance that ends a distance short of a place (attack-target.ts advancesWithinReach)', () => {
  it('reads no attack from "advanced to within 5 km of X"', async () => {
    for (const text of [
      'Russian forces have advanced to within 3 km of western Tarnok.',
      'Ukrainian forces advanced to within 20 kilometers of the key logistics node in Tarnok on Monday.',
    ]) {
      const { lines } = await relate(text, [text.startsWith('Russian') ? ru : ua, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps the presence of a named unit that advanced so far', async () => {
    const { lines } = await relate('Elements of the 14th Brigade advanced to within 3 km of Tarnok and shelled the town.', [unit('14th Brigade'), city('Tarnok')]);
    expect(attacks(lines)).toEqual([]);
    expect(lines).toContain('14th Brigade operatesIn Tarnok');
  });

  it('keeps an attack on positions a distance from the place, and an attempt to advance near it', async () => {
    const a = await relate('Russian forces attacked Ukrainian positions near Tarnok after they advanced to within 5 km of Ivanivka.', [ru, ua, city('Tarnok'), city('Ivanivka')]);
    expect(attacks(a.lines)).toContain('Russian attacked Tarnok');
    const b = await relate('Russian forces attempted to advance to within 5 km of Tarnok.', [ru, city('Tarnok')]);
    expect(attacks(b.lines)).toContain('Russian attacked Tarnok');
  });
});

describe('a bearing\'s reference point followed by the area the attack fell in (attack-locus, attacked-refined-place)', () => {
  it('takes the area\'s town, not the reference point', async () => {
    for (const prep of ['in', 'on']) {
      const text = `Ukrainian troops conducted limited counterattacks southwest of Tarnok City ${prep} the Ivanivka area on Monday.`;
      const { lines } = await relate(text, [ua, city('Tarnok City'), city('Ivanivka')]);
      expect(attacks(lines), text).toContain('Ukrainian attacked Ivanivka');
      expect(attacks(lines), text).not.toContain('Ukrainian attacked Tarnok City');
    }
  });

  it('takes the town named after the bearing with "in", not the reference point', async () => {
    const { lines } = await relate('Russian forces kept shelling Ukrainian trenches northwest of Tarnok City in Ivanivka and Petrivka.', [
      ru,
      ua,
      city('Tarnok City'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka']));
    expect(attacks(lines)).not.toContain('Russian attacked Tarnok City');
  });

  it('keeps the reference point when "in" names the region around it', async () => {
    const { lines } = await relate('Russian forces kept shelling Ukrainian trenches northwest of Tarnok in Velik Oblast.', [ru, ua, city('Tarnok'), region('Velik Oblast')]);
    expect(attacks(lines)).toContain('Russian attacked Tarnok');
  });

  it('keeps the reference point when what follows is a direction, not an area', async () => {
    const { lines } = await relate('Russian forces attacked northwest of Tarnok in the Ivanivka direction on Monday.', [ru, city('Tarnok'), city('Ivanivka')]);
    expect(attacks(lines)).toContain('Russian attacked Tarnok');
  });
});

describe('a semicolon list of targets after what was hit (attacked-semicolon-list)', () => {
  const places = [city('Ivanivka'), region('Tarnok Oblast'), region('Lozova Raion'), region('Velik Oblast'), city('Petrivka'), city('Stepove'), region('Dolyna Oblast')];

  it('reads each group when the attack names what it hit before the first', async () => {
    const { lines } = await relate(
      'Russian forces struck unspecified infrastructure facilities in Ivanivka, Tarnok Oblast; Lozova Raion, Velik Oblast; and Petrivka and Stepove, Dolyna Oblast.',
      [ru, ...places],
    );
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Lozova Raion', 'Russian attacked Petrivka', 'Russian attacked Stepove']));
  });

  it('does not read a group that is another clause', async () => {
    const { lines } = await relate(
      'Russian forces struck unspecified infrastructure facilities in Ivanivka, Tarnok Oblast; officials evacuated Petrivka, Dolyna Oblast.',
      [ru, city('Ivanivka'), region('Tarnok Oblast'), city('Petrivka'), region('Dolyna Oblast')],
    );
    expect(attacks(lines)).not.toContain('Russian attacked Petrivka');
  });
});
