/** A person's name (already normalized) as comparable parts, split at spaces and hyphens ("al-sharaa" → al, sharaa). */
export function nameParts(normalized: string): string[] {
  return normalized.split('-').filter((p) => p !== '');
}

/** "s" (from "S.") stands for "sergey"; otherwise parts must be equal. */
function partsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * True when the shorter name can be a shortening of the longer one: it ends the longer name, part by
 * part, with initials standing for given names ("Al-Sharaa" and "S. Pinchuk" shorten "Ahmad Al-Sharaa" and
 * "Sergey Pinchuk"; "Asma Al-Assad" does not shorten "Bashar Al-Assad"). The last part must be a real
 * name part, not an initial.
 */
export function shortens(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  const offset = long.length - short.length;
  if (short[short.length - 1]!.length < 2) return false;
  return short.every((p, i) => partsAgree(p, long[offset + i]!));
}
