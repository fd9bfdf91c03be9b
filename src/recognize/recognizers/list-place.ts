import type { Mention } from '../../model/document.js';
import { MentionRecord } from '../../model/records.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import { BREAK_BEFORE, CAP, DIGIT, POSSESSIVE_TOKEN, SENTENCE_START, UPPER, docWords, type WordTokens } from '../../gazetteer/scan.js';
import type { RecognizerFactory } from '../recognizer.js';
import { NO_OWNER, isPlaceName, wordCover, type WordCover } from '../word-owners.js';
import { PRIORITY_CONTEXT_PLACE, hasToponymEnding } from './context-place.js';
import { STRONG_PLACE_CUES } from './place-cue-words.js';

/** As low as context-place: any name another recognizer proposed for the span wins. */
export const PRIORITY_LIST_PLACE = PRIORITY_CONTEXT_PLACE;

/**
 * Words right before a list that put it in a place context: prepositions of place and movement, and the
 * verbs whose object is a place. "with", "by" and "and" are not among them (people and units are met with
 * and led by).
 */
const LIST_CUES: ReadonlySet<string> = new Set([
  'near', 'in', 'on', 'at', 'of', 'from', 'to', 'toward', 'towards', 'around', 'outside', 'into', 'against', 'between',
  'via', 'through', 'across', 'within', 'beyond', 'past', 'captured', 'seized', 'shelled', 'struck', 'attacked',
  'liberated', 'recaptured', 'retook', 'occupied', 'entered', 'reached', 'assaulted', 'stormed', 'bombarded', 'encircled',
  // A list of examples after a place noun: "shelled settlements north of X, including A, B, and C".
  'including', 'notably', 'namely', 'particularly', 'especially',
  // The other verbs and participles of hitting a place: "targeted A, B, and C", "shelling A and B".
  'targeted', 'targeting', 'shelling', 'striking', 'attacking', 'hit',
]);

const MAX_CUE_LENGTH = Math.max(...[...LIST_CUES].map((c) => c.length));

/** Capitalized words after which a name is an administrative area's, which this recognizer does not type. */
const AREA_WORDS: ReadonlySet<string> = new Set(['oblast', 'oblasts', 'raion', 'raions', 'krai', 'region', 'regions', 'province', 'provinces', 'district', 'districts', 'republic', 'republics', 'okrug', 'hromada']);

const MAX_UNKNOWN_WORDS = 3;
const NAME_WORD_EXCLUDED = UPPER | DIGIT | POSSESSIVE_TOKEN;

const enum Kind {
  Place,
  Other,
  Unknown,
  /** Unknown, but some recognizer guessed a place for exactly this span below the threshold: counts for neither side. */
  Guessed,
  /** A person read from the shape of the name alone (no record, no title): counts for neither side, see `guessedPerson`. */
  ShapePerson,
}

interface Item {
  first: number;
  /** One past the item's last word. */
  end: number;
  kind: Kind;
  /** For a ShapePerson item, or a longer guess over a one-word place: the priority the place must beat. */
  over?: number;
}

/**
 * List consistency: in a coordinated list of names ("A, B, and C"; "A and B") standing in a place context
 * (a place preposition or a verb taking a place right before it) whose items are mostly places other
 * recognizers found, an item no recognizer named is a place too: a village GeoNames does not list, a name
 * that is also a person's name or an ordinary word. Typed Place without a record, with its own recognizer
 * name and a lower confidence, so an analyst can see why. A list of people or units has no place majority
 * and is left alone; a list must close with "and"/"or" ("Kreminna, Luhansk Oblast" is a place and its
 * region).
 */
export const listPlaceRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, 'list-place', ['confidence']);
  const confidence = optionNumber(options, 'confidence', 'list-place', 0.6, [0, 1]);
  const common = loadCommonWords().words;
  return {
    name: 'list-place',
    recognize(doc, candidates) {
      const words = docWords(doc);
      const text = doc.text;
      let cover: WordCover | undefined;
      const out: Mention[] = [];
      // Locals: the loop visits every word of the document.
      const { flags, start, end, folded, count } = words;
      for (let w = 1; w < count; w++) {
        // A list starts with a name right after a cue word, in the same clause (flags first: they are cheap).
        const f = flags[w]!;
        if ((f & (CAP | BREAK_BEFORE | NAME_WORD_EXCLUDED)) !== CAP || flags[w - 1]! & CAP) continue;
        const cueLength = end[w - 1]! - start[w - 1]!;
        if (cueLength < 2 || cueLength > MAX_CUE_LENGTH || !LIST_CUES.has(folded[w - 1]!)) continue;
        if (!closedListShape(text, words, w)) continue;
        cover ??= wordCover(doc, words, candidates);
        const items = readList(text, words, w, cover, candidates, common);
        if (items === undefined) continue;
        let places = 0;
        let unknown = 0;
        for (const it of items) {
          if (it.kind === Kind.Place) places++;
          else if (it.kind !== Kind.Guessed) unknown++;
        }
        if (!listOfPlaces(text, words, w, items, places, unknown)) continue;
        // A name-shape person inside a list of places ("in A, B, and Myrna Dolyna") is one more village: only
        // when every other item is a known place and there are two of them, as a person is rarely listed so.
        const allPlaces = places >= 2 && places + items.filter((it) => it.kind === Kind.ShapePerson).length === items.length;
        for (const it of items) {
          if (it.kind !== Kind.Unknown && it.kind !== Kind.Guessed && !(it.kind === Kind.ShapePerson && allPlaces)) continue;
          const from = start[it.first]!;
          const to = end[it.end - 1]!;
          const priority = it.over === undefined ? PRIORITY_LIST_PLACE : it.over + 1;
          const m = new MentionRecord(from, to, text.slice(from, to), 'Place', 'name', 'list-place', priority, confidence);
          m.placeKind = 'Place';
          out.push(m);
        }
        w = items[items.length - 1]!.end - 1;
      }
      return out;
    },
  };
};

/**
 * Whether the list read after the cue word before word `w` is a list of places: most of its names are known
 * places; or none is, and it gives examples of places ("settlements, including A and B") naming nothing else;
 * or some are, after a strong place cue (placeCueList) or as examples of places.
 */
function listOfPlaces(text: string, words: WordTokens, w: number, items: readonly Item[], places: number, unknown: number): boolean {
  if (placeMajority(places, unknown, items)) return true;
  if (places === 0) return examplesOfPlaces(words, w - 1) && onlyNewNames(items);
  return STRONG_PLACE_CUES.has(words.folded[w - 1]!) ? placeCueList(text, words, items) : examplesOfPlaces(words, w - 1);
}

/** Known places are at least as many as the names no recognizer typed. */
function placeMajority(places: number, unknown: number, items: readonly Item[]): boolean {
  return places > 0 && places >= unknown && items.length > 0;
}

/** Every item is a name no recognizer typed (or only guessed a place): no person, unit, organization or ordinary word. */
function onlyNewNames(items: readonly Item[]): boolean {
  return items.every((it) => it.kind === Kind.Unknown || it.kind === Kind.Guessed || it.kind === Kind.Place);
}

/**
 * Words that may follow the last item of a list of places in the same clause: punctuation aside, a
 * preposition, a conjunction or a plural place noun ("near A, B, and C on Monday", "… and C areas"). Any
 * other word may start a new clause whose subject the last item is ("near A, B and C said").
 */
const LIST_FOLLOWERS: ReadonlySet<string> = new Set([
  'on', 'in', 'near', 'and', 'or', 'as', 'since', 'during', 'after', 'before', 'with', 'while', 'but', 'over', 'from', 'within',
  'until', 'toward', 'towards', 'to', 'at', 'along', 'amid', 'despite', 'for', 'by', 'throughout', 'into', 'between',
  'area', 'areas', 'direction', 'directions', 'settlements', 'villages', 'respectively', 'which', 'where',
]);

/**
 * A list after a strong place cue ("near A, B, and C", "captured A, B and C") with at least one known place
 * and no name of another kind: the unknown names are villages no gazetteer lists. The majority rule would
 * drop them when most of a list is new (one known town and three villages). Guarded against a list that
 * closes a clause ("near A, B and C said": the next word must be punctuation, a preposition or a place noun).
 */
function placeCueList(text: string, words: WordTokens, items: readonly Item[]): boolean {
  if (!onlyNewNames(items)) return false;
  const after = items[items.length - 1]!.end;
  if (after >= words.count || words.flags[after]! & (BREAK_BEFORE | SENTENCE_START) || /[^\s]/.test(text.slice(words.end[after - 1]!, words.start[after]!))) return true;
  return LIST_FOLLOWERS.has(words.folded[after]!);
}

/** Plural nouns of inhabited places: a list of examples of them is a list of places. */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(['settlements', 'villages', 'towns', 'cities', 'localities', 'hamlets', 'communities', 'townships', 'areas']);
/** Cues that introduce examples or members of the noun before them. */
const EXAMPLE_CUES: ReadonlySet<string> = new Set(['including', 'notably', 'namely', 'particularly', 'especially', 'of']);
/** Words back from an example cue to its place noun ("settlements in X Oblast, including"). */
const MAX_NOUN_DISTANCE = 6;

/**
 * Whether the cue at word `cue` introduces examples of a plural place noun ("settlements …, including A, B
 * and C", "the villages of A, B and C"): the list's names are then places though most are in no gazetteer,
 * while a list after "including" with no such noun may hold people or units ("officials including …").
 * Runs only for a list whose known places are fewer than its unknown names.
 */
function examplesOfPlaces(words: WordTokens, cue: number): boolean {
  const key = words.folded[cue]!;
  if (!EXAMPLE_CUES.has(key)) return false;
  const reach = key === 'of' ? 2 : MAX_NOUN_DISTANCE;
  for (let k = cue - 1; k >= 0 && cue - k <= reach; k--) {
    if (PLACE_KIND_NOUNS.has(words.folded[k]!)) return true;
    if (words.flags[k + 1]! & SENTENCE_START) return false;
  }
  return false;
}

/** Longest run of capitalized words taken as one name in the shape check. */
const MAX_SHAPE_WORDS = 6;

/**
 * Whether capitalized runs from word w are joined by commas and close with "and"/"or" before another
 * capitalized run: the shape of a list, checked on the words alone before the candidates are looked at
 * ("in Kyiv on Monday" is none).
 */
function closedListShape(text: string, words: WordTokens, w: number): boolean {
  const flags = words.flags;
  let at = w;
  for (;;) {
    let end = at + 1;
    while (end < words.count && end - at < MAX_SHAPE_WORDS && (flags[end]! & (CAP | BREAK_BEFORE)) === CAP) end++;
    if (end >= words.count) return false;
    // "A (20km north of B), C, and D": the item's bracketed aside is passed whole.
    const aside = asideEnd(text, words, end);
    if (aside > 0) end = aside;
    const next = words.folded[end]!;
    if (next === 'and' || next === 'or') return end + 1 < words.count && (flags[end + 1]! & CAP) !== 0;
    if ((flags[end]! & (CAP | BREAK_BEFORE)) !== (CAP | BREAK_BEFORE) || !LIST_COMMA.test(text.slice(words.end[end - 1]!, words.start[end]!))) return false;
    at = end;
  }
}

/** The items of a list closed by "and"/"or" starting at word w, or undefined when there is none. */
function readList(text: string, words: WordTokens, w: number, cover: WordCover, candidates: readonly Mention[], common: ReadonlySet<string>): Item[] | undefined {
  const items: Item[] = [];
  let at = w;
  for (;;) {
    const item = readItem(text, words, at, cover, candidates, common);
    if (item === undefined) return undefined;
    items.push(item);
    let j = item.end;
    if (j >= words.count) return undefined;
    // "A (20km north of B), C, and D": the names inside the aside are no items of the list.
    const aside = asideEnd(text, words, j);
    if (aside > 0) j = aside;
    const gap = text.slice(words.end[j - 1]!, words.start[j]!);
    const conjunction = words.folded[j] === 'and' || words.folded[j] === 'or';
    if (conjunction && (gap === ' ' || LIST_COMMA.test(gap))) {
      const last = j + 1 < words.count ? readItem(text, words, j + 1, cover, candidates, common) : undefined;
      if (last === undefined) return undefined;
      items.push(last);
      return items;
    }
    if (!LIST_COMMA.test(gap) && !(gap === ' ' && item.kind === Kind.Place && placeStartsAt(text, words, j, cover, candidates))) return undefined;
    at = j;
  }
}

/** The text between two items of a list: a comma, maybe after the closing bracket of the first item's aside. */
const LIST_COMMA = /^\)?\s*,\s*$/;
/** Words an item's bracketed aside may hold: "(approximately 6km west of B)", "(in B, not C Oblast)". */
const MAX_ASIDE_WORDS = 10;

/**
 * The word after a bracketed aside that opens right before word `w` and closes right before a comma ("A (20km north of
 * B), C, and D"; branch rec11a, 1 of fresh11's missed attacks, the village after the aside in no gazetteer), or -1.
 * The aside's own words, a place among them, are no items of the list; an aside that runs on past a sentence's end or
 * opens another bracket is none, nor one of names only, which glosses the name before it ("A, B (Bee), and C": on the
 * 294 ISW reports the one such aside read made B a region of A).
 */
function asideEnd(text: string, words: WordTokens, w: number): number {
  if (w >= words.count || !/^\s*\($/.test(text.slice(words.end[w - 1]!, words.start[w]!))) return -1;
  let described = false;
  for (let k = w + 1; k < words.count && k <= w + MAX_ASIDE_WORDS; k++) {
    if (words.flags[k]! & SENTENCE_START) return -1;
    described ||= !(words.flags[k - 1]! & CAP);
    const gap = text.slice(words.end[k - 1]!, words.start[k]!);
    if (gap.includes(')')) return described && /^\s*\)\s*,\s*$/.test(gap) ? k : -1;
    if (/[(;.]/.test(gap)) return -1;
  }
  return -1;
}

/** One name at word w: a candidate's span, or a run of capitalized words no candidate covers. */
function readItem(text: string, words: WordTokens, w: number, cover: WordCover, candidates: readonly Mention[], common: ReadonlySet<string>): Item | undefined {
  const f = words.flags[w]!;
  const owner = cover.sureOwner;
  if (!(f & CAP) || f & (NAME_WORD_EXCLUDED | SENTENCE_START)) return undefined;
  const o = owner[w]!;
  let end = w + 1;
  let kind: Kind;
  const longer = longerGuess(cover, candidates, words, w);
  if (longer !== undefined) {
    while (end < words.count && words.end[end]! <= longer) end++;
    // The whole name must outrank the one-word place inside it.
    return { first: w, end, kind: Kind.Guessed, over: candidates[o]!.priority };
  } else if (o !== NO_OWNER) {
    const m = candidates[o]!;
    if (m.start !== words.start[w]!) return undefined;
    while (end < words.count && owner[end] === o) end++;
    kind = isPlaceName(m) ? Kind.Place : guessedPerson(m) ? Kind.ShapePerson : Kind.Other;
  } else {
    let allCommon = common.has(words.folded[w]!);
    while (end < words.count && end - w < MAX_UNKNOWN_WORDS && owner[end] === NO_OWNER && !(words.flags[end]! & BREAK_BEFORE) && words.flags[end]! & CAP && !(words.flags[end]! & NAME_WORD_EXCLUDED)) {
      allCommon &&= common.has(words.folded[end]!);
      end++;
    }
    // An ordinary word ("Heavy"), or an area's name, is no village of the list; a long word with a settlement's
    // ending is one though the web lexicon holds it ("Donetske", lexicons of web text hold many toponyms).
    if (allCommon && end - w === 1 && toponymShaped(words, w)) allCommon = false;
    kind = allCommon || AREA_WORDS.has(words.folded[end - 1]!) ? Kind.Other : Kind.Unknown;
  }
  // The name runs on into another capitalized word: not one item, unless two known places meet where a
  // comma was left out ("near A B, and C"): the next item starts there (see `missingComma`).
  if (end < words.count && !(words.flags[end]! & BREAK_BEFORE) && words.flags[end]! & CAP && !(kind === Kind.Place && placeStartsAt(text, words, end, cover, candidates))) return undefined;
  // A model designation ("Tor-M2") is no village.
  if (kind === Kind.Unknown && /\d/.test(text.slice(words.start[w]!, words.end[end - 1]!))) kind = Kind.Other;
  if (kind === Kind.Unknown && guessedPlace(cover, candidates, words, w, end)) kind = Kind.Guessed;
  return kind === Kind.ShapePerson ? { first: w, end, kind, over: candidates[o]!.priority } : { first: w, end, kind };
}

/** Shortest word taken for a settlement by its ending alone: "Donetske" yes, "Plane" or "Task" no. */
const MIN_TOPONYM_LENGTH = 7;

function toponymShaped(words: WordTokens, w: number): boolean {
  const key = words.folded[w]!;
  return key.length >= MIN_TOPONYM_LENGTH && hasToponymEnding(key);
}

/**
 * A person candidate of the person recognizer read from the name's shape alone ("Myrna Dolyna": a given name
 * and a capitalized word), with no record and no title before it: a village's name can look the same.
 */
function guessedPerson(m: Mention): boolean {
  return m.type === 'Person' && m.recognizer === 'person' && m.ref === undefined && m.role === undefined;
}

/**
 * The end of a place guessed below the threshold that starts at word w and runs past the sure candidate
 * there, when that one is a place of word w alone: "Mali X" (a qualifier before an unknown head, see
 * qualified-place) over the country Mali.
 */
function longerGuess(cover: WordCover, candidates: readonly Mention[], words: WordTokens, w: number): number | undefined {
  const g = cover.owner[w]!;
  const s = cover.sureOwner[w]!;
  if (g === NO_OWNER || s === NO_OWNER || g === s) return undefined;
  const guess = candidates[g]!;
  const sure = candidates[s]!;
  if (!isPlaceName(guess) || !isPlaceName(sure) || guess.start !== words.start[w]! || sure.start !== guess.start || sure.end >= guess.end || sure.end !== words.end[w]!) return undefined;
  return guess.end;
}

/** A known place's name starts at word w, right after another word with one space ("A B" of a list missing a comma). */
function placeStartsAt(text: string, words: WordTokens, w: number, cover: WordCover, candidates: readonly Mention[]): boolean {
  const o = cover.sureOwner[w]!;
  if (o === NO_OWNER || text.slice(words.end[w - 1]!, words.start[w]!) !== ' ') return false;
  const m = candidates[o]!;
  return m.start === words.start[w]! && isPlaceName(m);
}

/** A place candidate below the threshold covers exactly words first..end-1 ("Velyki Prokhody" with an unknown head). */
function guessedPlace(cover: WordCover, candidates: readonly Mention[], words: WordTokens, first: number, end: number): boolean {
  const o = cover.owner[first]!;
  if (o === NO_OWNER) return false;
  const m = candidates[o]!;
  return isPlaceName(m) && m.start === words.start[first]! && m.end === words.end[end - 1]!;
}
