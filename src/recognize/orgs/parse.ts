import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import type { PhraseTable } from '../lexical/phrase-table.js';
import { ARTICLE_JOINED } from '../../gazetteer/words.js';

/** An organization name found by head-word, as a word range. */
export interface ParsedOrganization {
  first: number;
  end: number;
  /** It has an "of …" complement ("Ministry of Defense"), so a nationality before it is not needed to name it. */
  complement: boolean;
}

export interface OrganizationContext {
  text: string;
  words: readonly Word[];
  limit: number;
  heads: PhraseTable<true>;
  functionWords: ReadonlySet<string>;
  /** Word k may not be part of an organization name (a demonym, a person, a unit, an ordinal …). */
  excluded: (k: number) => boolean;
  /** A demonym ends right before word k ("Belarusian" + "Air Force"). */
  demonymBefore?: (k: number) => boolean;
  /** Word k is a demonym. */
  demonymAt?: (k: number) => boolean;
  /** Word k may stand before a nationality without naming anything with it: a title's modifier ("Acting"). */
  modifierWord?: (k: number) => boolean;
  /** Some candidate (a place, a listed organization) names word k. */
  named?: (k: number) => boolean;
}

/**
 * Heads of a state's armed service, which a nationality alone names ("the Belarusian Air Force", "the
 * Moldovan Navy"): other heads alone are common nouns ("the Russian government"). The guidelines make an
 * armed service an organization with its demonym in the span.
 */
const SERVICE_HEADS: ReadonlySet<string> = new Set(['navy', 'air force', 'air forces']);

/** Capitalized words allowed before the head ("Main Military Intelligence Directorate"). */
const MAX_PREFIX = 5;
/** Words allowed in an "of …" complement ("of the Armed Forces of Ukraine"). */
const MAX_COMPLEMENT = 8;
const INNER = new Set(['of', 'the', 'and', 'for']);
/**
 * Qualifiers of an office that begin a title and never a body's name: in "Deputy X Administration Head Y" and "the
 * Deputy Police Chief" the capitalized run reaches back over them (branch res11: 3 statements on the 294 ISW reports
 * made the deputies leaders of a body named "Deputy …"). Not "Chief", "Executive" or "Presidential", which begin names.
 */
const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(['deputy', 'acting', 'former', 'interim', 'vice', 'outgoing', 'incoming', 'ousted', 'exiled', 'retired']);

/**
 * A capitalized compound whose last part is a lower-case participle or adjective says where the body is based or
 * who leads it, and is no word of its name: "the [Geneva]-based [World Health Organization]", "Kremlin-backed".
 */
const MODIFIER_COMPOUND = /-\p{Ll}+$/u;

/** A capitalized word, or one with the Arabic article joined to it ("Deir ez-Zor Military Council"). */
function nameWord(c: OrganizationContext, k: number): boolean {
  const w = c.words[k]!;
  return (w.capitalized || w.allCaps || ARTICLE_JOINED.test(w.text)) && !w.punct && !w.possessive && !c.functionWords.has(w.key) && !c.excluded(k) && !MODIFIER_COMPOUND.test(w.text);
}

function headAt(c: OrganizationContext, k: number): number {
  const m = c.heads.match(c.words, k, c.limit, (_, first, end) => {
    for (let x = first; x < end; x++) if (!c.words[x]!.capitalized) return false;
    return true;
  });
  return m ? m.length : 0;
}

/**
 * The organization whose capitalized run contains a head-word at `i`: the run reaches back over capitalized
 * words (never over a demonym, which stays outside), ends at the last head-word of the run, and takes an
 * "of …" complement after it. A head alone ("the Government") is a common noun and gives nothing.
 */
export function parseOrganization(c: OrganizationContext, i: number): ParsedOrganization | undefined {
  const { words, text, limit } = c;
  let headEnd = i + headAt(c, i);
  if (headEnd === i || c.excluded(i)) return undefined;
  // Extend over the rest of the capitalized run to its last head: "Intelligence Directorate".
  for (let k = headEnd; k < limit && adjacent(text, words[k - 1]!, words[k]!) && nameWord(c, k) && !armyGeneral(c, k); ) {
    const h = headAt(c, k);
    if (h > 0) k = headEnd = k + h;
    else k++;
  }
  let first = i;
  while (first > 0 && i - first < MAX_PREFIX && words[first - 1]!.sentence === words[i]!.sentence && adjacent(text, words[first - 1]!, words[first]!)) {
    if (nameWord(c, first - 1)) first--;
    else if (demonymInsideName(c, first - 1)) first -= 2;
    else break;
  }
  // "Deputy Kherson Occupation Administration Head X": the office's qualifier is the person's title, no word of the name.
  while (first < i && OFFICE_QUALIFIERS.has(words[first]!.key)) first++;
  first = pairedPrefix(c, first);
  let end = headEnd;
  let complement = false;
  // "of [the] Capitalized …": the complement ends at its last capitalized word.
  while (end < limit && (words[end]!.key === 'of' || words[end]!.key === 'for') && adjacent(text, words[end - 1]!, words[end]!)) {
    let k = end + 1;
    let last = -1;
    while (k < limit && k - end <= MAX_COMPLEMENT && adjacent(text, words[k - 1]!, words[k]!)) {
      if (nameWord(c, k)) last = k + 1;
      else if (peoplesClitic(c, k)) {
        // The clitic of "People's Republic" belongs to the name; the next word closes it.
      } else if (!INNER.has(words[k]!.key) || (words[k]!.key === 'and' && headAhead(c, k + 1))) break;
      k++;
    }
    if (last < 0) break;
    end = last;
    complement = true;
  }
  if (first === i && !complement && !serviceOfNation(c, i, headEnd)) return undefined;
  return { first, end, complement };
}

/** Words k, k+1 are the rank "Army General", which ends a name before it ("Chief of the General Staff Army General X"). */
function armyGeneral(c: OrganizationContext, k: number): boolean {
  return c.words[k]!.key === 'army' && c.words[k + 1]?.key === 'general' && c.words[k + 1]!.capitalized;
}

/**
 * A nationality word between a capitalized word and the rest of a name belongs to the name and names no country:
 * "the Free [Syrian] Army", "the New [Iraqi] Front". The word before must be mid-sentence (a sentence's first word is
 * capitalized anyway), name nothing itself and be no title's modifier ("Acting [Russian] Defense Minister").
 */
function demonymInsideName(c: OrganizationContext, k: number): boolean {
  const { words, text } = c;
  const before = k - 1;
  if (before < 1 || c.demonymAt?.(k) !== true || words[before]!.sentence !== words[k]!.sentence || words[before - 1]!.sentence !== words[before]!.sentence) return false;
  if (!adjacent(text, words[before]!, words[k]!) || !nameWord(c, before) || words[before]!.allCaps) return false;
  return c.named?.(before) === false && c.modifierWord?.(before) !== true;
}

/**
 * "Peace and Security Council", "Trade and Industry Ministry": one capitalized word and "and" before the
 * prefix that starts at `first`, when that word names nothing else (not "Ukraine and Security Council") and
 * does not itself continue a capitalized run (a list of names, "Oil, Gas and Energy …", is left alone).
 */
function pairedPrefix(c: OrganizationContext, first: number): number {
  const { words, text } = c;
  const and = first - 1;
  const word = first - 2;
  if (word < 0 || words[and]!.key !== 'and' || words[word]!.sentence !== words[first]!.sentence) return first;
  if (!adjacent(text, words[word]!, words[and]!) || !adjacent(text, words[and]!, words[first]!) || !nameWord(c, word) || words[word]!.allCaps) return first;
  if (c.named?.(word) !== false) return first;
  const before = word > 0 ? words[word - 1] : undefined;
  if (before && before.sentence === words[word]!.sentence && ((before.capitalized && !c.functionWords.has(before.key)) || before.text === ',')) return first;
  // "Ministry of Defense and Armed Forces …": after "of" or "for" the word ends a complement, a second name follows.
  if (before && (before.key === 'of' || before.key === 'for')) return first;
  return word;
}

/** Words i…headEnd-1 are an armed service's head right after a demonym ("Belarusian Air Force"). */
function serviceOfNation(c: OrganizationContext, i: number, headEnd: number): boolean {
  if (c.demonymBefore === undefined || !c.demonymBefore(i)) return false;
  const head = c.words.slice(i, headEnd).map((w) => w.key).join(' ');
  return SERVICE_HEADS.has(head);
}

/**
 * The "'s" of "People's Republic" (the self-proclaimed republics' names, straight or curly apostrophe):
 * inside the name, unlike a possessive after the complement ("Ministry of Defense's statement").
 */
function peoplesClitic(c: OrganizationContext, k: number): boolean {
  return c.words[k]!.possessive && k > 0 && c.words[k - 1]!.key === 'people' && k + 1 < c.limit && nameWord(c, k + 1);
}

/** "… of Moldova and the State Border Guard Service": a head-word after "and" starts a second organization. */
function headAhead(c: OrganizationContext, k: number): boolean {
  for (let x = k; x < c.limit && x - k < MAX_PREFIX + 1; x++) {
    const w = c.words[x]!;
    if (headAt(c, x) > 0) return true;
    if (!w.capitalized && w.key !== 'the') return false;
  }
  return false;
}
