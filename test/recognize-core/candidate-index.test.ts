import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { mentionAt } from '../helpers/mention.js';
import { CandidateIndex } from '../../src/recognize/lexical/candidate-index.js';

const m = mentionAt;

/** Everything the index answers over a range of offsets, to compare two indexes. */
function answers(index: CandidateIndex): unknown[] {
  const out: unknown[] = [];
  for (let a = 0; a < 40; a += 3) {
    out.push(index.startingAt(a), index.endingAt(a), index.demonymEndingAt(a), index.nameStartingAt(a));
    for (let b = a + 1; b < 44; b += 5) out.push(index.overlapping(a, b), index.covers(a, b), index.covers(a, b, ['Person']), index.refFor(a, b, 'Place'));
  }
  return out;
}

describe('CandidateIndex.of', () => {
  it('extends the index of a growing candidate list and answers as a fresh index would', () => {
    const candidates: Mention[] = [m(0, 6), m(10, 20, { form: 'demonym' }), m(12, 18, { ref: { id: 'geonames:1', name: 'A', type: 'Place' } })];
    const first = CandidateIndex.of(candidates);
    expect(first.overlapping(14, 15)).toHaveLength(1);
    // Later recognizers add candidates, some before and some tied with earlier ones.
    candidates.push(m(12, 18, { type: 'Person', recognizer: 'person' }), m(2, 30, { type: 'MilitaryUnit' }), m(0, 6, { recognizer: 'late' }));
    const extended = CandidateIndex.of(candidates);
    expect(extended.covers(14, 15, ['MilitaryUnit'])).toBe(true);
    expect(extended.startingAt(0).map((x) => x.recognizer)).toEqual(['test', 'late']);
    expect(extended.endingAt(18).map((x) => x.type)).toEqual(['Place', 'Person']);
    expect(extended.demonymEndingAt(20)?.form).toBe('demonym');
    expect(extended.demonymStartingAt(10)?.form).toBe('demonym');
    expect(extended.demonymEndingAt(18)).toBeUndefined();
    expect(extended.nameStartingAt(2)?.type).toBe('MilitaryUnit');
    expect(answers(extended)).toEqual(answers(new CandidateIndex(candidates)));
  });

  it('builds a new index for another candidate list', () => {
    CandidateIndex.of([m(0, 6)]);
    const other = CandidateIndex.of([m(8, 9)]);
    expect(other.startingAt(0)).toEqual([]);
    expect(other.startingAt(8)).toHaveLength(1);
  });
});

describe('CandidateIndex.someNameWithSpan', () => {
  const isPlace = (x: Mention): boolean => x.type === 'Place';
  it('tests only the name candidates with exactly the span, as someOverlapping with a span test does', () => {
    const candidates: Mention[] = [m(0, 6), m(0, 9, { type: 'Person' }), m(10, 20, { form: 'demonym' }), m(12, 18), m(12, 18, { type: 'Person' })];
    const index = new CandidateIndex(candidates);
    expect(index.someNameWithSpan(0, 6, isPlace)).toBe(true);
    expect(index.someNameWithSpan(0, 9, isPlace)).toBe(false);
    expect(index.someNameWithSpan(0, 9, (x) => x.type === 'Person')).toBe(true);
    // A demonym is no name candidate.
    expect(index.someNameWithSpan(10, 20, () => true)).toBe(false);
    expect(index.someNameWithSpan(12, 18, (x) => x.type === 'Person')).toBe(true);
    expect(index.someNameWithSpan(12, 17, () => true)).toBe(false);
    for (let a = 0; a < 22; a++) {
      for (let b = a; b < 22; b++) {
        const spanTest = (x: Mention): boolean => x.start === a && x.end === b && isPlace(x);
        expect(index.someNameWithSpan(a, b, isPlace)).toBe(index.someOverlapping(a, b, spanTest));
      }
    }
  });
});
