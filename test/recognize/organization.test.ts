import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../src/recognize/recognizers/organization.js';
import { demonym, named, recognizeWith, texts } from './run.js';

const orgs = (text: string, earlier?: Parameters<typeof recognizeWith>[2], options?: Record<string, unknown>) => recognizeWith(organizationRecognizer, text, earlier, options);

describe('organization', () => {
  it('reads head-words with their capitalized prefix and "of" complements', async () => {
    const text = 'The Ministry of Foreign Affairs, General Staff of the Armed Forces of Moldova and the State Border Guard Service all commented.';
    expect(texts(await orgs(text))).toEqual(['Ministry of Foreign Affairs', 'General Staff of the Armed Forces of Moldova', 'State Border Guard Service']);
  });

  it('ends at the last head-word of the run and leaves the demonym outside', async () => {
    const text = 'The Georgian Main Intelligence Directorate and the Russian Defense Ministry both denied it.';
    const ms = await orgs(text, (t) => [demonym(t, 'Georgian', 'GE'), demonym(t, 'Russian', 'RU')]);
    expect(ms.map((m) => [m.text, m.nationality, m.canonical])).toEqual([
      ['Main Intelligence Directorate', 'country:GE', 'Main Intelligence Directorate (GE)'],
      ['Defense Ministry', 'country:RU', 'Defense Ministry (RU)'],
    ]);
  });

  it('keeps the demonym inside the span when asked to', async () => {
    const text = 'The Russian Defense Ministry denied it.';
    const ms = await orgs(text, (t) => [demonym(t, 'Russian', 'RU')], { nationalityInSpan: true });
    expect(texts(ms)).toEqual(['Russian Defense Ministry']);
  });

  it('reads names that stand for an organization, and the National Guard as a service', async () => {
    expect(texts(await orgs('The Kremlin said the National Guard would stay.'))).toEqual(['Kremlin', 'National Guard']);
  });

  it('defers to a curated name that covers it, and carries the record of one with the same span', async () => {
    const text = 'The Moldovan General Staff and the Ministry of Culture met.';
    const ref = { id: 'org:ministry-of-culture', name: 'Ministry of Culture', type: 'Organization' as const };
    const ms = await orgs(text, (t) => [named(t, 'Moldovan General Staff', 'Organization'), named(t, 'Ministry of Culture', 'Organization', { ref })]);
    expect(ms.map((m) => [m.text, m.ref?.id])).toEqual([['Ministry of Culture', 'org:ministry-of-culture']]);
  });

  it('does not fire on a bare head-word, on units or on people', async () => {
    const text = 'The Government said the 4th National Guard Brigade and Minister Lev Harkov were safe; the ministry agreed.';
    const ms = await orgs(text, (t) => [named(t, '4th National Guard Brigade', 'MilitaryUnit'), named(t, 'Lev Harkov', 'Person')]);
    expect(ms).toEqual([]);
  });
});

describe('organization: two capitalized words joined by "and" before the head', () => {
  it('reads "Peace and Security Council" and "Trade and Industry Ministry" whole', async () => {
    const text = 'The bloc’s Peace and Security Council met. The Trade and Industry Ministry agreed.';
    expect(texts(await orgs(text))).toEqual(['Peace and Security Council', 'Trade and Industry Ministry']);
  });

  it('leaves a named word before "and", and a list of words before it', async () => {
    expect(texts(await orgs('Talks between Orvania and Security Council members ended.', (t) => [named(t, 'Orvania', 'Place', { placeKind: 'Country' as const })]))).toEqual(['Security Council']);
    expect(texts(await orgs('The Oil, Gas and Energy Ministry agreed.'))).toEqual(['Energy Ministry']);
    // After "of", the word before "and" ends the first name's complement.
    expect(texts(await orgs('The Ministry of Defense and Armed Forces Logistics was named.'))).toEqual(['Ministry of Defense', 'Armed Forces']);
  });
});

describe('organization: a weekday ends the name', () => {
  it('leaves "Tuesday" out of "the Court of Appeals Tuesday ruled", and keeps a month inside a name', async () => {
    expect(texts(await orgs('The Orvask Court of Appeals Tuesday ruled. The May Day Committee met.'))).toEqual(['Orvask Court of Appeals', 'May Day Committee']);
  });
});
