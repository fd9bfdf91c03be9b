import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { recognizeWith, texts } from './run.js';

const people = (text: string) => recognizeWith(personRecognizer, text);

// Lower-case occupational nouns right before a full name mark it as a person's and become its role, like
// "milblogger" or "spokesperson" do: "Navy representative X", "border officer X", "Seimas parliamentarian X".
describe('occupational titles before a name', () => {
  it('reads representative, officer, parliamentarian, financier, deserter, chairperson, official', async () => {
    const cases: Array<[string, string, string]> = [
      ['The navy representative Borys Halchenko said that two ships left.', 'Borys Halchenko', 'representative'],
      ['A border officer Kostiantyn Melnychuk was wounded.', 'Kostiantyn Melnychuk', 'officer'],
      ['Seimas parliamentarian Rimantas Zukas criticized the plan.', 'Rimantas Zukas', 'parliamentarian'],
      ['The group financier Arkadiy Belenko paid the recruits.', 'Arkadiy Belenko', 'financier'],
      ['The battalion deserter Oleksii Hrytsai crossed the border.', 'Oleksii Hrytsai', 'deserter'],
      ['The commission chairperson Lidiya Vorona announced the results.', 'Lidiya Vorona', 'chairperson'],
      ['The regional official Taras Bondar was detained.', 'Taras Bondar', 'official'],
    ];
    for (const [text, name, role] of cases) {
      const ms = await people(text);
      expect(texts(ms), text).toEqual([name]);
      expect(ms[0]!.role?.text.toLowerCase()).toBe(role);
    }
  });

  it('does not make a person of what follows the word when no name does', async () => {
    expect(texts(await people('The representative Council of the region met on Monday.'))).toEqual([]);
    expect(texts(await people('An officer said that the Kherson Oblast was shelled.'))).toEqual([]);
    expect(texts(await people('The parliamentarian vote in Kyiv was postponed.'))).toEqual([]);
  });

  it('takes the field adjective of an office into the role (Parliamentary Speaker, Presidential Envoy, Mayoral Advisor)', async () => {
    const cases: Array<[string, string, string]> = [
      ['Latvian Parliamentary Speaker Inese Kalnina opened the session.', 'Inese Kalnina', 'Parliamentary Speaker'],
      ['The Presidential Envoy Arvid Sorokin arrived on Monday.', 'Arvid Sorokin', 'Presidential Envoy'],
      ['Kherson Mayoral Advisor Halyna Levko said that the bridge was closed.', 'Halyna Levko', 'Mayoral Advisor'],
    ];
    for (const [text, name, role] of cases) {
      const ms = await people(text);
      expect(texts(ms), text).toEqual([name]);
      expect(ms[0]!.role?.text).toBe(role);
    }
    // Not before a word that is no title: the adjective stays out of any name.
    expect(texts(await people('The Parliamentary Assembly voted on Monday.'))).toEqual([]);
  });

  it('reads a lower-case "deputy" of a parliament before a name as the title, and a capitalized one as before', async () => {
    const ms = await people('Seimas deputy Rimantas Zukas published a letter.');
    expect(texts(ms)).toEqual(['Rimantas Zukas']);
    expect(ms[0]!.role?.text).toBe('deputy');
    const chain = await people('The deputy Foreign Minister Andriy Melnyk arrived.');
    expect(chain[0]!.role?.text).toBe('deputy Foreign Minister');
    expect(texts(await people('The deputy said nothing.'))).toEqual([]);
  });
});
