import { describe, expect, it } from 'vitest';
import { formatReviewStatsTable } from '../../src/report/format-review-stats.js';
import { reviewStats } from '../../src/report/review-stats.js';
import { parseVerdictFile, VerdictFileError, type Verdict, type VerdictFile } from '../../src/report/verdicts.js';

const v = (statement: string, verdict: 'correct' | 'wrong', predicate: string, rule: string): Verdict => ({ statement, verdict, predicate, rule });
const file = (verdicts: Verdict[], run = 'abc'): VerdictFile => ({ format: 'newsgraph-verdicts', version: 1, run, verdicts });

describe('reviewStats', () => {
  const stats = reviewStats([
    file([
      v('s1', 'correct', 'visited', 'visit-verb'),
      v('s2', 'correct', 'visited', 'visit-verb'),
      v('s3', 'wrong', 'visited', 'arrival-verb'),
      v('s4', 'wrong', 'metWith', 'met-with'),
      v('s5', 'correct', 'metWith', 'met-with'),
    ]),
  ]);

  it('gives precision overall, per predicate and per rule, worst first', () => {
    expect(stats.overall).toMatchObject({ reviewed: 5, correct: 3, wrong: 2, precision: 0.6 });
    expect(stats.byPredicate.map((r) => [r.name, r.reviewed, r.correct, r.wrong, r.precision])).toEqual([
      ['metWith', 2, 1, 1, 0.5],
      ['visited', 3, 2, 1, 2 / 3],
    ]);
    expect(stats.byRule.map((r) => [r.name, r.precision])).toEqual([
      ['arrival-verb', 0],
      ['met-with', 0.5],
      ['visit-verb', 1],
    ]);
  });

  it('gives a Wilson lower bound that is lower for fewer verdicts at the same precision', () => {
    const one = reviewStats([file([v('a', 'correct', 'p', 'r')])]).overall.low;
    const many = reviewStats([file(Array.from({ length: 50 }, (_, i) => v(`s${i}`, 'correct', 'p', 'r')))]).overall.low;
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(many);
    expect(many).toBeLessThan(1);
  });

  it('counts a statement judged in several files once, with the later verdict', () => {
    const s = reviewStats([file([v('s1', 'correct', 'visited', 'r')]), file([v('s1', 'wrong', 'visited', 'r'), v('s2', 'correct', 'visited', 'r')])]);
    expect(s.overall).toMatchObject({ reviewed: 2, correct: 1, wrong: 1 });
    expect(s.replaced).toBe(1);
  });

  it('formats aligned tables under a heading', () => {
    const text = formatReviewStatsTable(stats);
    expect(text.split('\n').slice(0, 2)).toEqual(['5 verdicts (3 correct, 2 wrong) from 1 file(s), run abc', 'precision 0.600']);
    expect(text).toContain('predicate  reviewed  correct  wrong  precision  95% low\nmetWith           2        1      1      0.500');
    expect(text).toMatch(/\nrule +reviewed.*\narrival-verb +1 +0 +1 +0\.000 +0\.000\n/);
  });
});

describe('parseVerdictFile', () => {
  const good = { format: 'newsgraph-verdicts', version: 1, run: 'r1', verdicts: [{ statement: 'https://w3id.org/newsgraph/stmt/x', verdict: 'wrong', predicate: 'visited', rule: 'visit-verb', subject: 'A' }] };

  it('reads an exported file', () => {
    expect(parseVerdictFile(JSON.stringify(good), 'v.json').verdicts).toEqual([{ statement: 'https://w3id.org/newsgraph/stmt/x', verdict: 'wrong', predicate: 'visited', rule: 'visit-verb', subject: 'A' }]);
  });

  it.each([
    ['not JSON', '{', /v\.json: not JSON/],
    ['another JSON file', '{"a":1}', /not a verdict file/],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), /unsupported version 2/],
    ['a bad verdict value', JSON.stringify({ ...good, verdicts: [{ ...good.verdicts[0], verdict: 'maybe' }] }), /verdicts\[0\]: "verdict" must be one of correct, wrong/],
    ['a verdict without rule', JSON.stringify({ ...good, verdicts: [{ ...good.verdicts[0], rule: '' }] }), /verdicts\[0\]: "rule" must be a non-empty string/],
  ])('refuses %s, saying why', (_what, text, message) => {
    expect(() => parseVerdictFile(text, 'v.json')).toThrow(VerdictFileError);
    expect(() => parseVerdictFile(text, 'v.json')).toThrow(message);
  });
});
