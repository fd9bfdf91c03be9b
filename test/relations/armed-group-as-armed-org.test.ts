import { describe, expect, it } from 'vitest';
import { armedGroup, city, listedOrg, person, relate } from './run.js';

// Invented sentences in the style of defence analysis of armed groups: a group a list marks `armed` reads like an
// armed organization (unit and armed-organization rules), and keeps what the organization rules found for it before.
const freedonia = { text: 'Freedonia', type: 'Place' as const, placeKind: 'Country' as const, ref: 'test:FD', country: 'FD' };
const pick = (lines: string[], predicate: string): string[] => lines.filter((l) => l.includes(` ${predicate} `)).sort();

describe('an armed group reads like an armed organization', () => {
  it('takes the unit rules of presence, withdrawal and reinforcement', async () => {
    const near = await relate('The Crimson Banner continued to operate near Qarqur throughout the week.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(near.lines).toContain('Crimson Banner operatesIn Qarqur');
    const elements = await relate('Elements of the Crimson Banner in Tell Harun withdrew toward Qarqur on Tuesday.', [armedGroup('Crimson Banner'), city('Tell Harun'), city('Qarqur')]);
    expect(elements.lines).toContain('Crimson Banner operatesIn Tell Harun');
    expect(elements.lines).toContain('Crimson Banner withdrewFrom Tell Harun');
  });

  it('does not read a civil organization of the same list so', async () => {
    const near = await relate('The Crimson Relief Society continued to operate near Qarqur throughout the week.', [listedOrg('Crimson Relief Society'), city('Qarqur')]);
    expect(pick(near.lines, 'operatesIn')).toEqual([]);
  });

  it('places an armed group "in" a town where it operates, not where it is based', async () => {
    const { lines } = await relate('Regime forces shelled the Crimson Banner in Qarqur on Monday.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(lines).toContain('Crimson Banner operatesIn Qarqur');
    expect(pick(lines, 'locatedIn')).toEqual([]);
    const civil = await relate('The Crimson Relief Society in Qarqur opened a clinic.', [listedOrg('Crimson Relief Society'), city('Qarqur')]);
    expect(civil.lines).toContain('Crimson Relief Society locatedIn Qarqur');
  });

  it('reads no presence from an armed group bare "in" a whole country: its name or where it came from', async () => {
    const named = await relate('The Crimson Banner in Freedonia claimed the bombing.', [armedGroup('Crimson Banner'), freedonia]);
    expect(pick(named.lines, 'operatesIn')).toEqual([]);
    const overthrow = await relate('Many fled after the overthrow of the Crimson Banner in Freedonia.', [armedGroup('Crimson Banner'), freedonia]);
    expect(pick(overthrow.lines, 'operatesIn')).toEqual([]);
  });
});

describe('an armed group keeps what the organization rules found for it', () => {
  it('keeps its fighters, its attacks and its strongholds in a place', async () => {
    const fighters = await relate('Crimson Banner militants in Qarqur fired on a patrol.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(fighters.lines).toContain('Crimson Banner operatesIn Qarqur');
    const claim = await relate('The Crimson Banner claimed responsibility for the bombing in Qarqur.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(claim.lines).toContain('Crimson Banner operatesIn Qarqur');
    const stronghold = await relate('Troops entered Qarqur, a Crimson Banner stronghold, on Monday.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(stronghold.lines).toContain('Crimson Banner operatesIn Qarqur');
  });

  it('keeps its fighters in a whole country, and its members named by its possessive', async () => {
    const fighters = await relate('Crimson Banner fighters in Freedonia have regrouped.', [armedGroup('Crimson Banner'), freedonia]);
    expect(fighters.lines).toContain('Crimson Banner operatesIn Freedonia');
    const member = await relate("The Crimson Banner's Omar Haddad said the talks had failed.", [armedGroup('Crimson Banner'), person('Omar Haddad')]);
    expect(member.lines).toContain('Omar Haddad memberOf Crimson Banner');
  });

  it('reads an armed group that arrives as stationed there, and a civil one of the list as nothing', async () => {
    const { lines } = await relate('The Crimson Banner arrived in Qarqur on Monday.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(lines).toEqual(['Crimson Banner operatesIn Qarqur']);
    const civil = await relate('The Crimson Relief Society arrived in Qarqur on Monday.', [listedOrg('Crimson Relief Society'), city('Qarqur')]);
    expect(pick(civil.lines, 'operatesIn')).toEqual([]);
  });
});

describe('an armed group in a whole country, by a unit rule', () => {
  it('is placed there when its people are named', async () => {
    const { lines } = await relate('Crimson Banner militants destroyed a bridge in Freedonia on Monday.', [armedGroup('Crimson Banner'), freedonia]);
    expect(lines).toContain('Crimson Banner operatesIn Freedonia');
  });

  it('is not placed there when the country is only its enemy or its target', async () => {
    const war = await relate('The Crimson Banner fought a long war with Freedonia that killed hundreds in Freedonia.', [armedGroup('Crimson Banner'), freedonia, { ...freedonia, nth: 1 }]);
    expect(pick(war.lines, 'operatesIn')).toEqual([]);
    const talks = await relate('The Crimson Banner is in Freedonia for talks.', [armedGroup('Crimson Banner'), freedonia]);
    expect(pick(talks.lines, 'operatesIn')).toEqual([]);
  });

  it('leaves an armed service in a whole country as it was', async () => {
    const { lines } = await relate('The Falcon Group fought a long war with Freedonia that killed hundreds in Freedonia.', [{ text: 'Falcon Group', type: 'Organization', ref: 'test:Falcon Group', refSource: 'units' }, freedonia, { ...freedonia, nth: 1 }]);
    expect(lines).toContain('Falcon Group operatesIn Freedonia');
  });
});

describe('a place that names forces or offers alternatives is no place of the actor', () => {
  it('reads no presence at a place that leads or owns the forces acted on', async () => {
    const led = await relate('Crimson Banner militants have been attacking Qarqur-led forces.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(pick(led.lines, 'operatesIn')).toEqual([]);
    const there = await relate('Crimson Banner militants have been attacking government forces in Qarqur.', [armedGroup('Crimson Banner'), city('Qarqur')]);
    expect(there.lines).toContain('Crimson Banner operatesIn Qarqur');
    const owned = await relate('The 9th Brigade clashed with Qarqur and Tell Harun government troops on Monday.', [{ text: '9th Brigade', type: 'MilitaryUnit' }, city('Qarqur'), city('Tell Harun')]);
    expect(pick(owned.lines, 'operatesIn')).toEqual([]);
  });

  it('keeps a place followed by another clause of forces', async () => {
    const { lines } = await relate('The 9th Brigade withdrew from Qarqur, and allied forces entered the town.', [{ text: '9th Brigade', type: 'MilitaryUnit' }, city('Qarqur')]);
    expect(lines).toContain('9th Brigade withdrewFrom Qarqur');
  });

  it('reads no presence at places offered as alternatives, and keeps a list joined by "and"', async () => {
    const either = await relate('The 9th Brigade is most likely active near Qarqur or Tell Harun.', [{ text: '9th Brigade', type: 'MilitaryUnit' }, city('Qarqur'), city('Tell Harun')]);
    expect(pick(either.lines, 'operatesIn')).toEqual([]);
    const both = await relate('The 9th Brigade is active near Qarqur and Tell Harun.', [{ text: '9th Brigade', type: 'MilitaryUnit' }, city('Qarqur'), city('Tell Harun')]);
    expect(pick(both.lines, 'operatesIn')).toEqual(['9th Brigade operatesIn Qarqur', '9th Brigade operatesIn Tell Harun']);
  });
});
