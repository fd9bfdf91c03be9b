import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { armedGroup, city, org, person, relate, unit } from './run.js';

// Invented sentences in the style of defence analysis: contacts between people and between parties (branch defence8).
const pick = (lines: string[], predicate: string): string[] => lines.filter((l) => l.includes(` ${predicate} `)).sort();
const named = <T extends { text: string }>(text: string, specs: T[]): T[] => specs.filter((m) => new RegExp(`\\b${m.text}\\b`).test(text));

describe('contacts that are no meeting are communicatedWith', () => {
  it('reads "contacted", "negotiated with", "exchanged messages with", "in contact with", "discussed … in a call"', async () => {
    for (const text of [
      'Omar Haddad contacted Karim Nasser before the attack.',
      'Omar Haddad negotiated with Karim Nasser in Qarqur.',
      'Omar Haddad exchanged messages with Karim Nasser.',
      'Omar Haddad has been in regular contact with Karim Nasser.',
      'Omar Haddad and Karim Nasser discussed Qarqur in a telephone call on Monday.',
    ]) {
      const { lines } = await relate(text, named(text, [person('Omar Haddad'), person('Karim Nasser'), city('Qarqur')]));
      expect(pick(lines, 'communicatedWith'), text).toEqual(['Omar Haddad communicatedWith Karim Nasser']);
      expect(pick(lines, 'metWith'), text).toEqual([]);
    }
  });

  it('reads no contact refused, to come, with a possessor of the one contacted, or between a person and a body', async () => {
    for (const text of [
      'Omar Haddad refused to negotiate with Karim Nasser.',
      'Omar Haddad will contact Karim Nasser next week.',
      "Omar Haddad has been in contact with Karim Nasser's adviser Sami Aziz.",
      'Omar Haddad negotiated with the Red Hand.',
    ]) {
      const { lines } = await relate(text, named(text, [person('Omar Haddad'), person('Karim Nasser'), person('Sami Aziz'), armedGroup('Red Hand')]));
      expect(pick(lines, 'communicatedWith').filter((l) => !l.includes('Sami Aziz')), text).toEqual([]);
    }
  });
});

describe('talks and negotiations between parties are communicatedWith', () => {
  it('reads a group or a country with another, or with its nationality\'s officials', async () => {
    const cases: [string, string][] = [
      ['Freedonia held talks with Sylvania over the situation in Qarqur.', 'Freedonia communicatedWith Sylvania'],
      ['The Red Hand negotiated with Freedonia over the control of Qarqur.', 'Red Hand communicatedWith Freedonia'],
      ['Representatives of the Red Hand held talks with Sylvanian officials in Qarqur.', 'Red Hand communicatedWith Sylvanian'],
      ['Talks between Freedonia and the Red Hand resumed in Qarqur.', 'Freedonia communicatedWith Red Hand'],
      ['Freedonia and Sylvania held talks on a ceasefire in Qarqur.', 'Freedonia communicatedWith Sylvania'],
      ['The Red Hand negotiated with the Sylvanian government over a prisoner exchange.', 'Red Hand communicatedWith Sylvanian'],
      ['The Red Hand has been in contact with Freedonia since the start of the war.', 'Red Hand communicatedWith Freedonia'],
    ];
    for (const [text, expected] of cases) {
      const { lines } = await relate(text, named(text, [country('Freedonia', 'FD'), country('Sylvania', 'SY'), demonym('Sylvanian', 'SY'), armedGroup('Red Hand'), city('Qarqur')]));
      expect(pick(lines, 'communicatedWith'), text).toEqual([expected]);
    }
  });

  it('reads no talks planned, refused or only called for, and no presence of a party from talks held at a place', async () => {
    for (const text of [
      'Freedonia will hold talks with Sylvania next week.',
      'Freedonia refused to hold talks with Sylvania.',
      'Freedonia rejected talks between Sylvania and the Red Hand.',
      'The mission left one day before Freedonia and Sylvania hold talks.',
      'Freedonia and Sylvania will hold talks.',
      'Ruritania, Freedonia and Sylvania held new talks with the Red Hand.',
    ]) {
      const { lines } = await relate(text, named(text, [country('Ruritania', 'RU'), country('Freedonia', 'FD'), country('Sylvania', 'SY'), armedGroup('Red Hand')]));
      expect(pick(lines, 'communicatedWith').filter((l) => !l.includes('Red Hand')), text).toEqual([]);
    }
    const held = await relate('Red Hand commanders held talks in Qarqur with the Blue Crescent.', [armedGroup('Red Hand'), city('Qarqur'), org('Blue Crescent')]);
    expect(pick(held.lines, 'operatesIn')).toEqual([]);
    expect(pick(held.lines, 'communicatedWith')).toEqual(['Red Hand communicatedWith Blue Crescent']);
  });
});

describe('who only owns the envoy or the patrol', () => {
  it('gives no visit to the possessor of an envoy who met someone in a city, but keeps "X\'s meeting with Y in Z"', async () => {
    const envoy = await relate("Omar Haddad's envoy met Karim Nasser in Qarqur.", [person('Omar Haddad'), person('Karim Nasser'), city('Qarqur')]);
    expect(pick(envoy.lines, 'visited').filter((l) => l.startsWith('Omar'))).toEqual([]);
    for (const text of ["Omar Haddad's first meeting with Karim Nasser in Qarqur went well.", "Omar Haddad's meeting last month with Karim Nasser in Qarqur went well."]) {
      const own = await relate(text, [person('Omar Haddad'), person('Karim Nasser'), city('Qarqur')]);
      expect(pick(own.lines, 'visited'), text).toContain('Omar Haddad visited Qarqur');
    }
  });

  it('reads the visit of a person with an aside before "met … in Z", not of a host', async () => {
    const { lines } = await relate('Omar Haddad, the leader of the Red Hand in Sylvania, met Karim Nasser in Qarqur.', [person('Omar Haddad'), armedGroup('Red Hand'), country('Sylvania', 'SY'), person('Karim Nasser'), city('Qarqur')]);
    expect(pick(lines, 'visited')).toContain('Omar Haddad visited Qarqur');
    const later = await relate('Omar Haddad, the leader of the Red Hand, will meet Karim Nasser in Qarqur.', [person('Omar Haddad'), armedGroup('Red Hand'), person('Karim Nasser'), city('Qarqur')]);
    expect(pick(later.lines, 'visited')).toEqual([]);
  });

  it('gives no attack to the owner of a patrol that came under fire', async () => {
    const { lines } = await relate('A Sylvanian military police patrol came under fire near Qarqur.', [demonym('Sylvanian', 'SY'), city('Qarqur')]);
    expect(pick(lines, 'attacked')).toEqual([]);
    const fired = await relate('Sylvanian forces shelled Red Hand positions near Qarqur.', [demonym('Sylvanian', 'SY'), armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(fired.lines, 'attacked').length).toBe(1);
  });
});

describe('evacuated positions and overrun bases', () => {
  it('reads "evacuated their positions in X" as a withdrawal and "overran a base in X" as an attack', async () => {
    const left = await relate('The 9th Division evacuated its positions near Qarqur.', [unit('9th Division'), city('Qarqur')]);
    expect(pick(left.lines, 'withdrewFrom')).toEqual(['9th Division withdrewFrom Qarqur']);
    const overran = await relate('Red Hand militants overran an army base in Qarqur.', [armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(overran.lines, 'attacked')).toEqual(['Red Hand attacked Qarqur']);
  });

  it('reads no withdrawal from evacuating civilians or the wounded', async () => {
    for (const text of ['The 9th Division evacuated civilians from positions near Qarqur.', 'The 9th Division evacuated its wounded near Qarqur.']) {
      const { lines } = await relate(text, [unit('9th Division'), city('Qarqur')]);
      expect(pick(lines, 'withdrewFrom'), text).toEqual([]);
    }
  });
});

describe('two people acting together at a meeting met', () => {
  it('reads "X and Y declared a cease-fire at a summit meeting"', async () => {
    const { lines } = await relate('Omar Haddad and Karim Nasser announced a truce at their summit meeting in Qarqur on Monday.', [person('Omar Haddad'), person('Karim Nasser'), city('Qarqur')]);
    expect(pick(lines, 'metWith')).toEqual(['Omar Haddad metWith Karim Nasser']);
  });

  it('reads no meeting to come, nor separate meetings', async () => {
    for (const text of ['Omar Haddad and Karim Nasser will declare a cease-fire at a summit.', 'Omar Haddad and Karim Nasser criticized the plan at separate meetings.']) {
      const { lines } = await relate(text, [person('Omar Haddad'), person('Karim Nasser')]);
      expect(pick(lines, 'metWith'), text).toEqual([]);
    }
  });
});

describe('withdrawals named by the plural noun', () => {
  it('reads "X\'s military started troop withdrawals from Y" and "previous X withdrawals from A and B"', async () => {
    const { lines } = await relate("Sylvania's army began the last stage of its troop withdrawals from Qarqur this week.", [country('Sylvania', 'SY'), city('Qarqur')]);
    expect(pick(lines, 'withdrewFrom')).toEqual(['Sylvania withdrewFrom Qarqur']);
  });

  it('reads no withdrawal by who screens or covers the withdrawals of others', async () => {
    const { lines } = await relate('Elements of the 9th Division are screening withdrawals from Qarqur by other units.', [unit('9th Division'), city('Qarqur')]);
    expect(pick(lines, 'withdrewFrom')).toEqual([]);
  });
});
