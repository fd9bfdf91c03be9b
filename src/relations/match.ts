import type { Doc, Mention } from '../model/document.js';
import { actorIsGoverned, actorOpensClause, inHyphenCompound } from './actor.js';
import { placeRank } from './arg-types.js';
import { settlementPair } from './list-missing-comma.js';
import { continuesName } from './named-gap.js';
import { glossCloses, glossed, glossNameBefore } from './bracket-gloss.js';
import { nameBeforeDescriptorAcronym, pastDescriptorAcronym } from './descriptor-acronym.js';
import type { SentenceItems } from './items.js';
import type { CompiledPattern, Element } from './pattern.js';
import type { TitleLexicon } from './title-lexicon.js';
import type { WordInfo } from './word-info.js';
import { inWordSet as holdsWord } from './word-set-bits.js';
import { holdsPlace } from './item-facts.js';

/** What one successful match binds: item indices of the subjects and objects, the title, and its extent. */
export interface Match {
  subjects: number[];
  objects: number[];
  /** Item range [first, last] of the title a `$title` element matched. */
  title?: [number, number];
  /** First and last item of the whole match. */
  first: number;
  last: number;
}

/** Hyphens join two places of a direction or a front line ("the directions of A-B and C-D"): each is a conjunct. */
const COORDINATORS = new Set([',', 'and', 'or', '&', '-', '\u2010', '\u2011', '\u2013']);
/** Prepositions that chain one place of an event to the next ("around X near Y"). */
const CHAIN_PREPOSITIONS = new Set(['near', 'around', 'in', 'at', 'toward', 'towards', 'outside', 'into', 'along']);
/** Nouns of the area around a place in a locative chain: "in the vicinity of X". */
// (And the kind of settlement: "near A in the villages of B and C"; branch iswatk6, 1 of fresh7-read's attacks.)
const AREA_NOUNS = new Set(['vicinity', 'outskirts', 'area', 'environs', 'direction', 'village', 'villages', 'settlement', 'settlements', 'town', 'towns']);
/** Nouns after a place that name the area around it: "the A area", "the A-B axis". */
/** A river's or a reservoir's name. */
const RIVER = / (?:River|Reservoir)$/;
const AREA_SUFFIXES = new Set(['area', 'areas', 'axis', 'axes', 'direction', 'directions', 'sector', 'district', 'front', 'frontline']);
/** How far a list of locative phrases is looked through for the "and" that closes it. */
const MAX_PHRASE_LIST = 24;
/** A distance opening a locative phrase: "14km", "14 km", "2.5 kilometers" (match.ts pastDistance). */
const DISTANCE = /^\d+(?:[.,]\d+)?(?:km|kilometers|kilometres|miles)?$/;
const DISTANCE_UNITS = new Set(['km', 'kilometers', 'kilometres', 'miles']);
const APPROXIMATELY = new Set(['about', 'approximately', 'roughly', 'some', 'nearly']);
/** The prepositions a bare distance's place frames: "14km south of B near C". */
const FRAMED = new Set(['near', 'around']);
/** Words that open examples of what went before: "southeast of X, namely around A and B". */
const EXAMPLE_MARKERS = new Set(['namely', 'specifically', 'particularly', 'notably', 'including', 'especially', 'mainly', 'primarily']);
/** Bearings that, with "of", place an event off a place: "and southwest of X". */
const BEARINGS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** A part of a place before a conjunct: "in A and northern B". */
const COMPASS_PARTS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** Nouns of a part of a place in a list's conjunct: "the northern part of B", "the eastern outskirts of C". */
// (And its areas: "struck A, B, and areas of C Oblast"; branch rec11a, 1 of fresh11's missed attacks.)
const PLACE_PART_NOUNS = new Set(['part', 'parts', 'outskirts', 'section', 'sections', 'edge', 'half', 'portion', 'districts', 'suburbs', 'area', 'areas']);
/** Participles that say who holds a place before its name: "occupied X", "Russian-controlled X". */
const HOLDING = new Set(['occupied', 'controlled', 'held', 'annexed']);
const HYPHEN_KEYS = new Set(['-', '\u2010', '\u2011']);
/** Head nouns of a conjunct that names no group: "and unspecified airborne troops". */
const UNNAMED_HEADS = new Set(['troops', 'units', 'elements', 'formations', 'forces', 'detachments', 'personnel', 'servicemen', 'fighters', 'groups', 'battalions', 'brigades', 'regiments', 'btgs']);
/** Words before that head: "other unspecified airborne". */
const MAX_UNNAMED = 4;
/**
 * Words that open a conjunct without naming it ("and other B units", "and elements of the B", "and unspecified
 * Airborne Forces"), and the possessive that names a subordinate of the conjunct before: "the 144th Division and its
 * 254th Regiment" are two conjuncts.
 */
const OTHER = new Set(['other', 'its', 'unspecified', 'unidentified', 'unknown', 'remaining', 'additional']);
const OF_WORD = new Set(['of']);
const THE = new Set(['the']);
/** Words of an apposition that gives a list one owner: "A and B, both of the 3rd Division". */
const SHARED_OWNER = new Set(['both', 'all', 'each']);
const AS = new Set(['as']);
const AND_OR = new Set(['and', 'or']);
/**
 * Nouns of a group's people after its name: "Wagner Group mercenaries", "11th Regiment troops"; and, since branch
 * unit18, lower-case echelon nouns, which a code or an abbreviation before them names without them ("the BARS-N
 * detachment", "other XMD detachments", "an XNR battalion": the unit recognizer leaves the echelon out of the span).
 */
const MEMBER_NOUNS = new Set([
  'troops', 'units', 'elements', 'forces', 'servicemen', 'personnel', 'fighters', 'mercenaries', 'soldiers', 'volunteers', 'subunits', 'detachments',
  'staff', 'members', 'infantry', 'detachment', 'battalion', 'battalions', 'regiment', 'regiments', 'company', 'companies', 'brigade', 'brigades',
]);
/** What goes on from one conjunct of a list to the next. */
const LIST_LINKS = new Set([',', 'and', 'or']);
/**
 * Nouns of a nationality's forces and the kinds that may stand before them: "Russian forces and Wagner Group
 * fighters", "Russian airborne troops and the 1st Army Corps" — the noun ends the nationality's conjunct.
 */
const NATION_FORCE_NOUNS = new Set(['forces', 'troops', 'units', 'servicemen', 'fighters', 'soldiers', 'personnel', 'militants', 'defenders']);
const NATION_FORCE_KINDS = new Set(['airborne', 'ground', 'regular', 'conventional', 'mechanized', 'motorized', 'naval', 'special', 'assault', 'infantry', 'proxy', 'reserve', 'military']);
const PART_NOUNS = new Set(['elements', 'units', 'parts', 'subunits', 'troops', 'forces', 'servicemen', 'personnel', 'reserves', 'reserve', 'remnants']);
/** Modifiers a part noun may carry in a conjunct's opener: "and naval infantry elements of the B". */
const MAX_PART_MODIFIERS = 2;
const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[' };
const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'its', 'it', 'their', 'they', 'them']);
/** Words that start another clause: a gap never runs over them. */
const GAP_STOPS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'which', 'who', 'whom', 'whose', 'when', 'where', 'if', 'unless']);
/** A word, a number, or the hyphen inside a compound ("sea-based", split by the tokenizer). */
const PLAIN = /^(?:[\p{L}\p{N}']|[-\u2010\u2011]$)/u;
/** Facts of a word key the matcher reads per item, computed once per word form (WordInfo.flags, word-info.ts). */
export const KEY_GAP_STOP = 1;
export const KEY_PLAIN = 2;
/** A comma or a bracket: what a gap over mentions also passes. */
export const KEY_LIST_PUNCT = 4;
export const KEY_COORDINATOR = 8;
/** A participle that says who holds the place after it (HOLDING: "occupied X"), read per sentence (pastOccupation). */
export const KEY_HOLDING = 16;

/**
 * The KEY_* flags of `key`. A gap tests every item it passes (skippable), which took a Set look-up and a
 * regular expression per item; the flags are read from the item's WordInfo by array index.
 */
export function keyFlags(key: string): number {
  return (
    (GAP_STOPS.has(key) ? KEY_GAP_STOP : 0) |
    (PLAIN.test(key) ? KEY_PLAIN : 0) |
    (key === ',' || key in OPENERS || key in CLOSERS || key in QUOTE_MARKS ? KEY_LIST_PUNCT : 0) |
    (COORDINATORS.has(key) ? KEY_COORDINATOR : 0) |
    (HOLDING.has(key) ? KEY_HOLDING : 0)
  );
}

/**
 * Quotation marks, which a gap over mentions passes as it passes commas and brackets: a quoted phrase ends no clause
 * ("forces had “partial success” in A and fought in B"; branch rec11a, 2 of fresh11's missed attacks).
 */
const QUOTE_MARKS: Readonly<Record<string, true>> = { '\u201c': true, '\u201d': true, '"': true };

/** Parentheticals longer than this are not skipped (they are asides, not unit hierarchies). */
const MAX_PARENTHETICAL = 16;
const MAX_TITLE_WORDS = 6;
const MAX_ASIDE = 16;
/**
 * A name the recognizers missed inside a list of places ("near A, Unknownivka, and B"): at most this many
 * capitalized words, which are passed over so that the list goes on to the names after them.
 */
const MAX_UNRECOGNIZED_NAME = 3;
/** Capitalized words that are no place: a date inside a list ("on May 5, and …"). */
// Keys are lower case; a capitalized "May" inside a sentence is keyed 'May' (items.ts).
const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'May', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Words that open a thing hit after "and" in a list of targets each with its place ("and the port area of B"). */
const TARGET_OPENERS = new Set(['a', 'an', 'the', 'another', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple']);
/** …and after a bare comma: an indefinite thing, so that "A, the city's outskirts, …" stays an aside. */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'another', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'multiple']);
/** Words of the thing hit ("ammunition depot", "command and observation post"). */
const MAX_TARGET_WORDS = 6;
/** Prepositions that place a thing hit. */
const TARGET_PREPOSITIONS = new Set(['in', 'near', 'at', 'around', 'outside', 'of']);
/** Words that end the thing hit before its preposition: other prepositions, distances and bearings ("A, 15km north of B" is an aside), clause openers. */
/** Nouns a demonstrative names the chain's last place by: "south of that city". */
const SAME_PLACE_NOUNS = new Set(['city', 'town', 'village', 'settlement']);
const NOT_IN_TARGET = new Set([...TARGET_PREPOSITIONS, ...CHAIN_PREPOSITIONS, 'on', 'along', 'from', 'to', 'within', 'km', 'kilometers', 'miles', ...BEARINGS, ...GAP_STOPS, 'that']);
/** Nouns of a settlement: "A, a village in B" describes A. */
const SETTLEMENT_NOUNS = new Set(['village', 'town', 'city', 'settlement', 'suburb', 'district', 'area', 'hamlet', 'locality']);
/** What may follow the place of a thing hit, the list going on or ending. */
const TARGET_PHRASE_ENDS = new Set([',', 'and', '.', ';', '(', 'on', 'during', 'with', 'using', 'along', '\u2014', '\u2013']);
/**
 * Marks around a modifier or a name a gap passes whole (markedModifierEnd): read rightwards, an opening mark and
 * those that may close it; read leftwards, a closing mark and those that may open it. Straight quotes are both.
 */
const MARK_CLOSES: Readonly<Record<string, readonly string[]>> = { '(': [')'], '\u201c': ['\u201d', '"'], '"': ['"', '\u201d'] };
const MARK_OPENS: Readonly<Record<string, readonly string[]>> = { ')': ['('], '\u201d': ['\u201c', '"'], '"': ['"', '\u201c'] };
const MAX_MARKED = 4;
/** An acronym glossing the words before it: capitals and digits, maybe a plural "s" ("GLOCs", "C2", "IDF"; acronymGlossEnd). */
const ACRONYM = /^[A-Z][A-Z0-9]+s?$/;
const OPENING_BRACKET: ReadonlySet<string> = new Set(['(']);
const CLOSING_BRACKET: ReadonlySet<string> = new Set([')']);
/** Words that open the noun phrase a bracketed modifier stands in: "a (failed) attack", "their (reported) assaults". */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'several', 'two', 'three', 'multiple', 'another', 'further']);
/** Attack nouns a manner aside may follow: "a drone strike (likely with …) on X" (mannerAsideEnd). */
const MANNER_NOUNS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'assault', 'assaults', 'raid', 'raids', 'shelling', 'bombardment', 'barrage']);
/** How a manner aside opens: a hedge on the weapon, or the weapon itself. */
const MANNER_OPENERS = new Set(['likely', 'possibly', 'potentially', 'probably', 'reportedly', 'presumably', 'allegedly', 'apparently', 'with', 'using']);
/** What follows a manner aside: the target's preposition. */
const MANNER_TARGET_PREPOSITIONS = new Set(['on', 'at', 'against', 'into', 'near', 'in']);
/** An aside never spans these: they end a clause or a sentence. */
const ASIDE_STOPS = new Set([';', ':', '.', '?', '!']);
/** Dashes that open and close an aside ("X—a village near Y—and Z"); an en dash only with spaces, else it joins two names (isAsideDash). */
const ASIDE_DASHES = new Set(['\u2014', '\u2013']);

const isPersonMention = (m: Mention): boolean => m.type === 'Person' && m.form !== 'demonym';

/** A mention that can say whose official a following person is: a country, its demonym, an organization. */
function isComplement(m: Mention): boolean {
  if (m.form === 'demonym' || m.type === 'Organization' || m.type === 'MilitaryUnit') return true;
  return m.type === 'Place' && (m.placeKind === 'Country' || m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region');
}

/**
 * The states (direction, element, item) that failed in the current match attempt, marked with the attempt's
 * number, so no clearing between attempts: one table for the whole thread, grown when a sentence needs more.
 * Measured over the 294 ISW reports: the relations stage's two gap-heavy patterns ("attacked … near O",
 * "operating … O") took 2.3 s of matchAt's 8.0 s, almost all of it re-running tails that had already failed.
 */
let failedStates = new Uint32Array(1 << 14);
let attemptStamp = 0;

function beginAttempt(states: number): void {
  if (failedStates.length < states) failedStates = new Uint32Array(Math.max(states, failedStates.length * 2));
  attemptStamp++;
  if (attemptStamp === 0xffffffff) {
    failedStates.fill(0);
    attemptStamp = 1;
  }
}

/** A copy of `list` with its first `n` entries moved to the end. */
function rotate(list: readonly number[], n: number): number[] {
  // Two loops into one list: two slices spread into a third took 1.5% of the relations stage's CPU
  // profile on the bench corpus (rotate's own time).
  const out: number[] = [];
  for (let j = n; j < list.length; j++) out.push(list[j]!);
  for (let j = 0; j < n && j < list.length; j++) out.push(list[j]!);
  return out;
}

/**
 * Backtracking matcher over one sentence's items. Matching starts at an anchor item, runs the pattern's
 * forward elements to the right and its backward elements to the left; the first complete match wins
 * (greedy elements try their longest extent first, gaps their shortest, so arguments bind nearest).
 */
export class ItemMatcher {
  private subjects: number[] = [];
  private objects: number[] = [];
  private title: [number, number] | undefined;
  private first = 0;
  private last = 0;
  /** Whether the sentence holds a word of HOLDING ("occupied"); looked up the first time a pre-test asks. */
  private holding: boolean | undefined;
  /** Elements in the longer direction of the current attempt's pattern: the stride of its failed states. */
  private depth = 0;

  constructor(
    private readonly doc: Doc,
    private readonly items: SentenceItems,
    private readonly titles: TitleLexicon,
    /** The items' WordInfos (word-info.ts), filled before the first match: read for their `flags`. */
    private readonly infos: ReadonlyArray<WordInfo | undefined>,
    /** The items' facts (WordInfos.factsOfItem, item-facts.ts), filled with `infos`. */
    private readonly facts: Int32Array,
  ) {}

  /**
   * Matches `pattern` at `anchor`. The caller tries it only at an item its anchor element takes (a word pattern
   * at an item keyed by one of its anchor words, a mention pattern at a mention) and only where the words and
   * mentions it needs stand on the right sides of the anchor (requirements.ts): the pre-tests here look at the
   * anchor's neighbours only.
   */
  matchAt(pattern: CompiledPattern, anchor: number): Match | undefined {
    // Pure pre-tests, cheapest first. Most anchors fail on a neighbour: test the elements right after and
    // right before it first.
    // A word anchor is the item's key (the stage tries a pattern at the items its anchor words key): only a
    // mention anchor is tested here.
    if ((pattern.forward[0]!.kind !== 'word' && !this.couldStart(pattern.forward[0], anchor)) || !this.couldStart(pattern.forward[1], anchor + 1) || !this.couldStart(pattern.backward[0], anchor - 1)) {
      return undefined;
    }
    if (!this.couldBegin(pattern.forward, 1, anchor + 1, 1) || !this.couldBegin(pattern.backward, 0, anchor - 1, -1)) return undefined;
    this.depth = Math.max(pattern.forward.length, pattern.backward.length);
    beginAttempt(2 * this.depth * (this.items.length + 2));
    // The binding lists are reused across attempts (most fail); a match gets its own copies.
    this.subjects.length = 0;
    this.objects.length = 0;
    this.title = undefined;
    // The backward elements first: they start at the item before the anchor whatever the forward elements match,
    // and matching never reads the bindings, so their one result serves every way of matching the forward ones.
    if (!this.seq(pattern.backward, 0, anchor - 1, -1)) return undefined;
    const backSubjects = this.subjects.length;
    const backObjects = this.objects.length;
    const backTitle = this.title;
    this.title = undefined;
    if (!this.seq(pattern.forward, 0, anchor, 1)) return undefined;
    // In the order of the items: the forward elements' bindings, then the backward ones'; a title read backwards
    // wins over one read forwards (the order matching forwards first gave).
    const match: Match = { subjects: rotate(this.subjects, backSubjects), objects: rotate(this.objects, backObjects), first: this.first, last: this.last };
    const title = backTitle ?? this.title;
    if (title) match.title = title;
    return match;
  }

  /** False only when `el` is a required plain word or mention that certainly does not match at `pos`. */
  private couldStart(el: Element | undefined, pos: number): boolean {
    if (!el || el.optional) return true;
    if (el.kind === 'word') return this.inWordSet(pos, el.set);
    if (el.kind === 'mention' && !el.coordinated) {
      // "occupied X": the place may stand one word on (a pre-test: saying "could" too often costs only time).
      const at = this.inRange(pos) && this.items.mention[pos]! < 0 ? this.pastOccupation(pos, el.accepts) : pos;
      return this.isMention(at) && el.accepts(this.doc.mentions[this.items.mention[at]!]!);
    }
    return true;
  }

  /**
   * False only when the elements from `k` on certainly cannot start matching at `pos`: a cheap look past
   * optional elements at the first one that must be there (a word, a title word or a mention). A match
   * attempt costs far more, and most anchors fail right next to the anchor.
   */
  private couldBegin(elements: Element[], k: number, pos: number, dir: 1 | -1): boolean {
    const el = elements[k];
    if (!el) return true;
    if (el.kind === 'word') {
      // A word takes one item, so the elements after it are looked at too: past it when it is there, at `pos`
      // when it may be left out. Stopping at the first optional word present ("… attack ?both ?the … ?and
      // … O:M+" at "attack and …") let 12k attempts in the 294 ISW reports run in full only to fail.
      const present = this.inWordSet(pos, el.set);
      return (present && this.couldBegin(elements, k + 1, pos + dir, dir)) || (el.optional && this.couldBegin(elements, k + 1, pos, dir));
    }
    let present: boolean;
    if (el.kind === 'title') present = this.inRange(pos) && this.items.mention[pos]! < 0 && this.infos[pos]!.titleWord;
    // A coordinated argument read leftwards may begin at a closing bracket ("… (36th Army) to …").
    // Read leftwards, the mention itself must be of an accepted type (mentionElement tests it at pos); read
    // rightwards it may be a complement whose head, further on, is the accepted one (headFor).
    // A coordinated argument read leftwards ends at a mention or at the closing bracket of its tail.
    else if (el.kind === 'mention' && dir < 0 && el.coordinated) present = this.isMention(pos) || (this.inRange(pos) && this.items.mention[pos]! < 0 && (this.items.keys[pos]! in CLOSERS || UNNAMED_HEADS.has(this.items.keys[pos]!)));
    else if (el.kind === 'mention' && !el.coordinated) present = dir > 0 ? this.isMention(this.pastOccupation(pos, el.accepts)) : this.isMention(pos) && el.accepts(this.doc.mentions[this.items.mention[pos]!]!);
    // A coordinated argument read rightwards begins at a mention, or at a name the recognizers missed that opens
    // its list (pastUnrecognizedConjuncts). Without this test, the event rules' "… attacked ?the … O:M+" made a
    // full attempt at every "attacked" of a sentence with a place anywhere after it: 41k failed attempts in the
    // 294 ISW reports, 45% of matchAt's time.
    else if (el.kind === 'mention' && dir > 0) present = this.isMention(this.pastOccupation(pos, el.accepts)) || this.isCapitalizedWord(this.pastOccupation(pos, el.accepts));
    // A tail that cannot extend from here (no bracket, "of" or mention) matches nothing: the next element starts at pos.
    else if (el.kind === 'tail') return this.mayExtendTail(pos) || this.couldBegin(elements, k + 1, pos, dir);
    else if (el.kind === 'aside') present = this.inRange(pos) && this.items.mention[pos]! < 0 && (this.items.keys[pos] === ',' || this.isAsideDash(pos));
    // A gap (not a list's: its commas follow their own rule): the next element must be able to begin somewhere
    // the gap can reach. Patterns anchored on every mention of a group or a polity and a gap before a title
    // ("Y Air Force Command Spokesperson X") otherwise made a full attempt at each such mention.
    else if (el.kind === 'gap' && !el.lists) return this.gapCouldEnd(el, elements, k, pos, dir);
    else return true;
    return present || (el.optional && this.couldBegin(elements, k + 1, pos, dir));
  }

  /** False only when no item the gap `el` (elements[k]) can reach from `pos` lets the elements after it begin. */
  private gapCouldEnd(el: Extract<Element, { kind: 'gap' }>, elements: Element[], k: number, pos: number, dir: 1 | -1): boolean {
    for (let n = 0, p = pos; n <= el.max; n++, p += dir) {
      if (this.couldBegin(elements, k + 1, p, dir)) return true;
      if (!this.gapSkips(el, p, n)) {
        const aside = this.mannerAsideEnd(el, p, dir);
        if (aside >= 0) {
          p = aside;
          continue;
        }
        const marked = this.markedModifierEnd(el, p, n, dir);
        if (marked < 0) return false;
        n += Math.abs(marked - p);
        p = marked;
      }
    }
    return false;
  }

  /**
   * A bracketed modifier or a quoted name inside a noun phrase, which a gap passes whole: "a (failed) attack on X",
   * "the (reported) assault near X", "struck the “Azot” plant in X". At `p` the mark that opens it (read in `dir`);
   * before it (in the text) a word that opens a noun phrase; inside, at most MAX_MARKED words the gap could pass and
   * no recognized name — in brackets lower-case words (a capitalized run there is an acronym or a name: "(BTGs)"), in
   * quotes capitalized ones, the name of a thing whose kind the lower-case word after it says ("the “Azot” fertilizer
   * plant"). Returns the item of the closing mark, or -1. Quoted lower-case phrases stay stops: they are mostly a
   * claim's own words ("a “high probability” of capturing X"), which a gap passing them read as events.
   */
  private markedModifierEnd(el: Extract<Element, { kind: 'gap' }>, p: number, n: number, dir: 1 | -1): number {
    if (el.named || !this.inRange(p) || this.items.mention[p]! >= 0) return -1;
    const key = this.items.keys[p]!;
    const close = (dir > 0 ? MARK_CLOSES : MARK_OPENS)[key];
    if (close === undefined) return -1;
    const quoted = !(key in OPENERS || key in CLOSERS);
    for (let q = p + dir, k = 0; k <= MAX_MARKED && this.inRange(q); q += dir, k++) {
      if (this.items.mention[q]! < 0 && close.includes(this.items.keys[q]!)) {
        const after = dir > 0 ? q + 1 : p + 1;
        const before = dir > 0 ? p - 1 : q - 1;
        return k > 0 && this.plainWord(after) && !this.isCapitalizedWord(after) && this.wordIn(before, NOUN_PHRASE_OPENERS) ? q : -1;
      }
      if (!this.gapSkips(el, q, n + k + 1) || this.items.mention[q]! >= 0 || this.isCapitalizedWord(q) !== quoted) return -1;
    }
    return -1;
  }

  /**
   * An aside on how an attack was made, between the attack noun and its target, which a gap passes whole as one word:
   * "launched a drone strike (likely with a kamikaze drone, though nobody can confirm this) on X", "a strike—
   * potentially with rockets—on X". Its hedge qualifies the weapon, not the strike: neither the modal nor the clause
   * word in it stops the gap (branch rec11a: 1 of fresh11's missed attacks; 3 such asides in the 294 ISW reports). At
   * `p` the mark that opens it (read in `dir`); before it (in the text) an attack noun, inside at most MAX_ASIDE items
   * opening with a hedge or "with", after it a preposition of the target. Returns the item of the closing mark, or -1.
   */
  private mannerAsideEnd(el: Extract<Element, { kind: 'gap' }>, p: number, dir: 1 | -1): number {
    if (el.named || !this.inRange(p) || this.items.mention[p]! >= 0) return -1;
    const key = this.items.keys[p]!;
    const dash = this.isAsideDash(p);
    if (!dash && key !== (dir > 0 ? '(' : ')')) return -1;
    const closing = dash ? key : dir > 0 ? ')' : '(';
    for (let q = p + dir, n = 0; this.inRange(q) && n < MAX_ASIDE; q += dir, n++) {
      if (this.items.mention[q]! >= 0) continue;
      const k = this.items.keys[q]!;
      if (k === closing) {
        const [open, close] = dir > 0 ? [p, q] : [q, p];
        const fits = close > open + 1 && this.wordIn(open - 1, MANNER_NOUNS) && this.wordIn(open + 1, MANNER_OPENERS) && this.wordIn(close + 1, MANNER_TARGET_PREPOSITIONS);
        return fits ? q : -1;
      }
      if (ASIDE_STOPS.has(k) || k in OPENERS || k in CLOSERS) return -1;
    }
    return -1;
  }

  /**
   * An acronym in brackets right after the lower-case words it abbreviates, which a gap passes whole as it passes those
   * words: "struck enemy ground lines of communication (GLOCs) and rear positions in X", "targeted command-and-control (C2)
   * elements in X" (branch iswatk4: on the 294 ISW reports, 8 sentences "target(ed) … GLOCs (…) … in X" read no attack,
   * the bracket stopping the gap). At `p` the bracket that opens it (read in `dir`); inside one unrecognized word of
   * capitals, maybe a plural "s" ("GLOCs", "IDF", "C2"); before the gloss (in the text) a plain lower-case word. A
   * recognized name in brackets (a unit's or an organization's acronym) is never passed. Returns the item of the closing
   * bracket, or -1.
   */
  private acronymGlossEnd(el: Extract<Element, { kind: 'gap' }>, p: number, dir: 1 | -1): number {
    if (el.named || !this.inRange(p) || this.items.mention[p]! >= 0 || this.items.keys[p] !== (dir > 0 ? '(' : ')')) return -1;
    const inner = p + dir;
    const close = p + 2 * dir;
    if (!this.wordIn(close, dir > 0 ? CLOSING_BRACKET : OPENING_BRACKET) || !this.isCapitalizedWord(inner)) return -1;
    if (!ACRONYM.test(this.doc.text.slice(this.items.start[inner]!, this.items.end[inner]!))) return -1;
    const before = dir > 0 ? p - 1 : close - 1;
    return this.plainWord(before) && !this.isCapitalizedWord(before) ? close : -1;
  }

  /** The gap `el` may pass over item `p`, its `n`th. */
  private gapSkips(el: Extract<Element, { kind: 'gap' }>, p: number, n: number): boolean {
    if (!this.skippable(p, el.mentions) || (el.stops !== undefined && this.isStop(el, p))) return false;
    return !el.named || continuesName(this.doc, this.items, p, n === 0);
  }

  private mayExtendTail(pos: number): boolean {
    if (!this.inRange(pos) || this.items.mention[pos]! >= 0) return this.inRange(pos);
    const key = this.items.keys[pos]!;
    return key in OPENERS || key in CLOSERS || key === 'of' || MEMBER_NOUNS.has(key);
  }

  /** Item `p` (in range) is one of the gap's stop words: a word item by its WordInfo's bits, a mention item by its key ''. */
  private isStop(el: Extract<Element, { kind: 'gap' }>, p: number): boolean {
    return this.items.mention[p]! < 0 ? holdsWord(this.infos[p]!.wordSets, el.stopSet) : el.stops!.has(this.items.keys[p]!);
  }

  /** Item `pos` is a word of the patterns' word set number `set` (a word element's: word-set-bits.ts). */
  private inWordSet(pos: number, set: number): boolean {
    return this.inRange(pos) && this.items.mention[pos]! < 0 && holdsWord(this.infos[pos]!.wordSets, set);
  }

  private inRange(pos: number): boolean {
    return pos >= 0 && pos < this.items.length;
  }

  private isMention(pos: number): boolean {
    return this.inRange(pos) && this.items.mention[pos]! >= 0;
  }

  /**
   * Matches elements[k…] from item `pos` on; past the last element, notes where the match ends in `dir` (its
   * first item read leftwards, its last read rightwards). Whether that can succeed depends only on (dir, k, pos)
   * within one attempt: the bindings are only written, never read, while matching, and what follows the last
   * element is the same each time. So a state that failed once is not tried again — without this, nested
   * gaps ("attacked *N … near O") re-ran every tail from every split (see FAILED_STATES).
   *
   * The element after elements[k] is reached by calling seq(elements, k + 1, …) itself, not through a closure
   * made per element tried: those closures (and one per attempt for the match's end) were the relation stage's
   * largest allocation, ~55 of the ~450 MB a pass over the 2 MB bench corpus allocated (sampling heap profile).
   * Measured: the pipeline's instructions past start-up 11.448 → 11.346 G (−0.9%; cachegrind, `--predictable`, 150
   * bench documents twice), results identical.
   */
  private seq(elements: Element[], k: number, pos: number, dir: 1 | -1): boolean {
    if (k === elements.length) {
      if (dir > 0) this.last = pos - 1;
      else this.first = pos + 1;
      return true;
    }
    const slot = pos >= -1 && pos <= this.items.length ? ((dir > 0 ? 0 : this.depth) + k) * (this.items.length + 2) + pos + 1 : -1;
    if (slot >= 0 && failedStates[slot] === attemptStamp) return false;
    if (this.seqFrom(elements, k, pos, dir)) return true;
    if (slot >= 0) failedStates[slot] = attemptStamp;
    return false;
  }

  private seqFrom(elements: Element[], k: number, pos: number, dir: 1 | -1): boolean {
    const el = elements[k]!;
    if (el.kind === 'word') {
      // The commonest element, tested here.
      const hit = this.inWordSet(pos, el.set);
      if (hit && this.seq(elements, k + 1, pos + dir, dir)) return true;
      return el.optional && this.seq(elements, k + 1, pos, dir);
    }
    if (this.element(el, pos, dir, elements, k)) return true;
    return el.optional && this.seq(elements, k + 1, pos, dir);
  }

  /** Matches `el` (elements[k]) at `pos`, then the elements after it (seq). */
  private element(el: Element, pos: number, dir: 1 | -1, elements: Element[], k: number): boolean {
    const items = this.items;
    switch (el.kind) {
      case 'word':
        return this.inWordSet(pos, el.set) && this.seq(elements, k + 1, pos + dir, dir);
      case 'mention':
        return this.mentionElement(el, pos, dir, elements, k);
      case 'pronoun': {
        if (!this.inRange(pos) || items.mention[pos]! >= 0 || !PRONOUNS.has(items.keys[pos]!)) return false;
        for (let p = pos - 1; p >= 0; p--) {
          const m = items.mention[p]!;
          if (m >= 0 && el.accepts(this.doc.mentions[m]!)) return this.bound(el.bind, [p], elements, k, dir, pos + dir);
        }
        return false;
      }
      case 'title':
        return this.titleElement(pos, dir, el.capture, elements, k);
      case 'aside': {
        const close = this.asideEnd(pos, dir);
        return close >= 0 && this.seq(elements, k + 1, close + dir, dir);
      }
      case 'clause':
        // Zero width: a clause opens between this item and the one just read (read leftwards) or to be read.
        return actorOpensClause(items, dir < 0 ? pos + 1 : pos) && this.seq(elements, k + 1, pos, dir);
      case 'actor':
        // Zero width: the mention next to here is not governed by the word before it (actor.ts).
        return !actorIsGoverned(this.doc, items, dir < 0 ? pos + 1 : pos) && this.seq(elements, k + 1, pos, dir);
      case 'tail': {
        const stops = this.tailStops(pos, dir);
        for (let i = stops.length - 1; i >= 0; i--) if (this.seq(elements, k + 1, stops[i]!, dir)) return true;
        return false;
      }
      case 'gap': {
        // A list gap (`*N,`) also skips the commas of a list of words ("air, missile, and artillery"): read
        // rightwards it ends only where an "and"/"or" closed each comma skipped; read leftwards a comma is
        // skipped only after the "and"/"or" that closes it.
        let open = false;
        let closed = false;
        for (let n = 0, p = pos; n <= el.max; n++, p += dir) {
          if (!open && this.seq(elements, k + 1, p, dir)) return true;
          if (el.lists && this.inRange(p) && items.mention[p]! < 0 && items.keys[p] === ',') {
            if (dir > 0) open = true;
            else if (!closed) return false;
            continue;
          }
          if (!this.gapSkips(el, p, n)) {
            // An aside of the attack's manner counts as no word of the gap (mannerAsideEnd).
            const aside = this.mannerAsideEnd(el, p, dir);
            if (aside >= 0) {
              p = aside;
              continue;
            }
            // Only where the gap would stop: "a (failed) attack" (markedModifierEnd).
            const marked = Math.max(this.markedModifierEnd(el, p, n, dir), this.acronymGlossEnd(el, p, dir));
            if (marked < 0) return false;
            n += Math.abs(marked - p);
            p = marked;
            continue;
          }
          if (el.lists && (items.keys[p] === 'and' || items.keys[p] === 'or')) {
            if (dir > 0) open = false;
            else closed = true;
          }
        }
        return false;
      }
    }
  }

  private skippable(pos: number, mentions: boolean): boolean {
    if (!this.inRange(pos)) return false;
    if (this.items.mention[pos]! >= 0) return mentions;
    const flags = this.infos[pos]!.flags;
    if ((flags & KEY_GAP_STOP) !== 0) return false;
    return (flags & KEY_PLAIN) !== 0 || (mentions && (flags & KEY_LIST_PUNCT) !== 0);
  }

  private mentionElement(el: Extract<Element, { kind: 'mention' }>, pos: number, dir: 1 | -1, elements: Element[], k: number): boolean {
    const items = this.items;
    // A coordinated argument read right to left may close with a parenthetical: "… Brigade (36th Army) to …".
    // "… the 12th Army Corps, and unspecified airborne troops are …": a list may end in a conjunct with no name.
    if (el.coordinated && dir < 0) pos = this.pastUnnamedConjunct(pos, -1);
    if (el.coordinated && dir < 0 && this.inRange(pos) && items.keys[pos]! in CLOSERS) pos = this.longestTail(pos, -1);
    if (dir > 0) pos = this.headFor(this.pastOccupation(pos, el.accepts), el.accepts);
    if (el.coordinated && dir > 0 && !this.isMention(pos)) pos = this.pastUnrecognizedConjuncts(pos);
    if (!this.isMention(pos) || !el.accepts(this.doc.mentions[items.mention[pos]!]!)) return false;
    let at = pos;
    if (el.possessiveHead && dir > 0) {
      while (items.keys[at + 1] === "'s" && this.isMention(at + 2) && el.accepts(this.doc.mentions[items.mention[at + 2]!]!)) at += 2;
    }
    const bound = [at];
    let end = el.coordinated ? this.coordinate(at, dir, el.accepts, bound) : at;
    if (el.chained && dir > 0) end = this.chain(end, el.accepts, bound);
    if (dir < 0) end = this.complementStart(end);
    if (!el.bind) return this.seq(elements, k + 1, end + dir, dir);
    return this.bound(el.bind, bound, elements, k, dir, end + dir);
  }

  /**
   * A place read rightwards may be qualified by who holds it: "the head of occupied X", "in Russian-occupied
   * X". Returns the place's item when `accepts` takes it, else `pos` unchanged.
   */
  private pastOccupation(pos: number, accepts: (m: Mention) => boolean): number {
    // Called in the matcher's pre-tests: most sentences hold no such word, and one look per sentence settles it.
    if (!(this.holding ??= this.holdingWord())) return pos;
    const items = this.items;
    let p = pos;
    // "Russian-occupied": the nationality, a hyphen, the participle.
    if (this.isMention(p) && this.doc.mentions[items.mention[p]!]!.form === 'demonym' && HYPHEN_KEYS.has(items.keys[p + 1]!)) p += 2;
    if (!this.inRange(p) || items.mention[p]! >= 0 || !HOLDING.has(items.keys[p]!)) return pos;
    const place = p + 1;
    if (!this.isMention(place)) return pos;
    const m = this.doc.mentions[items.mention[place]!]!;
    return m.type === 'Place' && m.form !== 'demonym' && accepts(m) ? place : pos;
  }

  /**
   * Some item is a word of HOLDING, by the items' facts: a Set look-up by each item's key string (`keys.some`), once
   * per sentence a pre-test reaches, was 1.9% of the relations stage's CPU profile (over the 294 ISW reports, 25f0bbd).
   */
  private holdingWord(): boolean {
    for (let i = 0; i < this.items.length; i++) if (holdsPlace(this.facts[i]!)) return true;
    return false;
  }

  /**
   * The person a title complement belongs to: in "NATO Secretary General X", "Ukraine's X" or "Ukrainian
   * X" the organization or country only says whose official X is, and the phrase names X. Returns the
   * person's item when `accepts` takes the person, else `pos` unchanged.
   */
  private headFor(pos: number, accepts: (m: Mention) => boolean): number {
    // "Ukrainian Donetsk Oblast Head X": a complement after another mention is that mention's head, not X's.
    if (!this.isMention(pos) || this.isMention(pos - 1)) return pos;
    const m = this.doc.mentions[this.items.mention[pos]!]!;
    if (!isComplement(m)) return pos;
    const possessive = this.items.keys[pos + 1] === "'s" && this.items.mention[pos + 1]! < 0;
    // "Iranian Supreme National Security Council (SNSC) Secretary X": the body's acronym in brackets before the title.
    const acronym = !possessive && this.items.keys[pos + 1] === '(' && this.isMention(pos + 2) && this.items.keys[pos + 3] === ')';
    const head = possessive ? pos + 2 : acronym ? pos + 4 : pos + 1;
    if (!this.isMention(head)) return pos;
    const person = this.doc.mentions[this.items.mention[head]!]!;
    if (person.type !== 'Person' || person.form === 'demonym' || !accepts(person)) return pos;
    return possessive || m.form === 'demonym' || this.items.role[head] !== undefined ? head : pos;
  }

  /** Where the phrase headed by the person at `pos` starts: at its title complement, when it has one. */
  private complementStart(pos: number): number {
    for (const back of [1, 2]) {
      const c = pos - back;
      if (back === 2 && (this.items.keys[pos - 1] !== "'s" || this.items.mention[pos - 1]! >= 0)) continue;
      if (this.isMention(c) && this.headFor(c, isPersonMention) === pos) return c;
    }
    return pos;
  }

  /** Binds item indices to S or O for the rest of the match (the elements after elements[k], from `pos`), and unbinds them when it fails. */
  private bound(bind: 'S' | 'O', positions: number[], elements: Element[], k: number, dir: 1 | -1, pos: number): boolean {
    const list = bind === 'S' ? this.subjects : this.objects;
    const before = list.length;
    for (let j = 0; j < positions.length; j++) list.push(positions[j]!);
    if (this.seq(elements, k + 1, pos, dir)) return true;
    list.length = before;
    return false;
  }

  /** Extends a list "A, B, and C" away from the anchor; returns the last conjunct's item. */
  private coordinate(at: number, dir: 1 | -1, accepts: (m: Mention) => boolean, out: number[]): number {
    const items = this.items;
    let last = at;
    // Where the list is read on from: the last conjunct, or a name passed over after it (read rightwards).
    let from = at;
    // The last conjunct was reached over a bare comma ("A, B"): the list has not ended at an "and" yet.
    let afterComma = false;
    for (;;) {
      // Each conjunct may carry its own tail: "A (36th Army), B of the 4th Division, and C".
      let p = dir > 0 ? this.longestTail(from + 1, 1) : this.complementStart(last) - 1;
      if (dir > 0 && this.isDemonym(from)) p = this.pastNationForces(p);
      if (dir > 0) p = this.pastPlaceDashAside(last, p);
      // "near X itself, A, and B": the emphasis ends no conjunct (as it ends no locative phrase: chain).
      if (dir > 0 && this.wordAt(p) === 'itself') p++;
      // "captured A and B in X Oblast and C in Y Oblast": the list goes on after its locator (listResumed).
      if (dir > 0 && this.wordAt(p) === 'in') {
        const resumed = this.listResumed(this.wordIn(p + 1, COMPASS_PARTS) ? p + 2 : p + 1, last, accepts);
        if (resumed >= 0) {
          out.push(resumed);
          last = resumed;
          from = resumed;
          afterComma = false;
          continue;
        }
      }
      // "near A, B C, and D": a comma the text left out between two places of one list (list-missing-comma.ts).
      if (dir > 0 && afterComma && this.isMention(p) && this.missingComma(last, p, accepts)) {
        afterComma = false;
        out.push(p);
        last = p;
        from = p;
        continue;
      }
      // "A Unknownivka, and B": a name's last words the recognizers left out.
      if (dir > 0) {
        const end = this.unrecognizedNameEnd(p);
        if (end > p && this.wordIn(end, LIST_LINKS)) p = end;
      }
      // "A and the LNR People's Militia", "A and the Russian 1st Guards Tank Army": a party named right before a
      // unit is the unit's modifier, inside its conjunct (without this the list stopped there and A lost its statements).
      // "A and unspecified Airborne (VDV) units": the conjunct is the name glossed in brackets (bracket-gloss.ts); its
      // glossed word and a premodifier before it go with it.
      if (dir < 0 && glossed(items, last + 1)) p = this.pastGlossedWords(last - 2);
      if (dir < 0) p = this.pastUnitModifier(last, p);
      // "the 155th Brigade and the 68th Brigade": an article opens a conjunct.
      if (dir < 0 && items.keys[p] === 'the' && items.mention[p]! < 0) p--;
      // "A and elements of the B", "A and other B units": words that open a conjunct, read leftwards.
      if (dir < 0) p = this.pastConjunctOpener(p, -1);
      // "A as well as B", "A, as well as B": a coordinator of three words (its far end, or -1).
      const asWellAs = this.asWellAs(dir > 0 && items.keys[p] === ',' && items.mention[p]! < 0 ? p + 1 : p, dir);
      if (asWellAs < 0 && (!this.inRange(p) || items.mention[p]! >= 0 || !COORDINATORS.has(items.keys[p]!))) break;
      let q = asWellAs >= 0 ? asWellAs + dir : p + dir;
      if (asWellAs >= 0 && dir < 0 && items.keys[q] === ',' && items.mention[q]! < 0) q--;
      const pair = dir > 0 ? [items.keys[p], items.keys[q]] : [items.keys[q], items.keys[p]];
      if (asWellAs < 0 && pair[0] === ',' && (pair[1] === 'and' || pair[1] === 'or')) q += dir;
      // Only a comma, no "and"/"or": the next name may say where the one before lies.
      const bareComma = q === p + dir && asWellAs < 0;
      if (dir > 0) q = this.pastConjunctOpener(q, 1);
      if (dir > 0 && items.keys[q] === 'the' && items.mention[q]! < 0) q++;
      if (dir > 0 && COMPASS_PARTS.has(items.keys[q]!) && items.mention[q]! < 0) q++;
      // "attacked A, the northern part of B, and C": a part of a place is a conjunct naming the place.
      if (dir > 0) q = this.pastPlacePart(last, q);
      if (dir > 0 && !this.isMention(q)) {
        // "A, Unknownivka, and B": a conjunct the recognizers missed is passed over; "A, Velyka B": a name
        // whose first word they missed is read at its recognized part.
        const end = this.unrecognizedNameEnd(q);
        // …but not "A, and Deputy B Interior Minister X": a name going on past the mention is no conjunct's.
        if (end > q && this.isMention(end) && !this.nameGoesOn(end)) q = end;
        else if (end > q && this.wordIn(end, LIST_LINKS)) {
          from = end - 1;
          continue;
        }
      }
      // "Russian forces and Wagner Group fighters": only after "and"/"or" ("Russian forces, reinforced with
      // elements of A" is no list, though a bare comma may join lists of units).
      if (dir < 0 && this.wordIn(p, AND_OR)) q = this.nationBeforeForces(q);
      q = dir < 0 ? this.longestTail(q, -1) : this.headFor(q, accepts);
      if (!this.isMention(q) || !accepts(this.doc.mentions[items.mention[q]!]!)) break;
      // "attacks on A, B Oblast, and C, D Oblast": a wider place after a bare comma says where the one before
      // it lies (locatedIn's business), and is no conjunct of its own; read leftwards, it ends the list.
      if (dir < 0 && this.locates(q, last)) break;
      // Read leftwards, "X, Y Oblast, was shelled": the first place read only says where the one before it lies.
      // (A comma only: in "A and B Raion in Z" B is a conjunct, not where A lies.)
      if (dir < 0 && bareComma && items.keys[p] === ',' && out.length === 1 && out[0] === last && this.locates(last, q)) {
        out[0] = q;
        last = q;
        continue;
      }
      if (!(dir > 0 && bareComma && items.keys[p] === ',' && this.locates(q, last))) {
        out.push(q);
        afterComma = bareComma && items.keys[p] === ',';
      }
      last = q;
      from = q;
    }
    // "A, B, and other unspecified formations to …": the list read rightwards ends past a conjunct with no name.
    return dir > 0 ? this.pastUnnamedConjunct(last, 1) : last;
  }

  /** Read leftwards from the word a bracketed name glosses (at `q`): past it and one premodifier ("unspecified Airborne"). */
  private pastGlossedWords(q: number): number {
    let p = q - 1;
    if (this.plainWord(p) && /^[a-z]/.test(this.items.keys[p]!) && !this.wordIn(p, LIST_LINKS) && !this.wordIn(p, THE)) p--;
    return p;
  }

  /**
   * Past a dash aside that describes the place at `last` when its list goes on after it: "A—a village northwest of
   * B—and C" (B only says where A lies). Not an aside of examples ("A—including B and C—"): those are places of the
   * list. Returns the item after the closing dash, or `p` unchanged.
   */
  private pastPlaceDashAside(last: number, p: number): number {
    if (!this.inRange(p) || this.items.mention[p]! >= 0 || !this.isAsideDash(p) || EXAMPLE_MARKERS.has(this.wordAt(p + 1) ?? '')) return p;
    const m = this.doc.mentions[this.items.mention[last]!]!;
    if (m.type !== 'Place' || m.form === 'demonym') return p;
    const close = this.asideEnd(p, 1);
    return close > 0 && this.wordIn(close + 1, LIST_LINKS) ? close + 1 : p;
  }

  /**
   * Past "part of" in a conjunct of a list of places ("A, the northern part of B, and C" after "the" and the compass
   * word): the item after "of" (and its "the"), or `q` unchanged.
   */
  private pastPlacePart(last: number, q: number): number {
    if (!this.wordIn(q, PLACE_PART_NOUNS) || !this.wordIn(q + 1, OF_WORD) || !this.isMention(last)) return q;
    const m = this.doc.mentions[this.items.mention[last]!]!;
    if (m.type !== 'Place' || m.form === 'demonym') return q;
    return this.wordIn(q + 2, THE) ? q + 3 : q + 2;
  }

  /** Past the force noun of a nationality read rightwards from `p` (the item after it): "Russian [airborne forces] and …". */
  private pastNationForces(p: number): number {
    const q = this.wordIn(p, NATION_FORCE_KINDS) ? p + 1 : p;
    return this.wordIn(q, NATION_FORCE_NOUNS) ? q + 1 : p;
  }

  /**
   * Read leftwards from the conjunct at `last`: when the item at `p` is a place or a nationality mention right
   * before a unit ("the LNR People's Militia", "the Russian 1st Guards Tank Army"), the item before that modifier;
   * else `p` unchanged.
   */
  private pastUnitModifier(last: number, p: number): number {
    if (p !== last - 1 || !this.isUnit(last) || !this.isMention(p)) return p;
    return this.doc.mentions[this.items.mention[p]!]!.type === 'Place' ? p - 1 : p;
  }

  /** The nationality before the force noun at `q` ("… and Russian airborne troops" read leftwards), or `q`. */
  private nationBeforeForces(q: number): number {
    if (!this.wordIn(q, NATION_FORCE_NOUNS)) return q;
    const p = this.wordIn(q - 1, NATION_FORCE_KINDS) ? q - 2 : q - 1;
    return this.isDemonym(p) ? p : q;
  }

  /**
   * Where a run of capitalized words the recognizers left out, starting at `q`, ends (the item after it), or
   * `q` when there is none.
   */
  private unrecognizedNameEnd(q: number): number {
    let end = q;
    while (end - q < MAX_UNRECOGNIZED_NAME && this.isCapitalizedWord(end) && !CALENDAR_WORDS.has(this.items.keys[end]!)) end++;
    return end;
  }

  /**
   * A list read rightwards whose first conjuncts the recognizers missed ("fired on Unknownivka, Otherivka,
   * and B"): the first recognized conjunct after them, or `pos` unchanged when no list of names leads to one.
   */
  private pastUnrecognizedConjuncts(pos: number): number {
    let p = pos;
    for (;;) {
      const end = this.unrecognizedNameEnd(p);
      if (end === p) return pos;
      if (this.isMention(end)) return end;
      if (!this.wordIn(end, LIST_LINKS)) return pos;
      p = end + 1;
      if (this.wordAt(end) === ',' && this.wordIn(p, AND_OR)) p++;
      if (this.wordIn(p, THE)) p++;
      if (this.isMention(p)) return p;
    }
  }

  /**
   * Read leftwards from the word before a part noun's opener ("and naval infantry elements of the B"): past up
   * to MAX_PART_MODIFIERS modifiers when a coordinator (after an optional "the") stands before them, else `p`.
   */
  private pastPartModifiers(p: number): number {
    let m = p;
    for (let n = 0; n < MAX_PART_MODIFIERS && this.plainWord(m) && !this.wordIn(m, THE); n++) m--;
    if (m === p) return p;
    const before = this.wordIn(m, THE) ? m - 1 : m;
    return this.inRange(before) && this.items.mention[before]! < 0 && COORDINATORS.has(this.items.keys[before]!) ? m : p;
  }

  /**
   * Past the words that open a conjunct without naming it, read away from the coordinator: "other" ("A and
   * other B units") and "elements|units|parts of" ("A and elements of the B", "as well as of the B"). Returns
   * the position after them (before them, read leftwards), or `p` when there are none.
   */
  private pastConjunctOpener(p: number, dir: 1 | -1): number {
    let q = p;
    if (dir < 0) {
      // p is the word right before the conjunct's name (its article already passed).
      if (this.wordIn(q, OTHER)) q--;
      else if (this.wordIn(q, OF_WORD) && this.wordIn(q - 1, PART_NOUNS)) q = this.pastPartModifiers(q - 2);
      // "as well as of the B".
      else if (this.wordIn(q, OF_WORD) && this.asWellAs(q - 1, -1) >= 0) q--;
      if (this.wordIn(q, THE)) q--;
      return q;
    }
    if (this.wordIn(q, THE) && this.wordIn(q + 1, OTHER)) return q + 2;
    if (this.wordIn(q, OTHER)) return q + 1;
    for (let n = 0; n <= MAX_PART_MODIFIERS; n++) {
      if (this.wordIn(q + n, PART_NOUNS) && this.wordIn(q + n + 1, OF_WORD)) return q + n + 2;
      if (!this.plainWord(q + n) || this.wordIn(q + n, THE)) break;
    }
    // "as well as of the B".
    if (this.wordIn(q, OF_WORD)) return q + 1;
    return q;
  }

  /**
   * A last conjunct of a list of groups that names no group ("A, B, and unspecified airborne troops", "A and
   * other DNR formations" read with no name in it): a coordinator, at most MAX_UNNAMED plain words and a head
   * noun of forces. Read leftwards from its head at `pos`, returns the group named before the coordinator (the
   * head of its tail: "the 20th Division of the 8th Army"); read rightwards from the group at `pos`, returns the head noun's item.
   * Otherwise returns `pos`.
   */
  private pastUnnamedConjunct(pos: number, dir: 1 | -1): number {
    const items = this.items;
    if (dir < 0) {
      if (!this.inRange(pos) || items.mention[pos]! >= 0 || !UNNAMED_HEADS.has(items.keys[pos]!)) return pos;
      let p = pos - 1;
      for (let n = 0; n < MAX_UNNAMED && this.plainWord(p); n++) p--;
      if (!this.wordIn(p, AND_OR)) return pos;
      p--;
      if (this.inRange(p) && items.mention[p]! < 0 && items.keys[p] === ',') p--;
      // The conjunct before may carry a tail: "… the 20th Division of the 8th Army, and airborne troops".
      const head = this.longestTail(p, -1);
      return this.isGroup(head) ? head : pos;
    }
    if (!this.isGroup(pos)) return pos;
    let p = this.longestTail(pos + 1, 1);
    if (this.inRange(p) && items.mention[p]! < 0 && items.keys[p] === ',') p++;
    if (!this.wordIn(p, AND_OR)) return pos;
    p++;
    for (let n = 0; n <= MAX_UNNAMED && this.plainWord(p); n++, p++) if (UNNAMED_HEADS.has(items.keys[p]!)) return p;
    return pos;
  }

  /** The word item at `i` (not a mention) is one of `words`. */
  private wordIn(i: number, words: ReadonlySet<string>): boolean {
    return this.inRange(i) && this.items.mention[i]! < 0 && words.has(this.items.keys[i]!);
  }

  /** The key of the word item at `i`, or undefined for a mention or outside the sentence. */
  private wordAt(i: number): string | undefined {
    return this.inRange(i) && this.items.mention[i]! < 0 ? this.items.keys[i] : undefined;
  }

  /** A plain word at `i` (a word or a number, not a coordinator or punctuation). */
  private plainWord(i: number): boolean {
    return this.inRange(i) && this.items.mention[i]! < 0 && (this.infos[i]!.flags & (KEY_PLAIN | KEY_COORDINATOR)) === KEY_PLAIN;
  }

  /**
   * The place at `locator` says where the list before it lies ("A and B in X Oblast"); when "and" and another place no
   * wider than the list's last (`last`) follow it, itself located by "in", the list goes on there: "captured A and B in X
   * Oblast and C in Y Oblast" (branch events22: blind15's missed capture; 3 more such lists on the 294 ISW reports).
   * Returns the item of that place, or -1.
   */
  private listResumed(locator: number, last: number, accepts: (m: Mention) => boolean): number {
    if (!this.isMention(locator) || !this.locates(locator, last)) return -1;
    const q = this.longestTail(locator + 1, 1);
    if (this.wordAt(q) !== 'and' || !this.isMention(q + 1)) return -1;
    const next = this.doc.mentions[this.items.mention[q + 1]!]!;
    if (!accepts(next) || next.form === 'demonym' || placeRank(next) > placeRank(this.doc.mentions[this.items.mention[last]!]!)) return -1;
    return this.wordAt(this.longestTail(q + 2, 1)) === 'in' ? q + 1 : -1;
  }

  /** "that city", "this town" at `p`: a locative phrase's description of the place the chain named last. */
  private namesPlaceAgain(p: number): boolean {
    return (this.wordAt(p) === 'that' || this.wordAt(p) === 'this') && this.wordIn(p + 1, SAME_PLACE_NOUNS);
  }

  /** Where "as well as" starting at `p` ends, read in `dir` (its last word), or -1 when there is none. */
  private asWellAs(p: number, dir: 1 | -1): number {
    const k = this.items.keys;
    if (!this.inRange(p) || this.items.mention[p]! >= 0 || k[p] !== 'as' || k[p + dir] !== 'well' || k[p + 2 * dir] !== 'as') return -1;
    return p + 2 * dir;
  }

  /**
   * Extends an argument read rightwards with the places of the locative phrases right after it ("attacks
   * around X near Y and Z"): each one a preposition, maybe "the", and a coordinated list. A comma ends the
   * chain ("in X, near Y" says where X is). Returns the last item taken; each item is visited once.
   */
  private chain(end: number, accepts: (m: Mention) => boolean, out: number[]): number {
    const items = this.items;
    for (;;) {
      let after = this.longestTail(end + 1, 1);
      // "attacks on X itself, north of X near Y, and …": the emphasis ends no phrase.
      if (this.wordAt(after) === 'itself') after++;
      // "near A—a village north of B—and near C": a dash aside describing the place ends no phrase either.
      after = this.pastPlaceDashAside(end, after);
      // "in the A area, and near B", "along the A-B axis, and around C".
      if (AREA_SUFFIXES.has(items.keys[after]!) && items.mention[after]! < 0) after++;
      const link = this.chainLink(after);
      if (link < 0) return end;
      let p = link;
      if (items.keys[p] === 'the' && items.mention[p]! < 0) p++;
      // "on A and south of that city, against B, and …": the phrase names the place before again, the list goes on.
      if (this.namesPlaceAgain(p)) {
        end = p + 1;
        continue;
      }
      // "… in the vicinity of X", "… on the outskirts of X": the place is X.
      if (AREA_NOUNS.has(items.keys[p]!) && items.mention[p]! < 0 && items.keys[p + 1] === 'of') p += items.keys[p + 2] === 'the' ? 3 : 2;
      // "…, and in southeastern X".
      if (this.wordIn(p, COMPASS_PARTS)) p++;
      p = this.pastOccupation(p, accepts);
      if (!this.isMention(p) || !accepts(this.doc.mentions[items.mention[p]!]!)) return end;
      // "X in Y Oblast" says where X is: a wider place right after a preposition ends the chain (after "and" or
      // a comma it is one more place of the event: "west of X and in Y Oblast").
      // Not after a river: "along the X River in Y Oblast" names the stretch of the river in Y, where the event was (the river
      // itself is no target: attack-target.ts; branch iswatk6, 1 of fresh7-orbat-read's missed attacks).
      if (link === after + 1 && placeRank(this.doc.mentions[items.mention[p]!]!) > placeRank(this.doc.mentions[items.mention[end]!]!) && !RIVER.test(this.doc.mentions[items.mention[end]!]!.text)) return end;
      // "toward the X-Y Oblast border": a road or a border named after places is no place of the event.
      if (inHyphenCompound(this.doc, this.doc.mentions[items.mention[p]!]!)) return end;
      out.push(p);
      end = this.coordinate(p, 1, accepts, out);
    }
  }

  /**
   * How the locative phrase after `p` continues the chain: the item after its linking words (at "the", an area
   * noun or the place), or -1. Links: a preposition ("near"); "and"/", and" with a locative opener; a semicolon
   * of a list of phrases ("; and within 12km south of X near Y"); an example marker (", namely around A, B");
   * a comma of a list of locative phrases that an "and" with one closes ("in A, on and west of B, and near C").
   * After a bare comma "X, west of Y" says where X is: no link.
   */
  private chainLink(p: number): number {
    if (this.wordIn(p, CHAIN_PREPOSITIONS)) return p + 1;
    let q = p;
    let joined = false;
    if (this.wordAt(q) === ',' || this.wordAt(q) === ';') {
      // ", namely around A", "; notably A".
      if (EXAMPLE_MARKERS.has(this.wordAt(q + 1) ?? '')) return this.wordIn(q + 2, CHAIN_PREPOSITIONS) ? q + 3 : q + 2;
      // "in A, along B, and around C": a list of locative phrases that an "and" with an opener closes.
      if (this.wordAt(q) === ',' && this.wordAt(q + 1) !== 'and') {
        const opened = this.locativeOpener(q + 1);
        if (opened >= 0 && this.closesPhraseList(opened)) return opened;
      }
      joined = this.wordAt(q) === ';';
      q++;
    }
    if (this.wordAt(q) === 'and') {
      joined = true;
      q++;
    }
    if (!joined && q === p) return -1;
    if (joined) {
      const opened = this.locativeOpener(q);
      if (opened >= 0) return opened;
    }
    // "destroyed depots in A, a command post in B, and a bridge in C", "struck a hub in A and the port of B": each
    // thing hit has its place (after a bare comma, only a list of things each named with "a"/"an" or a number).
    return this.targetPhrase(q, joined);
  }

  /**
   * The item after the preposition of a thing hit and its place, starting at `q` ("a command post in", "the port
   * area of"), or -1: an article or a number, at most MAX_TARGET_WORDS plain words, the preposition, and a place
   * after which the phrase ends (a list link, a bracket, a date, the sentence's end), so that a clause of its own
   * ("and the governor of B said …") is never read as one more target.
   */
  private targetPhrase(q: number, joined: boolean): number {
    const opener = this.wordAt(q);
    if (opener === undefined || !(joined ? TARGET_OPENERS.has(opener) : INDEFINITE_OPENERS.has(opener))) return -1;
    let p = q + 1;
    for (let n = 0; n < MAX_TARGET_WORDS && this.plainWord(p) && !NOT_IN_TARGET.has(this.wordAt(p)!); n++) p++;
    if (p === q + 1 || !TARGET_PREPOSITIONS.has(this.wordAt(p) ?? '')) return -1;
    // "A, a village south of B": after a bare comma, a place described is an aside of the place before.
    if (!joined && SETTLEMENT_NOUNS.has(this.wordAt(p - 1)!)) return -1;
    let place = p + 1;
    if (this.wordAt(place) === 'the') place++;
    if (this.wordIn(place, COMPASS_PARTS)) place++;
    if (!this.isMention(place)) return -1;
    const after = this.longestTail(place + 1, 1);
    return !this.inRange(after) || TARGET_PHRASE_ENDS.has(this.wordAt(after) ?? '') ? p + 1 : -1;
  }

  /**
   * The item after the words that open a locative phrase at `q`, or -1: a preposition ("near", also "on" here,
   * after a link), "on and west of", "within 27km northeast of", "to the north of", "north, northeast, and
   * southeast of".
   */
  private locativeOpener(q: number): number {
    // "on" and "against" only after a link: "assaults near A, against B, and southwest of C" (branch events22: blind20's
    // list of three phrases lost its last two without "against").
    if (this.wordIn(q, CHAIN_PREPOSITIONS) || this.wordAt(q) === 'on' || this.wordAt(q) === 'against') {
      // "on and west of X": the place and the area off it.
      if (this.wordAt(q + 1) === 'and' && BEARINGS.has(this.wordAt(q + 2) ?? '')) return this.bearingsOf(q + 2);
      return q + 1;
    }
    if (this.wordAt(q) === 'within') {
      q++;
      for (let n = 0; n < 3 && this.wordAt(q) !== undefined && !BEARINGS.has(this.wordAt(q)!); n++) q++;
    } else {
      const past = this.pastDistance(q);
      if (past > q) return this.framesNear(this.bearingsOf(past));
    }
    if (this.wordAt(q) === 'to' && this.wordAt(q + 1) === 'the') q += 2;
    return this.bearingsOf(q);
  }

  /** A locative phrase at `q` opens with a distance or a bearing: "within 20km", "about 20 km", "south of". */
  private opensSector(q: number): boolean {
    return this.wordAt(q) === 'within' || this.pastDistance(q) > q || BEARINGS.has(this.wordAt(q) ?? '');
  }

  /**
   * The item after a bare distance's "of", if the place there frames a "near"/"around" phrase ("14km south of B near
   * C"), else -1: "west of A and approximately 17km northwest of B" says how far B is, no place of the event (without this
   * check, the 4 statements such phrases added on the 294 ISW reports were all wrong; the dev gold never marks B).
   */
  private framesNear(at: number): number {
    if (at < 0 || !this.isMention(at)) return -1;
    return FRAMED.has(this.wordAt(this.longestTail(at + 1, 1)) ?? '') ? at : -1;
  }

  /**
   * Past a bare distance at `q` ("14km", "14 km", "about 14 km"), as "within 14km" is passed: "near A, 14km south of
   * B near C, and …" lists one more locative phrase (a comma link still needs the list's closing "and" phrase, so "near
   * A, 40km north of B." stays an aside saying where A is).
   */
  private pastDistance(q: number): number {
    let p = q;
    if (APPROXIMATELY.has(this.wordAt(p) ?? '')) p++;
    const w = this.wordAt(p);
    if (w === undefined || !DISTANCE.test(w)) return q;
    p++;
    if (DISTANCE_UNITS.has(this.wordAt(p) ?? '')) p++;
    else if (!/\D$/.test(w)) return q;
    return BEARINGS.has(this.wordAt(p) ?? '') ? p : q;
  }

  /** Past a list of bearings and its "of" from `q` ("northeast and south of"): the item after "of", or -1. */
  private bearingsOf(q: number): number {
    if (!BEARINGS.has(this.wordAt(q) ?? '')) return -1;
    // "northeast and south of X", "north, northeast, and southeast of X".
    while (BEARINGS.has(this.wordAt(q) ?? '') || ((this.wordAt(q) === ',' || this.wordAt(q) === 'and' || this.wordAt(q) === 'or') && (BEARINGS.has(this.wordAt(q + 1) ?? '') || this.wordAt(q + 1) === 'and'))) q++;
    return this.wordAt(q) === 'of' ? q + 1 : -1;
  }

  /** From `p` on, before the clause ends, "and" with a locative opener closes a list of locative phrases. */
  private closesPhraseList(p: number): boolean {
    const items = this.items;
    for (let q = p, n = 0; this.inRange(q) && n < MAX_PHRASE_LIST; q++, n++) {
      if (items.mention[q]! >= 0) continue;
      const key = items.keys[q]!;
      // A bracketed aside of a place ("A (10km east of B), C (…), and near D") is passed over whole: it is no
      // phrase of the list, and its words would use up the look-ahead.
      if (key in OPENERS) {
        const close = this.matching(q, 1);
        if (close > q) {
          q = close;
          continue;
        }
      }
      if (key === 'and' && this.locativeOpener(q + 1) >= 0) return true;
      // "near A, within 9km east of B near C; and within 20km south of B near D": the list's last phrase after a
      // semicolon closes it too when it names a sector by its bearing or distance, as the reports' lists of sectors
      // do ("…; and south of B in D"; "…; and near C officials fled" starts a clause of its own).
      if (key === ';' && items.keys[q + 1] === 'and' && this.opensSector(q + 2) && this.locativeOpener(q + 2) >= 0) return true;
      if (ASIDE_STOPS.has(key) || GAP_STOPS.has(key)) return false;
    }
    return false;
  }

  /** The place at `q` is a wider kind of place than the place at `before`: "A, B Oblast". */
  private locates(q: number, before: number): boolean {
    const a = this.doc.mentions[this.items.mention[before]!]!;
    const b = this.doc.mentions[this.items.mention[q]!]!;
    return a.type === 'Place' && b.type === 'Place' && a.form !== 'demonym' && b.form !== 'demonym' && placeRank(b) > placeRank(a);
  }

  /** Index of the bracket matching the one at `pos` (searching in `dir`), or -1. */
  private matching(pos: number, dir: 1 | -1): number {
    const items = this.items;
    const open = items.keys[pos]!;
    const close = dir > 0 ? OPENERS[open] : CLOSERS[open];
    let depth = 0;
    for (let p = pos, n = 0; this.inRange(p) && n <= MAX_PARENTHETICAL; p += dir, n++) {
      if (items.mention[p]! >= 0) continue;
      if (items.keys[p] === open) depth++;
      else if (items.keys[p] === close && --depth === 0) return p;
    }
    return -1;
  }

  /**
   * Positions where a `$tail` may end, shortest first: after each parenthetical or "of the <unit>"; read
   * rightwards from a unit, also after "of the <polity>" ("the 1st Army Corps of the DNR (LNR) are …"), and
   * from a unit or organization after the noun of its people that ends the phrase ("Wagner Group
   * mercenaries", "11th Regiment troops", "Pacific Fleet coastal troops").
   */
  private tailStops(pos: number, dir: 1 | -1): number[] {
    const items = this.items;
    const stops = [pos];
    const head = dir > 0 && this.isGroup(pos - 1) ? this.doc.mentions[items.mention[pos - 1]!]! : undefined;
    for (let p = pos; this.inRange(p); ) {
      const key = items.keys[p]!;
      if (dir < 0 && p === pos && this.isGroup(glossNameBefore(items, p, MEMBER_NOUNS))) {
        // Read leftwards into a gloss bracket: "… Airborne (VDV) ⟵", "paratroopers (VDV units) ⟵" (bracket-gloss.ts).
        stops.push(glossNameBefore(items, p, MEMBER_NOUNS));
        break;
      } else if (items.mention[p]! < 0 && (dir > 0 ? key in OPENERS : key in CLOSERS)) {
        const other = this.matching(p, dir);
        if (other < 0) break;
        // Read leftwards, a kind noun before the bracketed abbreviation goes with the name as rightwards: "… the X Group
        // private military company (PMC) ⟵" ends at the name (pastDescriptorAcronym reads it rightwards).
        const named = dir < 0 ? nameBeforeDescriptorAcronym(this.doc, items, p) : -1;
        p = named >= 0 ? named : other + dir;
      } else if (dir > 0 && key === 'of' && items.mention[p]! < 0) {
        let q = items.keys[p + 1] === 'the' ? p + 2 : p + 1;
        if (this.isCapitalizedWord(q)) q++;
        if (!this.isGroup(q) && !(head?.type === 'MilitaryUnit' && this.isPolityPlace(q))) break;
        p = q + 1;
      } else if (head !== undefined && items.mention[p]! < 0) {
        // A name that glosses the word before it in brackets ends at the bracket: "Airborne (VDV) units remain …",
        // "paratroopers (VDV units) are …" (bracket-gloss.ts).
        const gloss = glossed(items, pos);
        if (gloss && p === pos && key === ')') {
          p++;
          stops.push(p);
          continue;
        }
        // "the X Group private military company (PMC) forces": the kind noun and its abbreviation go with the name.
        const past = p === pos ? pastDescriptorAcronym(this.doc, items, p) : -1;
        if (past < 0) {
          // The noun of the group's people ends the phrase: nothing of the tail comes after it.
          const noun = MEMBER_NOUNS.has(key) ? p : MEMBER_NOUNS.has(this.wordAt(p + 1) ?? '') && this.plainWord(p) ? p + 1 : -1;
          if (noun >= 0) stops.push(noun + 1);
          if (noun >= 0 && gloss && p === pos && glossCloses(items, noun + 1)) stops.push(noun + 2);
          break;
        }
        p = past;
      } else if (dir < 0 && (this.isGroup(p) || this.isPolityPlace(p))) {
        let q = p - 1;
        if (this.isCapitalizedWord(q)) q--;
        // The owner's own owner or nationality before it: "the 5th Brigade of the DNR 1st Army Corps".
        else if (this.isGroup(p) && (this.isPolityPlace(q) || this.isDemonym(q))) q--;
        if (items.keys[q] === 'the') q--;
        if (items.keys[q] !== 'of' || items.mention[q]! >= 0) break;
        // Only a group owns a group this way ("the 3rd Battalion of the 14th Brigade"): in "elements of the
        // A and B" the words before "of" are no name, and A is a conjunct of its own. A polity owns a unit.
        // A list's shared owner stands in an apposition after it: "A and B, both of the 3rd Division, were …".
        if (this.isGroup(p) && this.wordIn(q - 1, SHARED_OWNER) && this.wordAt(q - 2) === ',' && this.isGroup(q - 3)) {
          p = q - 3;
          stops.push(p);
          break;
        }
        // "the 20th Division (8th Army) of the Southern Military District": the bracket of the owned unit's own
        // owner stands between it and "of" (read rightwards, tailStops passes it the same way).
        const owned = this.items.keys[q - 1] === ')' && this.items.mention[q - 1]! < 0 && this.isGroup(p) ? this.matching(q - 1, -1) - 1 : q - 1;
        if (!(this.isGroup(p) ? this.isGroup(owned) : this.isUnit(owned))) break;
        p = owned;
            } else if (dir < 0 && stops.length === 1 && this.wordIn(p, MEMBER_NOUNS) && this.isGroup(glossNameBefore(items, p - 1, MEMBER_NOUNS))) {
        stops.push(glossNameBefore(items, p - 1, MEMBER_NOUNS));
        break;
      } else if (dir < 0 && stops.length === 1 && this.wordIn(p, MEMBER_NOUNS)) {
        // "… 11th Regiment troops are …", "… Pacific Fleet coastal troops,": the group before its people's noun.
        const named = items.keys[p - 1] === ')' ? this.nameBeforeBracket(p - 1) : -1;
        const q = named >= 0 ? named : this.plainWord(p - 1) && !this.isCapitalizedWord(p - 1) ? p - 2 : p - 1;
        if (!this.isGroup(q)) break;
        p = q;
      } else break;
      stops.push(p);
    }
    return stops;
  }

  /**
   * The name before a bracket that closes at `close` and the noun of its people after it: "the X Group private military
   * company (PMC) forces" (descriptor-acronym.ts), "VDV (Airborne) elements" (a one-word gloss of the name), or -1.
   */
  private nameBeforeBracket(close: number): number {
    const named = nameBeforeDescriptorAcronym(this.doc, this.items, close);
    if (named >= 0) return named;
    const open = close - 2;
    return this.items.keys[open] === '(' && this.items.mention[open]! < 0 && this.plainWord(close - 1) && this.isGroup(open - 1) ? open - 1 : -1;
  }

  /** A word item written with a capital: a name modifier the recognizers left out ("the DNR People's Militia"). */
  /** Places at `a` and `b` (b right after a) that are two conjuncts a comma should have parted (list-missing-comma.ts). */
  private missingComma(a: number, b: number, accepts: (m: Mention) => boolean): boolean {
    const mb = this.doc.mentions[this.items.mention[b]!]!;
    if (!accepts(mb) || !this.isMention(a) || !settlementPair(this.doc.mentions[this.items.mention[a]!]!, mb)) return false;
    return this.wordIn(this.longestTail(b + 1, 1), LIST_LINKS);
  }

  /** The mention at `pos` is followed by more of a name: a capitalized word or another mention. */
  private nameGoesOn(pos: number): boolean {
    return this.isCapitalizedWord(pos + 1) || this.isMention(pos + 1);
  }

  private isCapitalizedWord(pos: number): boolean {
    if (!this.inRange(pos) || this.items.mention[pos]! >= 0) return false;
    const c = this.doc.text.charCodeAt(this.items.start[pos]!);
    return c >= 65 && c <= 90;
  }

  private longestTail(pos: number, dir: 1 | -1): number {
    const stops = this.tailStops(pos, dir);
    return stops[stops.length - 1]!;
  }

  /** A country or region named as a unit's owner ("of the DNR", "of Ukraine"), not a nationality word. */
  private isPolityPlace(pos: number): boolean {
    if (!this.isMention(pos)) return false;
    const m = this.doc.mentions[this.items.mention[pos]!]!;
    return m.type === 'Place' && m.form !== 'demonym' && (m.placeKind === 'Country' || m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region');
  }

  private isDemonym(pos: number): boolean {
    return this.isMention(pos) && this.doc.mentions[this.items.mention[pos]!]!.form === 'demonym';
  }

  private isUnit(pos: number): boolean {
    return this.isMention(pos) && this.doc.mentions[this.items.mention[pos]!]!.type === 'MilitaryUnit';
  }

  private isGroup(pos: number): boolean {
    if (!this.isMention(pos)) return false;
    const t = this.doc.mentions[this.items.mention[pos]!]!.type;
    return t === 'MilitaryUnit' || t === 'Organization';
  }

  /**
   * The comma closing an aside that opens with the comma at `pos`, or -1 (no clause end inside). A dash opens an
   * aside the same dash closes: "Russian forces—including the 1st Brigade—attacked X" (a comma inside is the
   * aside's own: "—reportedly A, B, and C—").
   */
  private asideEnd(pos: number, dir: 1 | -1): number {
    const items = this.items;
    if (!this.inRange(pos) || items.mention[pos]! >= 0) return -1;
    const open = items.keys[pos]!;
    if (open !== ',' && !this.isAsideDash(pos)) return -1;
    for (let p = pos + dir, n = 0; this.inRange(p) && n < MAX_ASIDE; p += dir, n++) {
      if (items.mention[p]! >= 0) continue;
      const key = items.keys[p]!;
      if (key === open) return n > 0 ? p : -1;
      if (ASIDE_STOPS.has(key) || (open === ',' && ASIDE_DASHES.has(key))) return -1;
    }
    return -1;
  }

  /** A dash item at `pos` that may open or close an aside: an em dash, or an en dash after a space ("A – B" is no "A–B"). */
  private isAsideDash(pos: number): boolean {
    const key = this.items.keys[pos]!;
    return key === '\u2014' || (key === '\u2013' && this.doc.text.charCodeAt(this.items.start[pos]! - 1) === 32);
  }

  private titleElement(pos: number, dir: 1 | -1, capture: boolean, elements: Element[], k: number): boolean {
    const items = this.items;
    let n = 0;
    while (n < MAX_TITLE_WORDS && this.inRange(pos + n * dir) && items.mention[pos + n * dir]! < 0 && this.infos[pos + n * dir]!.titleWord) n++;
    for (let len = n; len >= 1; len--) {
      const lo = dir > 0 ? pos : pos - len + 1;
      const hi = lo + len - 1;
      if (!this.titles.classify(items.keys.slice(lo, hi + 1))) continue;
      if (!capture) {
        if (this.seq(elements, k + 1, pos + len * dir, dir)) return true;
        continue;
      }
      const saved = this.title;
      this.title = [lo, hi];
      if (this.seq(elements, k + 1, pos + len * dir, dir)) return true;
      this.title = saved;
    }
    return false;
  }
}
