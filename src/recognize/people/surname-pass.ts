import type { Word } from '../lexical/words.js';
import type { PersonLexicon } from './lexicon.js';
import { surnameForms } from './name-shape.js';

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
      for (const form of surnameForms(lex, words.slice(p.first, p.end))) {
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
      const key = words.slice(i, i + n).map((w) => w.key).join(' ');
      const owners = this.owners.get(key);
      if (!owners) continue;
      return owners.size === 1 ? { length: n, fullName: [...owners][0]! } : { length: n };
    }
    return undefined;
  }
}
