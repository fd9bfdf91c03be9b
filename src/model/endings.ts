/**
 * A test of whether a word ends with one of `endings` (case-sensitive): what `/(?:a|b|…)$/.test(word)` answers, by the
 * word's last character and `endsWith`. Such an expression is not anchored at its start, so the engine tries its
 * alternation from every character of the word. The speaker-name recognizer's surname endings, 42,780 tests a warm pass
 * over the 2 MB bench corpus: ~6.7 ms as the expression (each call timed in place, less the timer's own cost), the
 * few endings of one last letter compared here instead (branch speed20).
 */
export function endingTest(endings: readonly string[]): (word: string) => boolean {
  if (endings.includes('')) return () => true;
  const byLast = new Map<number, string[]>();
  for (const e of endings) {
    const last = e.charCodeAt(e.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), e]);
  }
  return (word) => {
    const list = byLast.get(word.charCodeAt(word.length - 1));
    if (list === undefined) return false;
    for (let k = 0; k < list.length; k++) if (word.endsWith(list[k]!)) return true;
    return false;
  };
}
