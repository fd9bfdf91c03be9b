import { describe, expect, it } from 'vitest';
import { armedGroup, city, org, person, relate, unit } from './run.js';

// Invented sentences in the style of defence analysis of armed groups and coalitions (branch defence8).
const freedonia = { text: 'Freedonia', type: 'Place' as const, placeKind: 'Country' as const, ref: 'test:FD', country: 'FD' };
const pick = (lines: string[], predicate: string): string[] => lines.filter((l) => l.includes(` ${predicate} `)).sort();
/** The names of `specs` that the text holds (one list serves sentences that name a few of them). */
const named = <T extends { text: string }>(text: string, specs: T[]): T[] => specs.filter((m) => new RegExp(`\\b${m.text}\\b`).test(text));

describe('an attack on a post or a convoy a party owns, near a place, is an attack on the place', () => {
  it('reads "attacked a Freedonia base near X" and "a Freedonia military base"', async () => {
    for (const text of ['Red Hand fighters attacked a Freedonia base near Qarqur with drones.', 'The Red Hand attacked a Freedonia military base near Qarqur.']) {
      const { lines } = await relate(text, [armedGroup('Red Hand'), freedonia, city('Qarqur')]);
      expect(pick(lines, 'attacked'), text).toEqual(['Red Hand attacked Qarqur']);
      // (A group is placed by its attack when its fighters are named: presence.ts.)
      if (text.includes('fighters')) expect(pick(lines, 'operatesIn'), text).toEqual(['Red Hand operatesIn Qarqur']);
    }
  });

  it('reads no attack on the place when the base was only visited, and none on the owner', async () => {
    const { lines } = await relate('Red Hand envoys visited a Freedonia base near Qarqur.', [armedGroup('Red Hand'), freedonia, city('Qarqur')]);
    expect(pick(lines, 'attacked')).toEqual([]);
  });
});

describe('a bearing that locates a named terrain feature is no place of the event', () => {
  it('keeps the reference point out after "in the X mountains south of Y"', async () => {
    const { lines } = await relate('Red Hand militants ambushed a patrol in the Zagros mountains south of Qarqur.', [armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(lines, 'attacked')).toEqual([]);
    expect(pick(lines, 'operatesIn')).toEqual([]);
  });

  it('keeps it after a bare noun ("in the desert south of Y"), where nothing more specific is named', async () => {
    const { lines } = await relate('Red Hand militants ambushed a patrol in the desert south of Qarqur.', [armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(lines, 'attacked')).toEqual(['Red Hand attacked Qarqur']);
  });
});

describe('both sides of a fight at a place operate there', () => {
  it('places the subject side of "clashed with", "battled", "engaged" and "fought … against"', async () => {
    for (const text of [
      'Red Hand fighters clashed with 9th Division troops near Qarqur on Tuesday.',
      'The Red Hand battled fighters of the 9th Division south of Qarqur.',
      'Red Hand units engaged Freedonia-backed rebels near Qarqur.',
      'The Red Hand fought alongside the 9th Division against rebels near Qarqur.',
    ]) {
      const { lines } = await relate(text, named(text, [armedGroup('Red Hand'), unit('9th Division'), freedonia, city('Qarqur')]));
      expect(lines, text).toContain('Red Hand operatesIn Qarqur');
    }
  });

  it('places no side of a fight from a place it came from, a report, or another clause', async () => {
    for (const text of [
      'The Red Hand fought rebels who had fled from Qarqur.',
      'The Red Hand fought rebels, who later shelled Qarqur.',
      'The Red Hand will fight the rebels near Qarqur.',
    ]) {
      const { lines } = await relate(text, [armedGroup('Red Hand'), city('Qarqur')]);
      expect(pick(lines, 'operatesIn'), text).toEqual([]);
    }
  });

  it('reads a fight whose noun and "between" a verb stands between ("clashes erupted between A and B")', async () => {
    const { lines } = await relate('Clashes erupted between the Red Hand and the Blue Crescent near Qarqur.', [armedGroup('Red Hand'), armedGroup('Blue Crescent'), city('Qarqur')]);
    expect(lines).toContain('Red Hand foughtAgainst Blue Crescent');
    expect(lines).toContain('Red Hand operatesIn Qarqur');
    expect(lines).toContain('Blue Crescent operatesIn Qarqur');
    const talks = await relate('Talks resumed between the Red Hand and the Blue Crescent in Qarqur.', [armedGroup('Red Hand'), armedGroup('Blue Crescent'), city('Qarqur')]);
    expect(pick(talks.lines, 'foughtAgainst')).toEqual([]);
  });
});

describe('a group in a coalition, an umbrella or a parent organization is partOf it', () => {
  it('reads the copula, the apposition, the coalition listing its members, "which includes" and "joined X."', async () => {
    const cases: [string, string[]][] = [
      ['The Red Hand is a member of the Northern Front, a coalition of rebel groups.', ['Red Hand partOf Northern Front']],
      ['The Red Hand is part of the Northern Front.', ['Red Hand partOf Northern Front']],
      ['The Red Hand, one of the strongest factions of the Northern Front, shelled Qarqur.', ['Red Hand partOf Northern Front']],
      ['The Northern Front, an alliance of the Red Hand, the Blue Crescent and local tribes, captured Qarqur.', ['Blue Crescent partOf Northern Front', 'Red Hand partOf Northern Front']],
      ['The Northern Front, which includes the Red Hand and the Blue Crescent, holds Qarqur.', ['Blue Crescent partOf Northern Front', 'Red Hand partOf Northern Front']],
      ['The Red Hand joined the Northern Front in January 2017.', ['Red Hand partOf Northern Front']],
      ['The Northern Front is an alliance of the Red Hand and the Blue Crescent.', ['Blue Crescent partOf Northern Front', 'Red Hand partOf Northern Front']],
      ['The Northern Front is an umbrella of local militias in the south, including the Red Hand and the Blue Crescent.', ['Blue Crescent partOf Northern Front', 'Red Hand partOf Northern Front']],
      ['Fighters of the Red Hand, a faction of the Northern Front, repelled an attack.', ['Red Hand partOf Northern Front']],
    ];
    for (const [text, expected] of cases) {
      const { lines } = await relate(text, named(text, [armedGroup('Red Hand'), armedGroup('Blue Crescent'), org('Northern Front'), city('Qarqur')]));
      expect(pick(lines, 'partOf'), text).toEqual(expected);
    }
  });

  it('reads no membership denied, to come, joined in a fight, counted people, or of a country', async () => {
    for (const text of [
      'The Red Hand is not part of the Northern Front.',
      'The Red Hand will become part of the Northern Front.',
      'The Red Hand joined the Northern Front in attacking Qarqur.',
      'The Red Hand sent 500 fighters, up to 300 members of the Northern Front and tanks.',
      'Freedonia is a member of the Northern Front.',
      'As one of the members of the Red Hand, a founding member of the Northern Front, Freedonia acts.',
      'The Northern Front, a coalition of Red Hand affiliates, shelled Qarqur.',
      'The Northern Front is an umbrella of Red Hand affiliates.',
    ]) {
      const { lines } = await relate(text, named(text, [armedGroup('Red Hand'), org('Northern Front'), freedonia, city('Qarqur')]));
      expect(pick(lines, 'partOf'), text).toEqual([]);
    }
  });

  it('gives a member named in the coalition\'s apposition no part of what the coalition did', async () => {
    const { lines } = await relate('The Northern Front, an alliance of the Red Hand and local tribes, captured Qarqur.', [org('Northern Front'), armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(lines, 'captured')).toEqual(['Northern Front captured Qarqur']);
    // An "including" aside of forces still names a co-actor (annotation guidelines).
    const co = await relate('Northern Front forces, including Red Hand fighters, captured Qarqur.', [org('Northern Front'), armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(co.lines, 'captured')).toContain('Red Hand captured Qarqur');
  });
});

describe('"led by X" after a part\'s owner in an apposition leads the part', () => {
  it('gives the unit the apposition is about, not its owner', async () => {
    const { lines } = await relate('The Tiger Group, an elite unit of the 4th Army led by Omar Haddad, advanced near Qarqur.', [unit('Tiger Group'), unit('4th Army'), person('Omar Haddad'), city('Qarqur')]);
    expect(pick(lines, 'leaderOf')).toEqual(['Omar Haddad leaderOf Tiger Group']);
  });

  it('keeps "the 4th Army, led by X" and "the 4th Army led by X"', async () => {
    for (const text of ['The 4th Army, led by Omar Haddad, advanced near Qarqur.', 'Units of the 4th Army led by Omar Haddad advanced near Qarqur.']) {
      const { lines } = await relate(text, [unit('4th Army'), person('Omar Haddad'), city('Qarqur')]);
      expect(pick(lines, 'leaderOf'), text).toEqual(['Omar Haddad leaderOf 4th Army']);
    }
  });
});

describe('fighting, sieges and expulsions in defence analysts\' words', () => {
  it('reads two named parties that exchanged fire, a siege laid, a party expelled, and a side of clashes with unnamed fighters', async () => {
    const fire = await relate('The Red Hand and the Blue Crescent exchanged fire near Qarqur.', [armedGroup('Red Hand'), armedGroup('Blue Crescent'), city('Qarqur')]);
    expect(pick(fire.lines, 'foughtAgainst')).toEqual(['Red Hand foughtAgainst Blue Crescent']);
    const siege = await relate('The 9th Division laid siege to Qarqur.', [unit('9th Division'), city('Qarqur')]);
    expect(pick(siege.lines, 'attacked')).toEqual(['9th Division attacked Qarqur']);
    const expelled = await relate('Red Hand militants were expelled from Qarqur.', [armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(expelled.lines, 'withdrewFrom')).toEqual(['Red Hand withdrewFrom Qarqur']);
    const clashes = await relate('Clashes between Red Hand rebels and tribal fighters continued in Qarqur.', [armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(clashes.lines, 'operatesIn')).toEqual(['Red Hand operatesIn Qarqur']);
  });

  it('reads no fight from exchanged prisoners, no siege to come, no expulsion of bodies or civilians', async () => {
    const prisoners = await relate('The Red Hand and the Blue Crescent exchanged prisoners near Qarqur.', [armedGroup('Red Hand'), armedGroup('Blue Crescent'), city('Qarqur')]);
    expect(pick(prisoners.lines, 'foughtAgainst')).toEqual([]);
    const siege = await relate('The 9th Division will lay siege to Qarqur.', [unit('9th Division'), city('Qarqur')]);
    expect(pick(siege.lines, 'attacked')).toEqual([]);
    const bodies = await relate('The bodies of Red Hand militants were driven from Qarqur.', [armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(bodies.lines, 'withdrewFrom')).toEqual([]);
  });
});

describe('taking over a group\'s leadership', () => {
  it('reads "took over the leadership of Y" and "assumed the leadership of Y", not one still to come', async () => {
    for (const text of ['Omar Haddad took over the leadership of the Red Hand in 2017.', 'Omar Haddad assumed the leadership of the Red Hand.']) {
      const { lines } = await relate(text, [person('Omar Haddad'), armedGroup('Red Hand')]);
      expect(pick(lines, 'leaderOf'), text).toEqual(['Omar Haddad leaderOf Red Hand']);
    }
    const later = await relate('Omar Haddad will take over the leadership of the Red Hand.', [person('Omar Haddad'), armedGroup('Red Hand')]);
    expect(pick(later.lines, 'leaderOf')).toEqual([]);
  });
});


