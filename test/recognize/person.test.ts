import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { demonym, named, recognizeWith, texts } from './run.js';
import { loadPersonLexicon } from '../../src/recognize/people/lexicon.js';
import { surnameForms } from '../../src/recognize/people/name-shape.js';
import { wordView } from '../../src/model/words.js';
import { prepare } from '../helpers/prepare.js';

const people = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(personRecognizer, text, earlier);

describe('person', () => {
  it('takes the title out of the span into role, and the demonym before it as nationality', async () => {
    const text = 'Moldovan Deputy Prime Minister Ion Cernat met the envoy on Friday.';
    const [m, ...rest] = await people(text, (t) => [demonym(t, 'Moldovan', 'MD')]);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ text: 'Ion Cernat', type: 'Person', role: { text: 'Deputy Prime Minister' }, nationality: 'country:MD' });
  });

  it('reads rank chains, initials and patronymics', async () => {
    const ms = await people('Lieutenant General Pavel V. Grudin and Colonel General Igor Semyonovich Kaverin inspected the troops.');
    expect(texts(ms)).toEqual(['Pavel V. Grudin', 'Igor Semyonovich Kaverin']);
    expect(ms.map((m) => m.role?.text)).toEqual(['Lieutenant General', 'Colonel General']);
  });

  it('reads Arabic particles and hyphenated names, and leaves a possessive out', async () => {
    const text = 'Interior Minister Anas al-Khattab said that Khattab’s deputy, Sheikh Abu Bakr al-Hariri, would attend.';
    const ms = await people(text);
    expect(texts(ms)).toEqual(['Anas al-Khattab', 'Abu Bakr al-Hariri', 'Khattab']);
    expect(ms[2]!.canonical).toBe('Anas al-Khattab');
  });

  it('finds a known given name with a surname without a title, and later surname uses', async () => {
    const text = 'Mikhail Orlenko arrived in the city. Later, Orlenko’s convoy left, and Orlenko spoke.';
    const ms = await people(text);
    expect(ms.map((m) => [m.text, m.canonical])).toEqual([
      ['Mikhail Orlenko', 'Mikhail Orlenko'],
      ['Orlenko', 'Mikhail Orlenko'],
      ['Orlenko', 'Mikhail Orlenko'],
    ]);
  });

  it('reads a bare name heading a phrase opened by "the" as a ship or a building, not a person', async () => {
    expect(texts(await people('The tanker left Tartus, and the Maria Petrova was towed into port on Sunday.'))).toEqual([]);
    expect(texts(await people('Inspectors boarded the Maria Petrova.'))).toEqual([]);
    // A noun after the name makes the name the person's.
    expect(texts(await people('Defectors described the Maria Petrova government as brittle.'))).toEqual(['Maria Petrova']);
    expect(texts(await people('Officials said Maria Petrova arrived on Sunday.'))).toEqual(['Maria Petrova']);
  });

  it('starts a name at a given name that is also a place, unless the rest is a place too', async () => {
    const text = 'Charlotte Brandt flew from Adelaide Australia.';
    const ms = await people(text, (t) => [named(t, 'Charlotte', 'Place'), named(t, 'Adelaide', 'Place'), named(t, 'Australia', 'Place')]);
    expect(texts(ms)).toEqual(['Charlotte Brandt']);
  });

  it('leaves canonical unset when two known people share the surname', async () => {
    const text = 'President Viktor Hrabenko and his brother Andrei Hrabenko disagreed. Hrabenko later resigned.';
    const ms = await people(text);
    const bare = ms.find((m) => m.text === 'Hrabenko');
    expect(bare).toBeDefined();
    expect(bare!.canonical).toBeUndefined();
  });

  it('reads a title with an "of" complement and a unit candidate inside it', async () => {
    const text = 'Commander of the Northern Fleet Admiral Oleg Pankov and Head of the Chechen Republic Dzhambulat Umarov spoke.';
    const ms = await people(text, (t) => [named(t, 'Northern Fleet', 'MilitaryUnit', { priority: 80 })]);
    expect(texts(ms)).toEqual(['Oleg Pankov', 'Dzhambulat Umarov']);
    expect(ms[0]!.role?.text).toBe('Commander of the Northern Fleet Admiral');
  });

  it('reads an appositive name after a lower-case title, with a country’s possessive as nationality', async () => {
    const text = 'Moldova’s foreign minister, Lina Varga, rejected the plan.';
    const ms = await people(text, (t) => [named(t, 'Moldova', 'Place', { placeKind: 'Country', ref: { id: 'country:MD', name: 'Moldova', type: 'Place', placeKind: 'Country' } })]);
    expect(ms.map((m) => [m.text, m.role?.text, m.nationality])).toEqual([['Lina Varga', 'foreign minister', 'country:MD']]);
  });

  it('finds a capitalized article surname alone, with and without its article', async () => {
    const text = 'Defence Minister Khalid Al-Rawi arrived. Al-Rawi’s aides said Rawi would stay.';
    const ms = await people(text);
    expect(ms.map((m) => [m.text, m.canonical])).toEqual([
      ['Khalid Al-Rawi', 'Khalid Al-Rawi'],
      ['Al-Rawi', 'Khalid Al-Rawi'],
      ['Rawi', 'Khalid Al-Rawi'],
    ]);
  });

  it('does not take organizations, offices or places for people', async () => {
    const text = "The General Staff said the Prime Minister's Office and President Markov's administration in Kharkiv disagreed; the president declined.";
    const ms = await people(text, (t) => [named(t, 'Kharkiv', 'Place')]);
    expect(texts(ms)).toEqual(['Markov']);
    const none = await people('General Motors and Major Russian offensives in March Kharkiv were reported.', (t) => [demonym(t, 'Russian', 'RU'), named(t, 'Kharkiv', 'Place')]);
    expect(none.filter((m) => m.text !== 'Motors')).toEqual([]);
  });
});

describe('a hyphenated surname after a title whose first part is a town', () => {
  it('"Mr. Haro-Velez" is the person, not the town "Haro"', async () => {
    const text = 'Prosecutors said Mr. Haro-Velez ran the ring.';
    const earlier = (t: string) => [named(t, 'Haro', 'Place', { placeKind: 'City' as const })];
    expect(texts(await recognizeWith(personRecognizer, text, earlier))).toEqual(['Haro-Velez']);
  });

  it('a town joined to another place without a title stays no person', async () => {
    const text = 'Trucks used the Haro-Velez road.';
    const earlier = (t: string) => [named(t, 'Haro', 'Place', { placeKind: 'City' as const })];
    expect(texts(await recognizeWith(personRecognizer, text, earlier))).toEqual([]);
  });
});

describe('a two-word surname used alone after a full name of three words or more', () => {
  it('"Tomas Varga Oleski" is later "Varga Oleski", whole', async () => {
    const text = 'A court heard Tomas Varga Oleski on Monday. Police held Varga Oleski overnight.';
    expect(texts(await people(text))).toEqual(['Tomas Varga Oleski', 'Varga Oleski']);
  });

  it('a given name or an initial before the surname is no part of it', async () => {
    const lex = loadPersonLexicon();
    const forms = async (name: string) => surnameForms(lex, wordView(await prepare(name)).words.filter((w) => !w.punct));
    expect(await forms('Tomas Varga Oleski')).toEqual([['varga', 'oleski'], ['oleski']]);
    expect(await forms('Peter Maria Oleski')).toEqual([['oleski']]);
    expect(await forms('Tomas J Oleski')).toEqual([['oleski']]);
  });
});
