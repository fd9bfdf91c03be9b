import { countryLeaders, localOffices, privateCallings, servingHeads, titleModifiers, titlePhrases, type TitleClass } from './rules/titles.js';
import { wordKey } from './items.js';
import { memoByText } from '../model/text-memo.js';

/** The title tables compiled for lookups: which words may be part of a title, and a title's class. */
export interface TitleLexicon {
  /** Words a `$title` run may contain. */
  vocabulary: ReadonlySet<string>;
  /** Class of a title given as lower-cased words, or undefined when no phrase in it is a known office. */
  classify(words: readonly string[]): TitleClass | undefined;
  classifyText(text: string): TitleClass | undefined;
  /** The title holds an office a town or district has (titles.ts `localOffices`). */
  isLocalOffice(text: string): boolean;
  /** The title is a head of state's or government's (titles.ts `countryLeaders`), read as its first office. */
  leadsCountry(text: string): boolean;
  /** The title is a calling, not an office of a state (titles.ts `privateCallings`). */
  isPrivateCalling(text: string): boolean;
}

const WORD = /[\p{L}\p{N}']+/gu;
/** Words after which a title names what its holder heads or serves ("Head of …", "Advisor to …"). */
const COMPLEMENT_WORDS = new Set(['of', 'for', 'to', 'at']);
const TEXT_MEMO_LIMIT = 10_000;

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
      // The tokenizer keeps a hyphenated word whole ("co-chair" is one item): it is a phrase of one word too.
      if (phrase.includes('-') && !/\s/.test(phrase)) {
        const whole = wordKey(phrase);
        vocabulary.add(whole);
        byFirst.set(whole, [...(byFirst.get(whole) ?? []), { words: [whole], cls }]);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  const serving = servingHeads.map((phrase) => wordKey(phrase).match(WORD) ?? []);
  const phraseAt = (words: readonly string[], i: number, phrase: readonly string[]) => phrase.every((w, k) => words[i + k] === w);
  /** "Mayor Advisor": a serving office after the leader's title, in the same compound (before any "of"). */
  const servesLeader = (words: readonly string[], from: number): boolean => {
    for (let i = from; i < words.length && !COMPLEMENT_WORDS.has(words[i]!); i++) {
      if (serving.some((phrase) => phraseAt(words, i, phrase))) return true;
    }
    return false;
  };
  const classify = (raw: readonly string[]): TitleClass | undefined => {
    const words = raw.filter((w) => w !== '-');
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const c of candidates) {
        if (!phraseAt(words, i, c.words)) continue;
        return c.cls === 'leader' && servesLeader(words, i + c.words.length) ? 'member' : c.cls;
      }
    }
    return undefined;
  };
  // The same few titles ("President", "Foreign Minister") come back in every document: each question about a
  // text is answered once (memoByText). A warm pass over the 2 MB bench corpus asks the four 14,816 times about 22
  // texts: 3.5–3.8 ms when only classifyText remembered, 1.2 ms now (the pass's calls replayed, best of 15; over the
  // 294 ISW reports 8,384 calls, 287 texts, 1.7–1.9 → 0.6 ms; branch speed20).
  const classifyText = memoByText((text: string): TitleClass | undefined => classify(wordKey(text).match(WORD) ?? []), TEXT_MEMO_LIMIT);
  const local = new Set(localOffices.map(wordKey));
  const isLocalOffice = memoByText((text: string): boolean => (wordKey(text).match(WORD) ?? []).some((w) => local.has(w)), TEXT_MEMO_LIMIT);
  const leaders = countryLeaders.map((phrase) => wordKey(phrase).match(WORD) ?? []);
  /** The first leading phrase of the title is a country's: "President" yes, "Commander-in-Chief" no. */
  const leadsCountry = memoByText((text: string): boolean => {
    const words = (wordKey(text).match(WORD) ?? []).filter((w) => w !== '-');
    for (let i = 0; i < words.length; i++) {
      const phrase = byFirst.get(words[i]!)?.find((c) => c.cls === 'leader' && phraseAt(words, i, c.words));
      if (phrase) return leaders.some((l) => phraseAt(words, i, l));
    }
    return false;
  }, TEXT_MEMO_LIMIT);
  const callings = new Set(privateCallings.map(wordKey));
  /** Joined titles ("parliamentarian and military expert") are a calling only when each of them is one. */
  const isPrivateCalling = memoByText((text: string): boolean => {
    const parts = wordKey(text).split(/\band\b/);
    return parts.every((part) => (part.match(WORD) ?? []).some((w) => callings.has(w)));
  }, TEXT_MEMO_LIMIT);
  return { vocabulary, classify, classifyText, isLocalOffice, leadsCountry, isPrivateCalling };
}
