import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withTableAutomata } from '../../src/tokenize/automaton-tables.js';

const require = createRequire(import.meta.url);
type Factory = Parameters<typeof withTableAutomata>[0];
const automaton = require('wink-nlp/src/automaton.js') as Factory;

const LF = 99;
const OTHERWISE = 2070003;
const cache = { lookup: (text: string) => (text === '\n' ? [LF] : null) };

/**
 * A small machine in wink's model format [version, last state, fsm, terminal states, marked states, custom
 * properties]: "5 6" → AB (its first token marked off), "5" then anything → A (an `otherwise` state), "7 8" → a
 * pattern named '0' (dropped), "1080001 1080001" → HH (events past a byte table's usual range).
 */
const MODEL = JSON.stringify([
  100,
  8,
  {
    0: { 5: 1, 7: 3, 1080001: 6, [OTHERWISE]: 0 },
    1: { 6: 2, [OTHERWISE]: 4 },
    3: { 8: 5, [OTHERWISE]: 0 },
    6: { 1080001: 7, [OTHERWISE]: 0 },
  },
  { 2: 'AB', 4: 'A', 5: '0', 7: 'HH' },
  { 2: [1, 0] },
  {},
]);

function machines() {
  const wink = automaton(cache);
  const ours = withTableAutomata(automaton)(cache);
  wink.importJSON(MODEL);
  ours.importJSON(MODEL);
  return { wink, ours };
}

/** A deterministic stream of the machine's events, other tokens, line breaks and `otherwise` itself. */
function stream(seed: number, length: number): number[] {
  const alphabet = [5, 6, 7, 8, 9, 5, 6, LF, 1080001, 12345, OTHERWISE, 0];
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(alphabet[x % alphabet.length]!);
  }
  return out;
}

describe('automaton tables', () => {
  it('recognizes what wink-nlp’s automaton recognizes, with and without a token transform', () => {
    const { wink, ours } = machines();
    const transform = (t: number) => (t === 9 ? 5 : t);
    let found = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const tokens = stream(seed, seed % 40);
      const expected = wink.recognize(tokens);
      found += expected.length;
      expect(ours.recognize(tokens)).toEqual(expected);
      expect(ours.recognize(tokens, transform, null)).toEqual(wink.recognize(tokens, transform, null));
    }
    // The streams do hit the patterns (a comparison of empty results would prove nothing).
    expect(found).toBeGreaterThan(400);
  });

  it('gives the patterns by name, marks applied, the pattern named 0 dropped', () => {
    const { ours } = machines();
    expect(ours.recognize([9, 5, 6, 7, 8, 5, 12345, 1080001, 1080001])).toEqual([
      [2, 2, 'AB'],
      [5, 5, 'A'],
      [7, 8, 'HH'],
    ]);
  });

  it('leaves substitutions and learning to wink’s own loop', () => {
    const { wink, ours } = machines();
    const tokens = [5, 6, 5, 9, 7, 8];
    ours.setPatternSwap([[0, 1, 'AB']]);
    wink.setPatternSwap([[0, 1, 'AB']]);
    expect(ours.recognize(tokens)).toEqual(wink.recognize(tokens));
    ours.setPatternSwap(null);
    wink.setPatternSwap(null);
    expect(ours.recognize(tokens)).toEqual(wink.recognize(tokens));
  });

  it('runs its own loop on a plain call and wink’s only when it must', () => {
    // wink's loop made to throw: the table loop must not call it; substitutions and learning must.
    const ours = withTableAutomata((c, t) => {
      const machine = automaton(c, t);
      machine.recognize = () => {
        throw new Error('wink loop');
      };
      return machine;
    })(cache);
    ours.importJSON(MODEL);
    expect(ours.recognize([5, 6])).toEqual([[1, 1, 'AB']]);
    ours.setPatternSwap([[0, 1, 'AB']]);
    expect(() => ours.recognize([5, 6])).toThrow('wink loop');
    ours.setPatternSwap(null);
    expect(ours.recognize([5, 6])).toEqual([[1, 1, 'AB']]);
    ours.learn([{ name: 'X', pattern: [5, 9] }]);
    expect(() => ours.recognize([5, 6])).toThrow('wink loop');
  });
});
