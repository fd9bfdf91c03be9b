const NUMERIC = /^(\d{1,4})(st|nd|rd|th)$/i;

/**
 * Normalized ordinal ("51st") for a word that is one — digits with a suffix, or a spelled-out ordinal
 * from `spelled` (lower-case keys, value = its number) — else undefined. `key` is the word in lower case.
 */
export function ordinalOf(text: string, key: string, spelled: ReadonlyMap<string, number>): string | undefined {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const m = NUMERIC.exec(text);
    return m ? m[1]! + m[2]!.toLowerCase() : undefined;
  }
  const n = spelled.get(key);
  return n === undefined ? undefined : n + suffix(n);
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
