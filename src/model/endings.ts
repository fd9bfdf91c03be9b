/**
 * A test of whether a word ends with one of `endings` (case-sensitive): what `/(?:a|b|…)$/.test(word)` answers, by the
 * word's last character and `endsWith`. Such an expression is not anchored at its start, so the engine tries its
 * alternation from every character of the word. The speaker-name recognizer's surname endings over every word of five
 * letters or more of the 2 MB bench corpus (169,748): 4.6 ms as the expression, 3.8 ms here (best of 15; 19.0 against
 * 15.7 ms over the 294 ISW reports' 462,631; branch speed20).
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
