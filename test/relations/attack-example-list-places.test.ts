import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// The whole pipeline: the list's unknown names are found by the list-place recognizer, whose cue words these are.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'examples.txt', source: { path: '/examples.txt', relPath: 'examples.txt', sha256: '' }, text });
const attacked = (doc: Doc): string[] => doc.relations.filter((r) => r.predicate === 'attacked').map((r) => doc.mentions[r.object]!.text);

describe('attacks on a list of places given as examples ("including A, B, and C")', () => {
  it('reads an unknown village named in the list after "including" as a place the attack hit', () => {
    const doc = run('Russian forces shelled villages west of Kupiansk, including Marko, Lyman, and Siversk.');
    expect(attacked(doc)).toEqual(expect.arrayContaining(['Marko', 'Lyman', 'Siversk']));
  });

  it('reads the list after a verb of targeting', () => {
    const doc = run('Russian forces targeted Kupiansk, Lozivska Hora, and Borova with drones.');
    expect(attacked(doc)).toContain('Lozivska Hora');
  });

  it('leaves a list of people after "including" alone', () => {
    const doc = run('Several officials, including Sorokin, Lavrov, and Peskov, visited Minsk.');
    expect(doc.mentions.filter((m) => m.recognizer === 'list-place')).toEqual([]);
  });
});
