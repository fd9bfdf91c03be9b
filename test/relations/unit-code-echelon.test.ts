import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// Branch unit18: a code or an abbreviation before a lower-case echelon ("the BARS-N detachment") is the unit, the
// echelon no part of its span; the relation rules read past the echelon as past a noun of the unit's people.
// Invented sentences, codes and places.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'codes.txt', source: { path: '/codes.txt', relPath: 'codes.txt', sha256: '' }, text });
const lines = (doc: Doc, predicate: string): string[] =>
  doc.relations.filter((r) => r.predicate === predicate).map((r) => `${doc.mentions[r.subject]!.text} -> ${doc.mentions[r.object]!.text}`);

describe('relations past a lower-case echelon after a unit code', () => {
  it('reads presence and part-of through "detachment"', () => {
    expect(lines(run('Other WMD detachments are operating near Korchuhy.'), 'operatesIn')).toEqual(['WMD -> Korchuhy']);
    expect(lines(run('A prisoner from the 915th Rifle Regiment detachment of the 12th Combined Arms Army spoke.'), 'partOf')).toEqual([
      '915th Rifle Regiment -> 12th Combined Arms Army',
    ]);
  });

  it('reads no part-of through a noun that is no echelon', () => {
    expect(lines(run('A prisoner from the 915th Rifle Regiment headquarters of the 12th Combined Arms Army spoke.'), 'partOf')).toEqual([]);
  });
});
