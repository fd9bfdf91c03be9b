import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import type { PersonLexicon } from './lexicon.js';
import { surnameForms } from './name-shape.js';
import { mapPacked } from '../../model/packed-list.js';

/** A person found by the first pass, as a word range with its full name. */
export interface KnownPerson {
  first: number;
  end: number;
  /** Full name as written ("Ahmad Al-Sharaa"), or undefined for a bare surname after a title. */
  fullName?: string;
}

/**
 * Within one document, surnames of the full names found so far ("Al-Sharaa", "Sharaa") point back to
 * the full name; a surname shared by two different full names points to none, so resolution does not
 * merge two people blindly.
 */
export class SurnameTable {
  /** Surname word keys joined by a space → the full names it belongs to. */
  private readonly owners = new Map<string, Set<string>>();
  /** First key of each surname → lengths (in words) of surnames starting with it, longest first. */
  private readonly lengths = new Map<string, number[]>();

  constructor(lex: PersonLexicon, words: readonly Word[], people: readonly KnownPerson[]) {
    for (const p of people) {
      if (!p.fullName) continue;
      // A one-word name with a full name of its own is a surname read after a title ("Mr. Garang"): itself.
      const forms = p.end - p.first === 1 ? [[words[p.first]!.key]] : surnameForms(lex, words.slice(p.first, p.end));
      for (const form of forms) {
        const key = form.join(' ');
        let set = this.owners.get(key);
        if (!set) this.owners.set(key, (set = new Set()));
        set.add(p.fullName);
        const list = this.lengths.get(form[0]!) ?? [];
        if (!list.includes(form.length)) list.push(form.length);
        this.lengths.set(form[0]!, list.sort((a, b) => b - a));
      }
    }
  }

  get size(): number {
    return this.owners.size;
  }

  /** The surname starting at word `i` (longest first): its length in words and its owner, if unique. */
  match(words: readonly Word[], i: number, limit: number): { length: number; fullName?: string } | undefined {
    const lengths = this.lengths.get(words[i]!.key);
    if (!lengths) return undefined;
    for (const n of lengths) {
      if (i + n > limit) continue;
      const key = mapPacked(words.slice(i, i + n), (w) => w.key).join(' ');
      const owners = this.owners.get(key);
      if (!owners) continue;
      return owners.size === 1 ? { length: n, fullName: [...owners][0]! } : { length: n };
    }
    return undefined;
  }
}

/**
 * Second pass: every use of a known surname outside the people already found ("Al-Sharaa’s" → "Al-Sharaa").
 * A surname followed by another capitalized word is part of some other name ("Kadyrov Foundation") and
 * is skipped, as is any word `excluded` says belongs to something else. `opensInLowerCase(k)`: word k, in
 * lower case, may still open a surname: one of the lexicon's inner particles ("von", "al") or a word holding a
 * hyphen ("al-Assad"), answered from the word view's key classes.
 */
export function surnameUses(
  text: string,
  words: readonly Word[],
  sentenceStarts: readonly number[],
  surnames: SurnameTable,
  found: readonly KnownPerson[],
  excluded: (k: number) => boolean,
  opensInLowerCase: (k: number) => boolean,
): KnownPerson[] {
  const uses: KnownPerson[] = [];
  if (surnames.size === 0) return uses;
  const taken = found.slice().sort((a, b) => a.first - b.first);
  let next = 0;
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    const limit = sentenceStarts[s + 1]!;
    for (let i = sentenceStarts[s]!; i < limit; i++) {
      while (next < taken.length && taken[next]!.end <= i) next++;
      if (next < taken.length && taken[next]!.first <= i) {
        i = taken[next]!.end - 1;
        continue;
      }
      const w = words[i]!;
      // Surnames start with a capital, an article ("al-Assad") or a particle ("von der Leyen").
      if (!w.capitalized && !opensInLowerCase(i)) continue;
      const hit = surnames.match(words, i, limit);
      if (!hit || excluded(i)) continue;
      const after = words[i + hit.length];
      if (after && after.capitalized && adjacent(text, words[i + hit.length - 1]!, after)) continue;
      uses.push(hit.fullName ? { first: i, end: i + hit.length, fullName: hit.fullName } : { first: i, end: i + hit.length });
      i += hit.length - 1;
    }
  }
  return uses;
}
