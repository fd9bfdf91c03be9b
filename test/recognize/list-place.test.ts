import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'lists.txt', source: { path: '/lists.txt', relPath: 'lists.txt', sha256: '' }, text });
const byRecognizer = (doc: Doc, name: string): string[] => doc.mentions.filter((m) => m.recognizer === name).map((m) => m.text);
const attacked = (doc: Doc): string[] =>
  doc.relations.filter((r) => r.predicate === 'attacked').map((r) => doc.mentions[r.object]!.text);

describe('list-place: an unnamed item of a list of places is a place', () => {
  it('types a list item that is a person\'s name, first in the list, as a place, and the list keeps all its relations', () => {
    const doc = run('Russian forces attacked near Marko, Lyman, and Siversk on Monday.');
    expect(byRecognizer(doc, 'list-place')).toEqual(['Marko']);
    const marko = doc.mentions.find((m) => m.text === 'Marko')!;
    expect(marko).toMatchObject({ type: 'Place', confidence: 0.6 });
    expect(marko.ref).toBeUndefined();
    expect(attacked(doc)).toEqual(['Marko', 'Lyman', 'Siversk']);
  });

  it('takes a two-word unknown name in the middle of a list after a verb whose object is a place', () => {
    const doc = run('Russian forces shelled Kupiansk, Lozivska Hora, and Borova.');
    expect(byRecognizer(doc, 'list-place')).toEqual(['Lozivska Hora']);
    expect(attacked(doc)).toContain('Lozivska Hora');
  });

  it('takes an item guessed a place below the threshold, and counts it for neither side of the majority', () => {
    // "Velyki Khutory": a qualifier before an unknown word is too weak alone (qualified-place, 0.45).
    const doc = run('Fighting continued in Kupiansk, Velyki Khutory, and Zarnytsia.');
    expect(byRecognizer(doc, 'list-place')).toEqual(['Velyki Khutory', 'Zarnytsia']);
  });

  it('leaves lists of people, lists without a place majority and lists without a place cue alone', () => {
    expect(byRecognizer(run('The delegation met with Sorokin, Lavrov, and Peskov in Minsk.'), 'list-place')).toEqual([]);
    expect(byRecognizer(run('Reporters near Kyiv, Marko, and Dmytro Oleksiuk said nothing.'), 'list-place')).toEqual([]);
    expect(byRecognizer(run('Kyiv, Marko, and Lviv signed it.'), 'list-place')).toEqual([]);
  });

  it('does not type an area\'s name, a model designation or a comma apposition', () => {
    expect(byRecognizer(run('Fighting continued in Donetsk, Luhansk, and Hvozdetska Oblasts.'), 'list-place')).toEqual([]);
    expect(byRecognizer(run('Troops were seen in Minsk and Tor-M2 launchers in Orsha.'), 'list-place')).toEqual([]);
    // "A, B" without "and"/"or" is a place and what locates it, or a name after a clause.
    expect(byRecognizer(run('The column stopped near Kupiansk, Marko said.'), 'list-place')).toEqual([]);
  });
});
