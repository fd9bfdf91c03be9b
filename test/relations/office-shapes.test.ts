import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, org, person, relate } from './run.js';

const roles = (lines: string[]) => lines.filter((l) => / (leaderOf|memberOf) /.test(l)).sort();

describe('an office after a quoted name: the group "Y" head X', () => {
  it('reads the quoted body as the one the titled person heads', async () => {
    const r = await relate('The volunteer group “Free Steppe” head Iryna Boiko said that the convoy left.', [org('Free Steppe'), person('Iryna Boiko', 'head')]);
    expect(roles(r.lines)).toEqual(['Iryna Boiko leaderOf Free Steppe']);
  });

  it('reads nothing from a quoted name before a person without a title', async () => {
    const r = await relate('The channel “Free Steppe” said that Iryna Boiko left.', [org('Free Steppe'), person('Iryna Boiko')]);
    expect(roles(r.lines)).toEqual([]);
  });
});

describe('appointed as the new Y head: the body named before its office', () => {
  it('reads the appointee, also after an earlier title of theirs', async () => {
    const a = await relate('Moscow appointed Iryna Boiko as the new Kupiansk Administration head on Monday.', [org('Kupiansk Administration'), person('Iryna Boiko')]);
    expect(roles(a.lines)).toEqual(['Iryna Boiko leaderOf Kupiansk Administration']);
    const b = await relate('Moscow appointed former official Iryna Boiko as the Kupiansk Administration spokesperson.', [org('Kupiansk Administration'), person('Iryna Boiko', 'official')]);
    expect(roles(b.lines)).toEqual(['Iryna Boiko memberOf Kupiansk Administration']);
  });

  it('does not read the appointer, nor an appointment across a clause', async () => {
    const r = await relate('Iryna Boiko appointed her deputy, and Taras Melnyk as the new Kupiansk Administration head was criticized.', [
      person('Iryna Boiko'),
      person('Taras Melnyk'),
      org('Kupiansk Administration'),
    ]);
    expect(roles(r.lines)).toEqual([]);
  });
});

describe('visited: fleeing to a place is travelling there', () => {
  it('reads "fled to" and "escaped to" as a visit', async () => {
    const r = await relate('Taras Melnyk escaped to Finland in May, and Iryna Boiko fled to Tallinn.', [person('Taras Melnyk'), country('Finland', 'FI'), person('Iryna Boiko'), city('Tallinn')]);
    expect(r.lines.filter((l) => l.includes(' visited ')).sort()).toEqual(['Iryna Boiko visited Tallinn', 'Taras Melnyk visited Finland']);
  });

  it('reads no visit from fleeing a place', async () => {
    const r = await relate('Taras Melnyk fled from Kherson in May.', [person('Taras Melnyk'), city('Kherson')]);
    expect(r.lines.filter((l) => l.includes(' visited '))).toEqual([]);
  });
});

describe('joined titles: a calling and an office', () => {
  it('ties the holder to the country when one of the joined titles is an office', async () => {
    const { demonym } = await import('./annotate.js');
    const r = await relate('Lithuanian parliamentarian and military expert Rimantas Zukas said so.', [demonym('Lithuanian', 'LT'), person('Rimantas Zukas', 'parliamentarian and military expert')]);
    expect(roles(r.lines)).toEqual(['Rimantas Zukas memberOf Lithuanian']);
    const calling = await relate('Lithuanian journalist and military expert Rimantas Zukas said so.', [demonym('Lithuanian', 'LT'), person('Rimantas Zukas', 'journalist and military expert')]);
    expect(roles(calling.lines)).toEqual([]);
  });
});

describe('an office serving a town’s leader', () => {
  it('makes "Y Mayor’s Advisor X" a member of the town, not its leader', async () => {
    const r = await relate('Kupiansk Mayor’s Advisor Iryna Boiko said that the road was closed.', [city('Kupiansk'), person('Iryna Boiko', 'Mayor’s Advisor')]);
    expect(roles(r.lines)).toEqual(['Iryna Boiko memberOf Kupiansk']);
  });
});
