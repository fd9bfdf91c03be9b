import { titleModifiers, titlePhrases, type TitleClass } from './rules/titles.js';
import { wordKey } from './items.js';

/** The title tables compiled for lookups: which words may be part of a title, and a title's class. */
export interface TitleLexicon {
  /** Words a `$title` run may contain. */
  vocabulary: ReadonlySet<string>;
  /** Class of a title given as lower-cased words, or undefined when no phrase in it is a known office. */
  classify(words: readonly string[]): TitleClass | undefined;
  classifyText(text: string): TitleClass | undefined;
}

const WORD = /[\p{L}\p{N}']+/gu;

export function compileTitleLexicon(): TitleLexicon {
  // First word → phrases starting with it (as word lists), longest first.
  const byFirst = new Map<string, Array<{ words: string[]; cls: TitleClass }>>();
  const vocabulary = new Set<string>(titleModifiers.map(wordKey));
  vocabulary.add('-');
  for (const [cls, phrases] of Object.entries(titlePhrases) as Array<[TitleClass, readonly string[]]>) {
    for (const phrase of phrases) {
      const words = wordKey(phrase).match(WORD) ?? [];
      if (words.length === 0) continue;
      for (const w of words) vocabulary.add(w);
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, cls });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  const classify = (raw: readonly string[]): TitleClass | undefined => {
    const words = raw.filter((w) => w !== '-');
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const c of candidates) {
        if (c.words.every((w, k) => words[i + k] === w)) return c.cls;
      }
    }
    return undefined;
  };
  return {
    vocabulary,
    classify,
    classifyText: (text) => classify(wordKey(text).match(WORD) ?? []),
  };
}
