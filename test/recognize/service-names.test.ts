import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../src/recognize/recognizers/organization.js';
import { named, recognizeWith, texts } from './run.js';

const orgs = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(organizationRecognizer, text, earlier);

// Wire-news guidelines: a capitalised service name alone ("the [Army]") is ORG; so are a legislature's.
describe('a legislature or armed service named alone', () => {
  it('reads "the Senate", "the Army", a possessive country’s "Parliament" and a service before a rank', async () => {
    expect(texts(await orgs('The Senate passed the bill, and the Army said it was ready.'))).toEqual(['Senate', 'Army']);
    expect(texts(await orgs("Freedonia's Parliament met as an Air Force Brigadier General spoke."))).toEqual(['Parliament', 'Air Force']);
    expect(texts(await orgs('Senate Majority Leader Tom Vell spoke.'))).toEqual(['Senate']);
  });

  it('takes a country’s name before the service into its span', async () => {
    const text = 'The Freedonia Army and the Freedonia Navy met.';
    const countries = (t: string) => [named(t, 'Freedonia', 'Place', { placeKind: 'Country' }), { ...named(t.slice(20), 'Freedonia', 'Place', { placeKind: 'Country' as const }), start: 27, end: 36 }];
    expect(texts(await orgs(text, countries))).toEqual(['Freedonia Army', 'Freedonia Navy']);
  });

  it('leaves ranks, longer names and names other recognizers hold', async () => {
    expect(texts(await orgs('Army General Ivan Dorov spoke.'))).toEqual([]);
    expect(texts(await orgs('The ousted commander, General of the Army Ivan Dorov, left.'))).toEqual([]);
    expect(texts(await orgs('Reservists of the Special Combat Army Reserve left.'))).toEqual([]);
    // Not the service "Army" alone: the whole longer name, read by its head-word and complement (branch theatre7).
    expect(texts(await orgs('The video was posted by the Army of Orvan Saints.'))).toEqual(['Army of Orvan Saints']);
    expect(texts(await orgs('The European Parliament met.'))).toEqual(['European Parliament']);
    const listed = (t: string) => [named(t, 'Freedonian Navy', 'MilitaryUnit')];
    expect(texts(await orgs('The Freedonian Navy sailed.', listed))).toEqual([]);
  });
});

describe('a listed region named whole is no organization of its head-word', () => {
  it('"the West Bank" is the place', async () => {
    const listed = (t: string) => [named(t, 'Orvan Bank', 'Place', { placeKind: 'Region', ref: { id: 'region:orvan-bank', name: 'Orvan Bank', type: 'Place', placeKind: 'Region' } })];
    expect(texts(await orgs('Troops entered the Orvan Bank on Monday.', listed))).toEqual([]);
    expect(texts(await orgs('The Orvan Bank raised its rates.'))).toEqual(['Orvan Bank']);
  });
});
