import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import { ruleData } from '../lexical/rule-data.js';

/**
 * Korean and Taiwanese names as English news writes them: the family name first, then a given name of two
 * syllables joined by a hyphen, the second in lower case — "Ban Ki-moon", "Moon Jae-in", "Tsai Ing-wen". No
 * given-name list holds those given names, and the title-less name shapes need one, so "Ban Ki-moon met with
 * Kim Jong-un" found only the curated Kim. A listed family name (gazetteers/rules/family-names-east-asian.json)
 * before one such word is the name; a compound's second part ("Hong Kong-based") is none.
 */
interface EastAsianNames {
  names: string[];
  afterHyphen: { words: string[] };
}

/** A capital, lower-case letters, a hyphen, lower-case letters: one romanized two-syllable given name. */
const GIVEN = /^\p{Lu}\p{Ll}{1,5}[-‑]\p{Ll}{2,6}$/u;

export class EastAsianNameShape {
  /** The listed family names (keys), for the caller's per-word class test. */
  readonly families: ReadonlySet<string>;
  private readonly compoundEnds: ReadonlySet<string>;

  constructor() {
    const data = ruleData<EastAsianNames>('family-names-east-asian.json');
    this.families = new Set(data.names);
    this.compoundEnds = new Set(data.afterHyphen.words);
  }

  /** Whether words i and i + 1 are such a name (the caller checks that no other candidate claims them). */
  at(text: string, words: readonly Word[], i: number, limit: number): boolean {
    const family = words[i]!;
    const given = words[i + 1];
    if (given === undefined || i + 1 >= limit || !family.capitalized || family.allCaps || !this.families.has(family.key)) return false;
    if (!adjacent(text, family, given) || !GIVEN.test(given.text)) return false;
    return !this.compoundEnds.has(given.text.slice(given.text.search(/[-‑]/) + 1));
  }
}
