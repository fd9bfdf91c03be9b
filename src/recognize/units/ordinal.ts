const NUMERIC = /^(\d{1,4})(st|nd|rd|th)$/i;

/**
 * Normalized ordinal ("51st") for a word that is one — digits with a suffix, or a spelled-out ordinal
 * from `spelled` (keys in lower case, value = its number) — else undefined.
 */
export function ordinalOf(text: string, spelled: ReadonlyMap<string, number>): string | undefined {
  const m = NUMERIC.exec(text);
  if (m) return m[1]! + m[2]!.toLowerCase();
  const n = spelled.get(text.toLowerCase());
  return n === undefined ? undefined : n + suffix(n);
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
