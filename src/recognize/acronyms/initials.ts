import { mapPacked } from '../../model/packed-list.js';
/**
 * Whether an acronym's letters are the initials of a long form's words: "HTS" ← "Hay'at Tahrir Al-Sham",
 * "MoD" ← "Ministry of Defense", "CAA" ← "51st Combined Arms Army". Function words and article prefixes
 * may give their letter or be skipped; each part of a hyphenated word may give one; ordinals give none.
 */
export function initialsMatch(acronym: string, longWords: readonly string[], optional: ReadonlySet<string>): boolean {
  const letters = acronym.replace(/s$/, '').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  if (letters.length < 2) return false;
  const units = mapPacked(longWords.filter((w) => !/^\d+(st|nd|rd|th)$/i.test(w)), (w) => unitOf(w, optional));
  const memo = new Map<number, boolean>();
  const solve = (u: number, l: number): boolean => {
    if (u === units.length) return l === letters.length;
    const key = u * 64 + l;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const unit = units[u]!;
    let ok = false;
    if (unit.optional && solve(u + 1, l)) ok = true;
    // A word gives its initial, or — hyphenated — the initials of its parts (each part optional if it is
    // an article such as "Al-").
    for (const option of unit.options) {
      if (ok) break;
      if (letters.startsWith(option, l) && solve(u + 1, l + option.length)) ok = true;
    }
    memo.set(key, ok);
    return ok;
  };
  return solve(0, 0);
}

interface InitialUnit {
  optional: boolean;
  /** Letter sequences this word may give. */
  options: string[];
}

function unitOf(word: string, optional: ReadonlySet<string>): InitialUnit {
  const lower = word.toLowerCase();
  const parts = word.split(/[-‑]/).filter((p) => p !== '');
  const options = new Set<string>();
  const first = initial(word);
  if (first) options.add(first);
  if (parts.length > 1) {
    // Every combination of parts giving or skipping their letter, article parts being skippable.
    let combos = [''];
    for (const p of parts) {
      const i = initial(p);
      const next: string[] = [];
      for (const c of combos) {
        if (i) next.push(c + i);
        if (optional.has(p.toLowerCase())) next.push(c);
      }
      combos = next;
    }
    for (const c of combos) if (c) options.add(c);
  }
  return { optional: optional.has(lower), options: [...options] };
}

function initial(word: string): string | undefined {
  const m = /[\p{L}\p{N}]/u.exec(word);
  return m ? m[0].toUpperCase() : undefined;
}
