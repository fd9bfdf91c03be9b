import { describe, expect, it } from 'vitest';
import { armed, city, org, person, relate, site, unit } from './run.js';

// Invented sentences in the style of defence analysis of armed groups, regime units, militias and coalition strikes.
const freedonia = { text: 'Freedonia', type: 'Place' as const, placeKind: 'Country' as const, ref: 'test:FD', country: 'FD' };
const pick = (lines: string[], predicate: string): string[] => lines.filter((l) => l.includes(` ${predicate} `)).sort();

describe('an asset of a named unit, hit on the move or on the line, is an attack on the unit', () => {
  it('reads the convoy, the column, the patrol and the positions of a unit, and the place after the unit', async () => {
    const { lines } = await relate('Red Crescent Front fighters ambushed a convoy of the 9th Division near Qarqur on May 3.', [org('Red Crescent Front'), unit('9th Division'), city('Qarqur')]);
    expect(lines).toContain('Red Crescent Front attacked 9th Division');
    expect(lines).toContain('Red Crescent Front attacked Qarqur');
    const column = await relate('The Falcon Group shelled positions of the 9th Division near Qarqur.', [armed('Falcon Group'), unit('9th Division'), city('Qarqur')]);
    expect(column.lines).toContain('Falcon Group attacked 9th Division');
  });

  it('reads no attack on a unit whose convoy only passed, nor on one whose convoy was escorted', async () => {
    const passed = await relate('A convoy of the 9th Division passed near Qarqur on May 3.', [unit('9th Division'), city('Qarqur')]);
    expect(pick(passed.lines, 'attacked')).toEqual([]);
    const escorted = await relate('The Falcon Group escorted a convoy of the 9th Division near Qarqur.', [armed('Falcon Group'), unit('9th Division'), city('Qarqur')]);
    expect(pick(escorted.lines, 'attacked')).toEqual([]);
  });
});

describe('an operation or fire against a named party in a place is an attack there', () => {
  it('reads "conducted an operation against X in Y" and "fired rockets at the X near Y"', async () => {
    const op = await relate('The Northern Shield Forces conducted an operation against the Red Crescent Front in the Qalamun Hills.', [org('Northern Shield Forces'), org('Red Crescent Front'), site('Qalamun Hills')]);
    expect(op.lines).toContain('Northern Shield Forces attacked Qalamun Hills');
    expect(op.lines).toContain('Northern Shield Forces operatesIn Qalamun Hills');
    const fire = await relate('The Falcon Group fired rockets at the 9th Division near Qarqur.', [armed('Falcon Group'), unit('9th Division'), city('Qarqur')]);
    expect(fire.lines).toContain('Falcon Group attacked Qarqur');
  });

  it('reads no attack from talks, a report or a meeting "on" or "at" a group', async () => {
    const talks = await relate('The Northern Shield Forces conducted talks on the Red Crescent Front in Qarqur.', [org('Northern Shield Forces'), org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(talks.lines, 'attacked')).toEqual([]);
    const meeting = await relate('The Northern Shield Forces conducted a meeting at the Red Crescent Front office in Qarqur.', [org('Northern Shield Forces'), org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(meeting.lines, 'attacked')).toEqual([]);
  });
});

describe('a country named as its forces\' adjective is no place of an attack on them', () => {
  it('moves the attack to the base where the forces are, and places the attacker there, not in the country', async () => {
    const { lines } = await relate('The Falcon Group fired rockets at Freedonia forces at Tell Bazar Air Base in Qarqur Province.', [armed('Falcon Group'), freedonia, site('Tell Bazar Air Base'), city('Qarqur Province')]);
    expect(lines).toContain('Falcon Group attacked Tell Bazar Air Base');
    expect(lines).toContain('Falcon Group operatesIn Tell Bazar Air Base');
    expect(lines).not.toContain('Falcon Group attacked Freedonia');
    expect(lines).not.toContain('Falcon Group operatesIn Freedonia');
  });

  it('drops the country when no place is named for its forces, and keeps an attack on the country itself', async () => {
    const bare = await relate('The Falcon Group fired rockets at Freedonia troops on Monday.', [armed('Falcon Group'), freedonia]);
    expect(pick(bare.lines, 'attacked')).toEqual([]);
    expect(pick(bare.lines, 'operatesIn')).toEqual([]);
    const country = await relate('The Falcon Group fired rockets at Freedonia on Monday.', [armed('Falcon Group'), freedonia]);
    expect(country.lines).toContain('Falcon Group attacked Freedonia');
  });
});

describe('an organization an action is against has no seat in the action\'s place', () => {
  it('gives no locatedIn after "against" or an attack verb', async () => {
    const offensive = await relate('The Northern Shield Forces launched an offensive against the Red Crescent Front in Qarqur.', [org('Northern Shield Forces'), org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(offensive.lines, 'locatedIn')).toEqual([]);
    expect(offensive.lines).toContain('Northern Shield Forces attacked Qarqur');
    const struck = await relate('Freedonian jets struck the Red Crescent Front in Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(struck.lines, 'locatedIn')).toEqual([]);
  });

  it('keeps the seat of an organization named plainly in a city', async () => {
    const { lines } = await relate('Officials of the Red Crescent Front in Qarqur said the road was closed.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(lines).toContain('Red Crescent Front locatedIn Qarqur');
  });
});

describe('an organization whose fighters attacked is where they attacked', () => {
  it('places the group named by its fighters or militants', async () => {
    const { lines } = await relate('Red Crescent Front fighters attacked a checkpoint near Qarqur on May 3.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(lines).toContain('Red Crescent Front attacked Qarqur');
    expect(lines).toContain('Red Crescent Front operatesIn Qarqur');
  });

  it('places no organization named without its fighters (a group blamed or claiming)', async () => {
    const { lines } = await relate('The Red Crescent Front attacked a checkpoint near Qarqur on May 3.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(lines).toContain('Red Crescent Front attacked Qarqur');
    expect(pick(lines, 'operatesIn')).toEqual([]);
  });
});

describe('a visit to the front lines', () => {
  it('reads "the front lines" and "the front line" as two words, and a part of the place', async () => {
    const lines2 = await relate('Group leader Omar Haddad visited the front lines in southern Qarqur Province.', [person('Omar Haddad'), city('Qarqur Province')]);
    expect(lines2.lines).toContain('Omar Haddad visited Qarqur Province');
    const line1 = await relate('Omar Haddad visited the front line at an undisclosed location in Qarqur Province.', [person('Omar Haddad'), city('Qarqur Province')]);
    expect(line1.lines).toContain('Omar Haddad visited Qarqur Province');
  });

  it('reads no visit to a front line only planned', async () => {
    const { lines } = await relate('Omar Haddad plans to visit the front lines in southern Qarqur Province.', [person('Omar Haddad'), city('Qarqur Province')]);
    expect(pick(lines, 'visited')).toEqual([]);
  });
});

describe('a group said to keep a presence in a place operates there', () => {
  it('reads "maintains a presence in", "established a forward presence near", and a group\'s remnants attacking', async () => {
    const kept = await relate('The Red Crescent Front maintains a presence in Qarqur Province.', [org('Red Crescent Front'), city('Qarqur Province')]);
    expect(kept.lines).toContain('Red Crescent Front operatesIn Qarqur Province');
    const forward = await relate('The 9th Division established a forward presence near Qarqur.', [unit('9th Division'), city('Qarqur')]);
    expect(forward.lines).toContain('9th Division operatesIn Qarqur');
    const remnants = await relate('Red Crescent Front remnants attacked a police post near Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(remnants.lines).toContain('Red Crescent Front operatesIn Qarqur');
  });

  it('reads no presence denied, planned, or of a country', async () => {
    const none = await relate('The Red Crescent Front has no presence in Qarqur Province.', [org('Red Crescent Front'), city('Qarqur Province')]);
    expect(pick(none.lines, 'operatesIn')).toEqual([]);
    const planned = await relate('The Red Crescent Front plans to establish a presence in Qarqur Province.', [org('Red Crescent Front'), city('Qarqur Province')]);
    expect(pick(planned.lines, 'operatesIn')).toEqual([]);
    const country = await relate('Freedonia maintains a military presence in Qarqur Province.', [freedonia, city('Qarqur Province')]);
    expect(pick(country.lines, 'operatesIn')).toEqual([]);
  });
});

describe('a country\'s base named as the target', () => {
  it('moves a drone attack on a country\'s base to the city the base is in', async () => {
    const { lines } = await relate('The Falcon Group launched a drone attack on a Freedonia base in Qarqur.', [armed('Falcon Group'), freedonia, city('Qarqur')]);
    expect(lines).toContain('Falcon Group attacked Qarqur');
    expect(lines).not.toContain('Falcon Group attacked Freedonia');
    expect(lines).not.toContain('Falcon Group operatesIn Freedonia');
  });
});

describe('an organization that sends its fighters or advisers somewhere operates there', () => {
  it('reads advisers and reinforcements sent, and factions named after the group\'s acronym', async () => {
    const advisers = await relate('The Red Crescent Front deployed advisers to Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(advisers.lines).toContain('Red Crescent Front operatesIn Qarqur');
    const factions = await relate('Red Crescent Front (RCF) factions shelled positions near Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(factions.lines).toContain('Red Crescent Front operatesIn Qarqur');
  });

  it('reads no presence from aid sent, nor from reinforcements only planned', async () => {
    const aid = await relate('The Red Crescent Front sent aid to Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(aid.lines, 'operatesIn')).toEqual([]);
    const planned = await relate('The Red Crescent Front plans to send reinforcements to Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(planned.lines, 'operatesIn')).toEqual([]);
  });
});

describe('losses inflicted in an attack at a place', () => {
  it('reads the attack the killers made, past the victims\' side', async () => {
    const { lines } = await relate('Red Crescent Front militants killed three Northern Shield Forces fighters in an ambush near Qarqur.', [org('Red Crescent Front'), org('Northern Shield Forces'), city('Qarqur')]);
    expect(lines).toContain('Red Crescent Front attacked Qarqur');
    expect(lines).toContain('Red Crescent Front operatesIn Qarqur');
  });

  it('reads no attack by those killed, nor a killing with no attack word', async () => {
    const victims = await relate('Three Red Crescent Front militants were killed in an ambush near Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(victims.lines, 'attacked')).toEqual([]);
    const killing = await relate('Red Crescent Front militants killed three shepherds near Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(pick(killing.lines, 'attacked')).toEqual([]);
  });
});

describe('a group that claims an attack as its own made it', () => {
  it('reads "claimed an IED attack on … in Y" and "claimed three attacks in Y"', async () => {
    const one = await relate('The Red Crescent Front claimed an IED attack on a police patrol in Qarqur.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(one.lines).toContain('Red Crescent Front attacked Qarqur');
    const three = await relate('The Red Crescent Front claimed three attacks in Qarqur this week.', [org('Red Crescent Front'), city('Qarqur')]);
    expect(three.lines).toContain('Red Crescent Front attacked Qarqur');
  });

  it('reads no attack by a ministry that claims strikes, or reports another\'s attack', async () => {
    const strikes = await relate('The Defense Ministry claimed strikes on positions in Qarqur.', [org('Defense Ministry'), city('Qarqur')]);
    expect(strikes.lines).not.toContain('Defense Ministry attacked Qarqur');
    const report = await relate('The Defense Ministry claimed that militants attacked Qarqur.', [org('Defense Ministry'), city('Qarqur')]);
    expect(report.lines).not.toContain('Defense Ministry attacked Qarqur');
  });
});

describe('fire aimed at a whole country puts the attacker in no part of it', () => {
  it('keeps the attack and gives no presence in the country fired at; an attack in a country places the group there', async () => {
    const aimed = await relate('Red Crescent Front fighters fired rockets at Freedonia from Qarqur.', [org('Red Crescent Front'), freedonia, city('Qarqur')]);
    expect(aimed.lines).toContain('Red Crescent Front attacked Freedonia');
    expect(aimed.lines).not.toContain('Red Crescent Front operatesIn Freedonia');
    const inside = await relate('Red Crescent Front fighters attacked a convoy in Freedonia.', [org('Red Crescent Front'), freedonia]);
    expect(inside.lines).toContain('Red Crescent Front operatesIn Freedonia');
  });

  it('moves fire at a country\'s embassy to the city it is in', async () => {
    const { lines } = await relate('The Falcon Group fired rockets at the Freedonia Embassy in Qarqur.', [armed('Falcon Group'), freedonia, city('Qarqur')]);
    expect(lines).toContain('Falcon Group attacked Qarqur');
    expect(lines).not.toContain('Falcon Group operatesIn Freedonia');
  });
});
