import { KEY_COMMON, KEY_PERSON, PAIR_ACRONYM, PAIR_ALIAS, PAIR_BARE, TIER } from './index.js';

/**
 * How sure a gazetteer match is, from what the text shows around it. Returns 0 to reject.
 *
 * Curated and user lists name things people chose to list: trusted as written. Countries too. Open data
 * (GeoNames towns, subdivisions) holds many names that are ordinary words or people's names ("Split",
 * "Police", "Mary") and many old or foreign spellings of small villages, so those need evidence: a
 * preposition before ("in Split"; "of" is weak: "Secretary of State", "Order of Kutuzov"), a designator
 * after ("Mary province"), the record's country already named in the document, or a large population.
 */
export interface MatchEvidence {
  tier: number;
  pairFlags: number;
  keyFlags: number;
  population: number;
  /** First word of a sentence, a headline word, after an opening quote: the capital says nothing. */
  weakCase: boolean;
  /** Written in capitals though the name is not an acronym ("EADS" for the town of Eads). */
  capitals: boolean;
  /** Followed by another capitalized word that is not part of the name ("Ars Technica", "Toyota Motor"). */
  beforeOtherName: boolean;
  /** Followed by another listed name ("Central Kherson Oblast"): an ordinary word there qualifies that name. */
  beforeListedName?: boolean;
  /** A place preposition other than "of" right before ("in", "near", "from"). */
  preposition: boolean;
  /** "of" right before. */
  of: boolean;
  designator: boolean;
  docCountry: boolean;
  /** The matched text is a short word (SHORT_ALIAS_LENGTH letters or fewer): "Sil", "Yama". */
  short?: boolean;
  /** Only the end of a longer name no list holds, or an alternate name opening one ("Zorava Mesa", "Voroshilovgrad Zuvar"). */
  partOfLongerName?: boolean;
  /**
   * Capitalized words joined by hyphens, held whole ("Askaniia-Nova"): a compound no other reading explains (two
   * villages of a hyphenated line are no held name), so an alternate spelling needs no preposition (branch known12).
   */
  hyphenCompound?: boolean;
}

/** Base confidence of an open-data place by population: bigger places are named more often. */
const POPULATION_STEPS: readonly [minimum: number, confidence: number][] = [
  [100_000, 0.85],
  [10_000, 0.75],
  [1_000, 0.65],
  [0, 0.55],
];

/** Longest matched text taken for a short alternate name (see `short`). */
export const SHORT_ALIAS_LENGTH = 4;

/** An alternate spelling of a place smaller than this needs the sentence to say it is a place. */
export const ALIAS_NEEDS_EVIDENCE_BELOW = 50_000;

const clamp = (x: number): number => Math.min(0.95, Math.max(0, Math.round(x * 100) / 100));

export function matchConfidence(e: MatchEvidence): number {
  if (e.tier >= TIER.curated) return e.pairFlags & (PAIR_ACRONYM | PAIR_ALIAS) ? 0.85 : 0.9;
  if (e.tier === TIER.country) return e.weakCase && e.keyFlags & (KEY_COMMON | KEY_PERSON) ? 0.7 : 0.95;
  // An open-data name joined to an unlisted name word is part of that longer name (unlisted-neighbour.ts).
  if (e.partOfLongerName && !e.designator) return 0;
  const said = e.preposition || e.designator;
  const support = Number(e.preposition || e.of) + Number(e.designator) + Number(e.docCountry);
  if (e.keyFlags & KEY_PERSON) {
    // A first name or surname is a place only when the sentence says so ("in Mary", "Mary province").
    return said ? clamp(0.55 + 0.1 * support) : 0;
  }
  if (e.keyFlags & KEY_COMMON) {
    if (e.weakCase) return e.designator ? 0.6 : 0;
    // "in Central Kherson Oblast", "Eastern Donetsk Oblast": an ordinary word right before another place's
    // name is an adjective qualifying it, not a place of its own.
    if (e.beforeListedName) return 0;
    const votes = Number(e.preposition) + Number(e.designator) + Number(e.docCountry && e.population >= 10_000) + Number(e.population >= 100_000);
    return votes === 0 ? 0 : clamp(0.45 + 0.1 * votes);
  }
  // Capitals in running text are an acronym; another name running on means this is part of it.
  if (e.capitals && e.population < 100_000) return 0;
  if (e.beforeOtherName && e.population > 0 && e.population < 100_000 && !said) return 0;
  if (e.population === 0) {
    // Subdivisions: named with their designator ("Donetsk Oblast"), or bare / by an official name alone
    // ("Chechnya", "Balkan"), which needs the sentence or the document to point at it.
    if (!(e.pairFlags & (PAIR_BARE | PAIR_ALIAS))) return 0.95;
    return support === 0 ? 0 : clamp(0.6 + 0.1 * support);
  }
  if (e.pairFlags & PAIR_ALIAS && e.population < ALIAS_NEEDS_EVIDENCE_BELOW && !said && !e.hyphenCompound && !(e.docCountry && e.population >= 10_000)) return 0;
  // A short alternate spelling of a small town in a country the document never names is a foreign
  // language's or an old name ("Sil" for a Hungarian village): a short capitalized word after "in" is far
  // more often a local village no list has, which the context recognizers type without a wrong record.
  if (e.pairFlags & PAIR_ALIAS && e.short && e.population < ALIAS_NEEDS_EVIDENCE_BELOW && !e.docCountry) return 0;
  let base = 0.55;
  for (const [minimum, confidence] of POPULATION_STEPS) {
    if (e.population >= minimum) {
      base = confidence;
      break;
    }
  }
  if (e.pairFlags & PAIR_ALIAS) base -= 0.05;
  if (support === 0 && (e.weakCase || e.population < 1_000)) base -= 0.1;
  return clamp(base + 0.07 * support);
}
