import { describe, expect, it } from 'vitest';
import { OR_BEFORE, OR_WORD } from '../../src/relations/alternative-places.js';
import { SAYING_WORD, SPEAKS } from '../../src/relations/speaking-party.js';

/**
 * A pre-test is what every match of its expression holds: where the expression matches, the pre-test does too, so
 * testing it first changes no answer. Checked on made-up windows, and on many windows put together from words the
 * expressions read (seeded, so a failure repeats).
 */
const PAIRS: Array<{ name: string; pre: RegExp; full: RegExp; words: string[]; windows: string[] }> = [
  {
    name: 'alternative places before a name',
    pre: OR_WORD,
    full: OR_BEFORE,
    words: ['Ostrova', 'Belka', 'Dubno', 'or', 'the', 'and', ',', 'near', 'in', 'New', 'St.', "Ka'ra", 'for', 'orbit', 'Or'],
    windows: ['fighting near Ostrova or ', 'near Ostrova, Belka, or the ', 'in Dubno\u00a0or\u2003', 'near Ostrova and ', 'the Belka or the', 'Ostrova or\n'],
  },
  {
    name: 'a speaking country',
    pre: SAYING_WORD,
    full: SPEAKS,
    words: ['police', 'weather', 'forecasters', 'says', 'said', 'say', 'tells', 'told', 'reported', 'reports', 'it', 'its', 'forces', 'struck', 'that', 'a', 'raid', 'in', 'Ostrova', 'Monday', 'sayings', 'retold'],
    windows: [' police say a car bombing in Ostrova', ' says a raid by forces', ' weather forecasters said the storm', ' said Monday it had bombed Belka', ' reported\u00a0that', ' forces struck Dubno', 'says nothing'],
  },
];

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('regular expressions behind a pre-test', () => {
  for (const { name, pre, full, words, windows } of PAIRS) {
    it(`${name}: the pre-test holds wherever the expression matches`, () => {
      let matched = 0;
      const check = (w: string): void => {
        if (!full.test(w)) return;
        matched++;
        expect(pre.test(w), JSON.stringify(w)).toBe(true);
      };
      windows.forEach(check);
      const random = seeded(20);
      const spaces = [' ', ' ', ' ', ', ', '\u00a0', '  ', '\n'];
      for (let n = 0; n < 20_000; n++) {
        let w = random() < 0.5 ? ' ' : '';
        for (let k = 1 + Math.floor(random() * 6); k > 0; k--) w += words[Math.floor(random() * words.length)]! + spaces[Math.floor(random() * spaces.length)]!;
        check(random() < 0.5 ? w : w.trimEnd());
      }
      // The check saw matches: the made-up words do reach the expression.
      expect(matched).toBeGreaterThan(20);
    });
  }
});
