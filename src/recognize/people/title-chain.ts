import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import type { PhraseMatch } from '../lexical/phrase-table.js';
import type { PersonLexicon, TitleEntry } from './lexicon.js';
import { isNameWord, nameEnd } from './name-shape.js';

/** A name found after a title chain, as word ranges. */
export interface TitledName {
  /** Title words [roleFirst, roleEnd), complements included ("Commander of the Black Sea Fleet Admiral"). */
  roleFirst: number;
  roleEnd: number;
  nameFirst: number;
  nameEnd: number;
}

/** What the title rules need to know about the words around them. */
export interface TitleContext {
  lex: PersonLexicon;
  text: string;
  words: readonly Word[];
  limit: number;
  /** Word index just past a non-person name candidate (unit, organization, place) starting at word k, or -1. */
  candidateEnd: (k: number) => number;
  /** Word k begins a demonym candidate: returns the word index past it, or -1. */
  demonymEnd: (k: number) => number;
  /** Word k (at `position` within a name) is claimed by a non-person candidate. */
  blocked: (k: number, position: number) => boolean;
  /** Longest name allowed (shorter in title-case sentences). */
  maxNameWords: number;
  /** Word k alone is a place candidate (a surname may be a town's name too: "… Dmytro Orlov"). */
  placeWordAt?: (k: number) => boolean;
  /**
   * Word k alone is a town's name and nothing but that place claims it: right after a capitalized title it
   * is the holder's surname ("President Bush", "Mr. Chirac", "Senator Clinton" are towns in the gazetteer).
   */
  townSurnameAt?: (k: number) => boolean;
}

const CONNECTORS = new Set(['of', 'the', 'and', "'s", 'for']);
/** Connectors after which capitalized words continue a name of a thing, not a person's. */
const OF_CONNECTORS = new Set(['of', 'the', 'and', 'for']);
/** A complement with no clear break this long ends with a two-word name ("… Chechnya Ramzan Kadyrov"). */
const MIN_UNBROKEN_RUN = 3;

function matchTitle(c: TitleContext, i: number): PhraseMatch<TitleEntry> | undefined {
  return c.lex.titles.match(c.words, i, c.limit, (t, first) => !t.capitalOnly || c.words[first]!.capitalized);
}

/**
 * A title chain starting at word `i` and the name after it: modifiers and titles ("Deputy Prime Minister",
 * "Colonel General"), complements with "of"/"for" ("Commander of the Eastern Military District Colonel
 * General …", "Spokesperson for the Russian MoD …") and an appositive name after a comma ("the defence
 * secretary, Ben Wallace").
 */
export function parseTitledName(c: TitleContext, i: number): TitledName | undefined {
  const { words, text, limit } = c;
  let j = i;
  let roleEnd = -1;
  while (j < limit) {
    if (j > i && !adjacent(text, words[j - 1]!, words[j]!)) break;
    const modifier = c.lex.modifiers.match(words, j, limit);
    const title = matchTitle(c, j);
    if (title && (!modifier || title.length >= modifier.length)) {
      j += title.length;
      roleEnd = j;
      continue;
    }
    if (modifier && matchTitle(c, j + modifier.length)) {
      j += modifier.length;
      continue;
    }
    if (roleEnd === j && (words[j]!.key === 'of' || words[j]!.key === 'for')) {
      const complement = parseComplement(c, j + 1);
      if (!complement) break;
      if (complement.nameFirst !== undefined) {
        return { roleFirst: i, roleEnd: complement.nameFirst, nameFirst: complement.nameFirst, nameEnd: complement.end };
      }
      j = roleEnd = complement.end;
      continue;
    }
    // An office serving another office: "Mayor's Advisor X", "Governor's spokesperson X" (the role is the whole).
    if (roleEnd === j && words[j]!.key === "'s" && j + 1 < limit && (matchTitle(c, j + 1) || (c.lex.modifiers.match(words, j + 1, limit) && matchTitle(c, j + 2)))) {
      j++;
      continue;
    }
    // Two callings joined: "former FSB officer and milblogger X", "parliamentarian and military expert X".
    const second = roleEnd === j && words[j]!.key === 'and' ? coordinatedTitle(c, j + 1) : -1;
    if (second > 0) {
      j = second;
      continue;
    }
    break;
  }
  if (roleEnd < 0) return undefined;
  // The town read as a name stands alone ("President Bush said") or starts a name that ends the capitalized run
  // ("President Hamid Karzai said"); a town before a run that goes on names a body ("Deputy Kherson Occupation
  // Administration Head …": the name read would end before "Administration").
  let direct = nameEnd(c.lex, text, words, roleEnd, limit, (k) => c.blocked(k, k - roleEnd), c.maxNameWords);
  if (direct === roleEnd && words[roleEnd - 1]!.capitalized && roleEnd < limit && c.townSurnameAt?.(roleEnd) === true) {
    const town = nameEnd(c.lex, text, words, roleEnd, limit, (k) => k !== roleEnd && c.blocked(k, k - roleEnd), c.maxNameWords);
    const after = town < limit ? words[town] : undefined;
    if (town === roleEnd + 1 || c.lex.firstNames.has(words[roleEnd]!.key) || !after || !after.capitalized) direct = town;
  }
  if (direct > roleEnd && adjacent(text, words[roleEnd - 1]!, words[roleEnd]!)) {
    // "Deputy Artillery Commander Lieutenant Colonel …": a capitalized word followed by another title
    // qualifies the title; the chain goes on.
    const more = direct < limit && adjacent(text, words[direct - 1]!, words[direct]!) ? parseTitledName(c, direct) : undefined;
    if (more && more.roleFirst === direct) return { ...more, roleFirst: i };
    return { roleFirst: i, roleEnd, nameFirst: roleEnd, nameEnd: direct };
  }
  // A short bracket closing the complement, then the name or a rank chain right after it: "Spokesperson for
  // the Y Directorate (YD) Vadym …", "Head of the Y Republic (YR) Colonel General …". A full name only (two
  // words or more), as after a comma.
  const bracketEnd = afterBracket(words, roleEnd, limit);
  if (bracketEnd > roleEnd && bracketEnd < limit && adjacent(text, words[bracketEnd - 1]!, words[bracketEnd]!)) {
    const more = parseTitledName(c, bracketEnd);
    if (more && more.roleFirst === bracketEnd) return { ...more, roleFirst: i };
    const end = nameEnd(c.lex, text, words, bracketEnd, limit, (k) => c.blocked(k, k - bracketEnd), c.maxNameWords);
    if (end - bracketEnd >= 2) return { roleFirst: i, roleEnd, nameFirst: bracketEnd, nameEnd: end };
  }
  // Appositive: "Estonia's prime minister, Kaja Kallas, said" — a full name set off by commas, maybe after
  // a short bracket ("… People's Republic (LNR), Vitaly …").
  const comma = bracketEnd;
  if (words[comma]?.text === ',') {
    const first = comma + 1;
    // A title of its own after the comma opens the next person's chain ("Khattab's deputy, Sheikh Abu Bakr …").
    if (first < limit && matchTitle(c, first)) return undefined;
    const end = first < limit ? nameEnd(c.lex, text, words, first, limit, (k) => c.blocked(k, k - first), c.maxNameWords) : first;
    const after = words[end]?.text;
    if (end - first >= 2 && (end >= limit || after === ',' || after === '.' || after === ';' || after === '(')) return { roleFirst: i, roleEnd, nameFirst: first, nameEnd: end };
  }
  return undefined;
}

/**
 * The complement after "of"/"for" in a title ("of the Chechen Republic", "for the Russian MoD"). It ends
 * at a title (the chain goes on: "… Fleet Admiral Osipov") or at the end of the capitalized run; the name
 * at its end is the part after the last word that cannot be a name (a head-word, an acronym, a candidate),
 * or, when the run has no such break, the part from a known given name on.
 */
function parseComplement(c: TitleContext, start: number): { end: number; nameFirst?: number } | undefined {
  const { words, text, limit, lex } = c;
  let k = start;
  if (words[k]?.key === 'the') k++;
  const runStart = k;
  let lastBreak = k;
  while (k < limit && adjacent(text, words[k - 1]!, words[k]!)) {
    const candidateEnd = c.candidateEnd(k);
    // After a name word, a one-word place that ends the run is a surname ("Mayor of Enerhodar Dmytro Orlov").
    if (candidateEnd === k + 1 && k > runStart && k - 1 >= lastBreak && isNameWord(lex, words[k - 1]!) && endsRun(c, k) && c.placeWordAt?.(k)) {
      k++;
      continue;
    }
    if (candidateEnd > k) {
      k = lastBreak = candidateEnd;
      continue;
    }
    const demonymEnd = c.demonymEnd(k);
    if (demonymEnd > k) {
      k = lastBreak = demonymEnd;
      continue;
    }
    const w = words[k]!;
    // A title inside the complement goes on with the chain only when a name follows it: in "… of the
    // Black Sea Fleet Admiral Osipov" it does, in "… of the General Staff" "General" is part of the name.
    const title = k > runStart && w.capitalized ? matchTitle(c, k) : undefined;
    if (title && k + title.length < limit && isNameWord(lex, words[k + title.length]!)) return { end: k };
    // "Governor of X Alexander Belov and Head of Y …": a full name opened by a known given name, before "and",
    // ends the complement; what follows "and" is another title's, not this one's.
    if (w.key === 'and' && k - lastBreak >= 2 && k > runStart && lex.firstNames.has(words[lastBreak]!.key)) return { end: k, nameFirst: lastBreak };
    if (CONNECTORS.has(w.key)) {
      k = lastBreak = k + 1;
      continue;
    }
    if (isNameWord(lex, w)) {
      k++;
      continue;
    }
    if (!w.punct && (w.capitalized || w.allCaps)) {
      k = lastBreak = k + 1;
      continue;
    }
    break;
  }
  if (k === runStart) return undefined;
  // A name needs more than a connector before it: in "… Ministry of Internal Affairs" the words after "of" complete a name.
  if (lastBreak > runStart) return lastBreak < k && !OF_CONNECTORS.has(words[lastBreak - 1]!.key) ? { end: k, nameFirst: lastBreak } : { end: k };
  for (let p = runStart + 1; p + 1 < k; p++) if (lex.firstNames.has(words[p]!.key)) return { end: k, nameFirst: p };
  return k - runStart >= MIN_UNBROKEN_RUN ? { end: k, nameFirst: k - 2 } : { end: k };
}

/** Lower-case words that may qualify the second of two joined titles ("and military expert"). */
const MAX_QUALIFIERS = 2;

/** Where a second title begins after "and" (maybe after a lower-case qualifier or two), or -1. */
function coordinatedTitle(c: TitleContext, k: number): number {
  for (let n = 0; n <= MAX_QUALIFIERS && k + n < c.limit; n++) {
    const w = c.words[k + n]!;
    if (n > 0 && !adjacent(c.text, c.words[k + n - 1]!, w)) return -1;
    if (matchTitle(c, k + n) || (c.lex.modifiers.match(c.words, k + n, c.limit) && matchTitle(c, k + n + 1))) return k + n;
    if (w.capitalized || w.punct || !/^[a-z]+$/.test(w.text)) return -1;
  }
  return -1;
}

/** Word k is the last of a capitalized run: what follows is not a capitalized word right after it. */
function endsRun(c: TitleContext, k: number): boolean {
  const next = c.words[k + 1];
  return k + 1 >= c.limit || !next || next.punct || !next.capitalized || !adjacent(c.text, c.words[k]!, next);
}

/** Words a bracket right after a title may hold before an appositive name ("(LNR)"). */
const MAX_BRACKET_WORDS = 4;

/** Index of the word after a short bracket starting at `k`, or `k` when there is none. */
function afterBracket(words: readonly Word[], k: number, limit: number): number {
  if (words[k]?.text !== '(' && words[k]?.text !== '[') return k;
  for (let j = k + 1; j < limit && j - k <= MAX_BRACKET_WORDS + 1; j++) if (words[j]!.text === ')' || words[j]!.text === ']') return j + 1;
  return k;
}
