import { describe, expect, it } from 'vitest';
import type { RelationMention } from '../../src/model/document.js';
import { dedupeRelations } from '../../src/relations/dedupe.js';

const keys = ['ent:a', 'ent:b', 'ent:c', 'ent:a'];
const keyOf = (i: number): string => keys[i]!;

const rel = (subject: number, predicate: string, object: number, sentence: number, confidence: number): RelationMention =>
  ({ subject, object, predicate, rule: `r${subject}${object}`, confidence, sentence }) as RelationMention;

/** The same statements at `sentence + shift` (a shift past exact packed keys makes dedupe build string keys). */
const shifted = (list: RelationMention[], shift: number): RelationMention[] => list.map((r) => ({ ...r, sentence: r.sentence + shift }));

const statements = [
  rel(0, 'memberOf', 1, 0, 0.6),
  rel(0, 'leaderOf', 1, 0, 0.8), // the same pair and sentence: the better of leaderOf and memberOf
  rel(1, 'metWith', 0, 0, 0.7),
  rel(0, 'metWith', 1, 0, 0.9), // one meeting, either order
  rel(3, 'attacked', 2, 0, 0.5), // mention 3 is entity a: the same statement as the next
  rel(0, 'attacked', 2, 0, 0.55),
  rel(0, 'attacked', 2, 1, 0.5), // another sentence
  rel(0, 'attacked', 3, 1, 0.9), // subject and object one entity: dropped
  rel(2, 'attacked', 0, 0, 0.4),
];

describe('dedupeRelations (dedupe.ts)', () => {
  it('keeps the most confident statement per sentence, entity pair and predicate, in order of first appearance', () => {
    const kept = dedupeRelations(statements, keyOf);
    expect(kept.map((r) => [r.subject, r.predicate, r.object, r.sentence, r.confidence])).toEqual([
      [0, 'leaderOf', 1, 0, 0.8],
      [0, 'metWith', 1, 0, 0.9],
      [0, 'attacked', 2, 0, 0.55],
      [2, 'attacked', 0, 0, 0.4],
      [0, 'attacked', 2, 1, 0.5],
    ]);
  });

  it('gives the same statements with keys packed in numbers and built as strings (sentences past exact packing)', () => {
    const packed = dedupeRelations(statements, keyOf).map((r) => r.rule);
    const far = 2 ** 45;
    expect(dedupeRelations(shifted(statements, far), keyOf).map((r) => r.rule)).toEqual(packed);
  });
});
