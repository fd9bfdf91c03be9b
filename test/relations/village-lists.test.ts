import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// Villages no gazetteer lists, in lists and with Ukrainian/Russian qualifiers, and regions under a cue noun
// (rec33). Each test runs the whole default pipeline on an invented sentence; the village names are made up.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'villages.txt', source: { path: '/villages.txt', relPath: 'villages.txt', sha256: '' }, text });
const places = (doc: Doc): string[] => doc.mentions.filter((m) => m.type === 'Place' && m.form === 'name').map((m) => m.text);
const byListPlace = (doc: Doc): string[] => doc.mentions.filter((m) => m.recognizer === 'list-place').map((m) => m.text);
const typed = (doc: Doc, text: string): string | undefined => doc.mentions.find((m) => m.text === text)?.type;
const objects = (doc: Doc, predicate: string): string[] =>
  doc.relations.filter((r) => r.predicate === predicate).map((r) => doc.mentions[r.object]!.text);

describe('list-place: a list after a strong place cue with one known place', () => {
  it('types the unknown members of a list after a combat verb when only one member is known', () => {
    const doc = run('Russian forces shelled Zorivske, Hlybotsvit, Kupiansk, and Pidkamianets on Sunday.');
    expect(places(doc)).toEqual(['Zorivske', 'Hlybotsvit', 'Kupiansk', 'Pidkamianets']);
    expect(objects(doc, 'attacked')).toEqual(['Zorivske', 'Hlybotsvit', 'Kupiansk', 'Pidkamianets']);
  });

  it('does the same after "near"', () => {
    const doc = run('Ukrainian troops repelled assaults near Lyman, Zorivske, and Hlybotsvit.');
    expect(places(doc)).toEqual(['Lyman', 'Zorivske', 'Hlybotsvit']);
  });

  it('types every member of a list of examples of settlements though none is known', () => {
    const doc = run('Russian artillery hit settlements east of the river, including Zorivske, Hlybotsvit, and Pidkamianets.');
    expect(places(doc)).toEqual(expect.arrayContaining(['Zorivske', 'Hlybotsvit', 'Pidkamianets']));
  });

  it('keeps a long name with a settlement ending that a web lexicon holds', () => {
    expect(places(run('Russian forces shelled Kupiansk, Lyman, and Donetske on Monday.'))).toContain('Donetske');
  });

  it('leaves a list that closes a clause, a list with a person or an organization, and a weak cue', () => {
    // "… and Hlybotsvit said": the last name is the subject of a new clause (the list reading adds nothing).
    expect(byListPlace(run('Russian forces hit Hlybotsvit, Zorivske, Pidkamianets, Lyman and Korchuhy said nothing.'))).toEqual([]);
    expect(byListPlace(run('Russian forces hit Hlybotsvit, Zorivske, Pidkamianets, Lyman and Korchuhy on Monday.'))).not.toEqual([]);
    expect(byListPlace(run('Officials in Hlybotsvit, Zorivske, Lyman, and Volodymyr Zelensky spoke.'))).toEqual([]);
    expect(byListPlace(run('Officials in Hlybotsvit, Zorivske, Lyman, and the Kremlin spoke.'))).toEqual([]);
    expect(byListPlace(run('They reported on Hlybotsvit, Zorivske, Pidkamianets, and Lyman.'))).toEqual([]);
  });
});

describe('qualified-place: a qualifier after a place cue, whatever the qualifier alone names', () => {
  it('reads "Mali X" as one village after a cue, not the country Mali and a stray word', () => {
    const doc = run('Russian forces attacked near Mali Hlybotsvit on Tuesday.');
    expect(places(doc)).toEqual(['Mali Hlybotsvit']);
    expect(objects(doc, 'attacked')).toEqual(['Mali Hlybotsvit']);
  });

  it('reads a qualifier before an unknown head after a capture verb and after "control of"', () => {
    expect(objects(run('Ukrainian forces captured Nova Zorivka on Monday.'), 'captured')).toEqual(['Nova Zorivka']);
    expect(places(run('Ukrainian forces regained control of Mala Hlybotsvit.'))).toEqual(['Mala Hlybotsvit']);
  });

  it('reads a qualified name inside a list over a one-word place', () => {
    const doc = run('Russian forces captured Mali Hlybotsvit, Lyman, and Zorivske.');
    expect(places(doc)).toEqual(['Mali Hlybotsvit', 'Lyman', 'Zorivske']);
    expect(places(run('Troops dug in south of Lyman and Mali Hlybotsvit.'))).toEqual(['Lyman', 'Mali Hlybotsvit']);
  });

  it('leaves a qualifier before an unknown word without a cue, and the country before a title', () => {
    expect(places(run('Mali Hlybotsvit was quiet.'))).not.toContain('Mali Hlybotsvit');
    expect(places(run('The junta in Mali President Assimi Goita leads has expelled envoys.'))).not.toContain('Mali President');
  });
});

describe('cue-organization: a region under a cue noun is a place', () => {
  it('types "bank Kherson Oblast" as the region, and keeps the bank cue for other names', () => {
    const doc = run('Russian forces shelled villages in west (right) bank Kherson Oblast on Sunday.');
    expect(typed(doc, 'Kherson Oblast')).toBe('Place');
    expect(objects(doc, 'attacked')).toContain('Kherson Oblast');
    expect(typed(run('The state bank Zorivbank froze the accounts.'), 'Zorivbank')).toBe('Organization');
  });
});

describe('gazetteer evidence: a short alternate name of a small town abroad', () => {
  it('gives a short village name after a place word no record of a small town in a country the text never names', () => {
    // "Sest" is an alternate name of a small Italian town in GeoNames.
    const doc = run('Ukrainian forces repelled an assault near Sest (4km north of Lyman) on Monday.');
    const sest = doc.mentions.find((m) => m.text === 'Sest');
    expect(sest?.type).toBe('Place');
    expect(sest?.ref).toBeUndefined();
  });

  it('keeps a short alternate name of a big city', () => {
    expect(run('Troops arrived in Kiev on Monday.').mentions.find((m) => m.text === 'Kiev')?.ref?.id).toMatch(/^geonames:/);
  });
});
