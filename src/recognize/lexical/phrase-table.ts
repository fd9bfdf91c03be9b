import { foldKey } from '../../model/words.js';

/** Anything with a lookup key: a `Word`, or a bare `{ key }` for phrases not in the document. */
export interface Keyed {
  key: string;
}

/**
 * Longest-match lookup of multi-word phrases over words. Phrases are split the way the word view splits
 * text (spaces, and a possessive "'s" as its own word), so "Donetsk People's Republic" is four words.
 */
export interface PhraseMatch<T> {
  value: T;
  /** Number of words matched. */
  length: number;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export function phraseWords(phrase: string): string[] {
  return foldKey(phrase)
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter((w) => w !== '');
}

export class PhraseTable<T> {
  private readonly root: Node<T> = { next: new Map() };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const w of phraseWords(phrase)) {
      let next = node.next.get(w);
      if (!next) node.next.set(w, (next = { next: new Map() }));
      node = next;
    }
    node.value ??= value;
  }

  /** Some phrase starts with this word key: a cheap test before `match`. */
  starts(key: string): boolean {
    return this.root.next.has(key);
  }

  /** The first words of every phrase (the keys `starts` agrees to). */
  firstWords(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** Longest phrase starting at `words[i]` (not crossing `limit`) that `accept` agrees to. */
  match(words: readonly Keyed[], i: number, limit: number, accept?: (value: T, first: number, end: number) => boolean): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(words[j]!.key);
      if (node?.value !== undefined && (!accept || accept(node.value, i, j + 1))) best = { value: node.value, length: j + 1 - i };
    }
    return best;
  }
}
