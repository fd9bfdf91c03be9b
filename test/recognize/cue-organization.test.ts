import { describe, expect, it } from 'vitest';
import { cueOrganizationRecognizer } from '../../src/recognize/recognizers/cue-organization.js';
import { named, recognizeWith, texts } from './run.js';

const orgs = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(cueOrganizationRecognizer, text, earlier);

describe('cue-organization: an unknown acronym named by the noun after it', () => {
  it('reads "the XYZ statement", "XYZ officials", "XYZ guerrillas" as organizations', async () => {
    const text = 'The QRV statement was short. Two ZDLM officials resigned, and KTB guerrillas fled.';
    expect(texts(await orgs(text))).toEqual(['QRV', 'ZDLM', 'KTB']);
    expect((await orgs(text))[0]).toMatchObject({ type: 'Organization', recognizer: 'cue-organization' });
  });

  it('leaves an acronym before other nouns, a known acronym, and a long capital run', async () => {
    expect(texts(await orgs('The QRV strike hit a depot. Engineers used KTB drones.'))).toEqual([]);
    expect(texts(await orgs('Two ZDLM officials resigned.', (t) => [named(t, 'ZDLM', 'MilitaryUnit')]))).toEqual([]);
    expect(texts(await orgs('WARNING officials left.'))).toEqual([]);
  });
});

describe('cue-organization: a cue in a hyphenated noun, and a name in commas after the cue', () => {
  it('reads "oil-giant X" and "an oil company, X," as organizations', async () => {
    const text = 'The founder of oil-giant Zarcorp spoke. A large shipping company, Velmora Lines, bought the port.';
    expect(texts(await orgs(text))).toEqual(['Zarcorp', 'Velmora Lines']);
  });

  it('leaves a name in commas that is no closed apposition, a place, or an ordinary word', async () => {
    expect(texts(await orgs('They joined the group, Tavor Kelemba said on Monday.'))).toEqual([]);
    expect(texts(await orgs('He left the company, Orvask, in May.', (t) => [named(t, 'Orvask', 'Place', { placeKind: 'City' as const })]))).toEqual([]);
    expect(texts(await orgs('He praised the company, Board, too.'))).toEqual([]);
  });
});

describe('cue-organization: an unknown word named by the noun after it', () => {
  it('reads "the leftist X movement" and "the United Torah X party" as organizations', async () => {
    const text = 'He led the leftist Zelvista movement. The United Torah Orvism party joined. They bought the Zarcol oil company.';
    expect(texts(await orgs(text))).toEqual(['Zelvista', 'United Torah Orvism', 'Zarcol']);
  });

  it('leaves ordinary words, given names and places before those nouns', async () => {
    expect(texts(await orgs('The Green party won, and the Labor coalition lost. Maria party guests left.'))).toEqual([]);
    expect(texts(await orgs('The Orvask company grew.', (t) => [named(t, 'Orvask', 'Place', { placeKind: 'City' as const })]))).toEqual([]);
    // Two words between the name and the noun, or a capitalized one, make no such name.
    expect(texts(await orgs('The Zarcol big oil company and the Zarcol Oil company grew.'))).toEqual([]);
    // An adjective of a doctrine describes a movement: "an Islamist movement" names none.
    expect(texts(await orgs('Troops fought a Zelvist movement.'))).toEqual([]);
  });
});

describe('cue-organization: an unknown acronym that has a person', () => {
  it('reads "XYZ’s Maria Oleski reports" as the organization she works for', async () => {
    expect(texts(await orgs('QRV’s Maria Oleski reports from the capital.'))).toEqual(['QRV']);
    // A person's name that is also a word ("Carol") counts when a surname follows it.
    expect(texts(await orgs('ZRV’s Carol Vantrel has more.'))).toEqual(['ZRV']);
  });

  it('leaves a possessive before other words, and a military abbreviation', async () => {
    expect(texts(await orgs('QRV’s coverage grew, and QRV’s Board met.'))).toEqual([]);
    expect(texts(await orgs('The BTG’s Ivan Petrov left.'))).toEqual([]);
    expect(texts(await orgs('ZRV’s Carol singers left.'))).toEqual([]);
  });
});
