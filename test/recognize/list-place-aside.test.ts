import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'asides.txt', source: { path: '/asides.txt', relPath: 'asides.txt', sha256: '' }, text });
const byRecognizer = (doc: Doc, name: string): string[] => doc.mentions.filter((m) => m.recognizer === name).map((m) => m.text);
const attacked = (doc: Doc): string[] => doc.relations.filter((r) => r.predicate === 'attacked').map((r) => doc.mentions[r.object]!.text).sort();

/** Branch rec11a (issue 13): a list item's bracketed aside does not end the list (list-place.ts asideEnd). */
describe('list-place: the list goes on past an item\'s bracketed aside', () => {
  it('types the unknown item after a distance aside, and the attack reaches it', () => {
    const doc = run('Russian forces attacked Lyman (20km north of Siversk), Zarnytsia, and Borova on Monday.');
    expect(byRecognizer(doc, 'list-place')).toEqual(['Zarnytsia']);
    expect(attacked(doc)).toContain('Zarnytsia');
  });

  it('reads no list past an aside of names only, one that does not close before a comma, or one past the sentence', () => {
    expect(byRecognizer(run('Battalions formed in the republics of Lyman, Zarnytsia (Zarnytska), and Borova.'), 'list-place')).toEqual([]);
    expect(byRecognizer(run('Russian forces attacked Lyman (20km north of Siversk) and Zarnytsia said nothing, Borova.'), 'list-place')).toEqual([]);
    expect(byRecognizer(run('Russian forces attacked Lyman (20km north of Siversk. Zarnytsia, and Borova).'), 'list-place')).toEqual([]);
  });
});
