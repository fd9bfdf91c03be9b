import { describe, expect, it } from 'vitest';
import { recognizeStage } from '../../src/recognize/stage.js';
import { packageRoot } from '../../src/model/package-root.js';
import { prepare } from '../helpers/prepare.js';

const env = { baseDir: packageRoot(), packageRoot: packageRoot() };

/** The rule recognizers run together through the recognize stage, each seeing the others' candidates. */
async function recognize(text: string) {
  const stage = await recognizeStage({ recognizers: ['unit-grammar', 'person', 'organization', 'acronym'] }, env);
  const doc = await prepare(text);
  stage.run(doc);
  return doc.mentions.map((m) => [m.text, m.type, m.form, m.expansion ?? m.canonical ?? null]);
}

describe('rule recognizers together', () => {
  it('define an acronym for an organization found by head-word and tag its later uses', async () => {
    const text = "The Security Service of Moldova (SIS) detained two men. The SIS's statement was brief, Dr. Elena Rusu said.";
    expect(await recognize(text)).toEqual([
      ['Security Service of Moldova', 'Organization', 'name', null],
      ['SIS', 'Organization', 'acronym', 'Security Service of Moldova'],
      ['SIS', 'Organization', 'acronym', 'Security Service of Moldova'],
      ['Elena Rusu', 'Person', 'name', 'Elena Rusu'],
    ]);
  });

  it('carry a unit abbreviation defined in brackets to its later bare uses', async () => {
    const text = 'The 41st Combined Arms Army (CAA) attacked. Later the CAA regrouped near the river.';
    expect(await recognize(text)).toEqual([
      ['41st Combined Arms Army', 'MilitaryUnit', 'name', '41st Combined Arms Army'],
      ['CAA', 'MilitaryUnit', 'acronym', '41st Combined Arms Army'],
      ['CAA', 'MilitaryUnit', 'acronym', '41st Combined Arms Army'],
    ]);
  });

  it('read a person after a title whose complement holds a bracketed acronym', async () => {
    // "Dorin" is not a listed given name: only the title chain can find this person.
    const text = "The Chairman of the Tiraspol People's Council (TPC), Dorin Ostrov, said so.";
    const ms = await recognize(text);
    expect(ms.filter((m) => m[1] === 'Person')).toEqual([['Dorin Ostrov', 'Person', 'name', 'Dorin Ostrov']]);
  });
});
