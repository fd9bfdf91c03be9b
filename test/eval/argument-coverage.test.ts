import { describe, expect, it } from 'vitest';
import { ArgumentCoverage } from '../../src/eval/argument-coverage.js';
import type { GoldMention } from '../../src/eval/gold.js';

const at = (start: number, end: number): GoldMention => ({ start, end, label: 'LOC', text: 'x'.repeat(end - start) });

describe('where relation recall is lost', () => {
  it('counts gold relations whose two arguments were found as mentions, and of those the ones found', () => {
    const c = new ArgumentCoverage();
    const gold = [
      { label: 'attacked', subject: at(0, 7), object: at(20, 26) }, // both arguments found, relation found
      { label: 'attacked', subject: at(0, 7), object: at(30, 36) }, // both found, relation missed
      { label: 'attacked', subject: at(0, 7), object: at(50, 55) }, // object never recognized
      { label: 'leaderOf', subject: at(60, 70), object: at(80, 90) }, // overlapping spans count
    ];
    const mentions = [{ start: 0, end: 7 }, { start: 20, end: 26 }, { start: 31, end: 36 }, { start: 62, end: 70 }, { start: 85, end: 95 }];
    c.add(gold, mentions, [true, false, false, true]);
    expect(c.toJSON()).toEqual({
      micro: { relations: 4, withArguments: 3, found: 2 },
      perLabel: { attacked: { relations: 3, withArguments: 2, found: 1 }, leaderOf: { relations: 1, withArguments: 1, found: 1 } },
    });
  });
});
