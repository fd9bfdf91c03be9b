/**
 * wink-nlp's sentence-boundary model maps every token to a "hint" before its automaton reads it (the model's
 * `sbd-transformers.js`): `transform(token, cache, rawTokens, i)`, where `token` is the uid of the token's normal
 * form, `rawTokens[4 * i]` its lexeme id and `rawTokens[4 * i + 1]` its preceding spaces. It asks the vocabulary
 * cache up to three questions per token (`sbdHint` of the normal and of the lexeme, `isAbbrev`, the normal's
 * length), and those answers never change for a uid once it exists. So the result is a function of the normal's
 * uid, the lexeme id and whether spaces precede the token (the only use of the spaces: an ambiguous quote is a
 * closing one after a space) — computed here once per lexeme id, for both cases, by the model's own function,
 * and then read from a typed array.
 *
 * Why: the hint function and the cache's property reads were ~11% of the tokenize stage's CPU profile (about
 * 80 ms per pass over the 294 ISW reports, more than the automaton's own loop); see docs/speed-history.md for
 * the measured change. Exact by construction: on a miss the model's function is called on the lexeme alone,
 * once without and once with a preceding space, and a memo slot is used only when the normal it was computed
 * for is the token's (a contraction's expansion has another normal than its lexeme's: recomputed).
 */

type Transform = (token: number, cache: unknown, rawTokens: ArrayLike<number>, i: number) => number;

/** Slots per lexeme id: the normal's uid it was computed for, the hint without preceding spaces, with them. */
const SLOT = 3;
/** wink-eng-lite-web-model's vocabulary has ~87,000 forms; new forms get ids after them. */
const INITIAL_IDS = 1 << 17;

export function memoizedSentenceHints(original: Transform): Transform {
  let slots = new Int32Array(INITIAL_IDS * SLOT).fill(-1);
  // The cache of the instance the function serves; another cache (never seen: one model load per instance)
  // would get the model's function unmemoized.
  let owner: unknown;
  // The two-number stand-in for a token's raw numbers that the model's function reads (lexeme id, spaces).
  const probe = [0, 0];
  return (token, cache, rawTokens, i) => {
    owner ??= cache;
    if (cache !== owner) return original(token, cache, rawTokens, i);
    const lexeme = rawTokens[i * 4]!;
    const spaced = (rawTokens[i * 4 + 1]! & 0xffff) !== 0;
    const at = lexeme * SLOT;
    if (at < slots.length && slots[at] === token) return slots[at + (spaced ? 2 : 1)]!;
    probe[0] = lexeme;
    probe[1] = 0;
    const bare = original(token, cache, probe, 0);
    probe[1] = 1;
    const afterSpace = original(token, cache, probe, 0);
    if (at >= slots.length) {
      const grown = new Int32Array(Math.max(at + SLOT, slots.length * 2)).fill(-1);
      grown.set(slots);
      slots = grown;
    }
    slots[at] = token;
    slots[at + 1] = bare;
    slots[at + 2] = afterSpace;
    return spaced ? afterSpace : bare;
  };
}
