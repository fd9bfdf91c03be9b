import { detached } from '../../model/detached-string.js';
import type { Mention } from '../../model/document.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import type { CommonWordSets } from '../../gazetteer/common.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import { BREAK_BEFORE, CAP, DIGIT, POSSESSIVE_TOKEN, SENTENCE_START, UPPER, WEAK_CASE, docWords, type WordTokens } from '../../gazetteer/scan.js';
import type { RecognizerFactory } from '../recognizer.js';
import { MentionRecord } from '../../model/records.js';
import { ruleData } from '../lexical/rule-data.js';
import { foldKey } from '../../model/words.js';
import { endingTest } from '../../model/endings.js';
import { COVERED, COVERED_BY_PLACE, wordCover } from '../word-owners.js';

/** Below gazetteer places and above demonyms: any listed name wins. */
export const PRIORITY_CONTEXT_PLACE = 20;

/**
 * Words right before an unknown capitalized name that say it is a place, with how much they say.
 * Combat verbs and "near" are strong; "in" and "from" also precede organizations and people's names.
 */
const TRIGGERS: ReadonlyMap<string, number> = new Map([
  ['near', 0.15], ['seized', 0.15], ['captured', 0.15], ['liberated', 0.15], ['recaptured', 0.15], ['retook', 0.15],
  ['occupied', 0.1], ['shelled', 0.15], ['struck', 0.1], ['bombarded', 0.15], ['encircled', 0.15], ['entered', 0.1],
  ['outside', 0.1], ['around', 0.1], ['towards', 0.1], ['toward', 0.1], ['in', 0], ['into', 0], ['from', 0],
  ['via', 0.05], ['at', 0], ['to', 0], ['between', 0], ['attacked', 0.15], ['assaulted', 0.15], ['stormed', 0.15], ['reached', 0.05],
  ['targeted', 0.05], ['surrounding', 0.1], ['liberating', 0.15], ['capturing', 0.15], ['seizing', 0.15],
  // The verbs' base forms, after "to", "attempted to", "failed to": "an assault to capture X".
  ['capture', 0.15], ['seize', 0.15], ['liberate', 0.15], ['recapture', 0.15], ['retake', 0.15], ['encircle', 0.15],
  ['encircling', 0.15], ['storm', 0.15], ['storming', 0.15], ['shelling', 0.15], ['attacking', 0.15], ['assaulting', 0.15],
]);

/** "<verb or noun> on X": movement onto a place ("advanced on X", "an assault on X"). */
const ON_HEADS: ReadonlySet<string> = new Set([
  'advance', 'advanced', 'advances', 'advancing', 'attack', 'attacks', 'assault', 'assaults', 'offensive', 'push',
  'pushed', 'pushing', 'converge', 'converged', 'converging', 'march', 'marched', 'strike', 'strikes',
  // Where operations bear: "operations are concentrated on X", "efforts focused on X".
  'concentrated', 'focused', 'focusing',
]);
/** "<attack noun> against X": ground attacks on a place ("unsuccessful attacks against X", "assaults against X"). */
const AGAINST_HEADS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'assault', 'assaults', 'counterattack', 'counterattacks', 'offensive', 'offensives',
  'operations', 'strike', 'strikes', 'shelling', 'push', 'pushes',
]);
/** "<participle> in X": a unit based or stationed somewhere. */
const IN_HEADS: ReadonlySet<string> = new Set([
  'based', 'stationed', 'deployed', 'located', 'fighting', 'positions', 'clashes',
  // Where fighting happens: "operating in X", "ground attacks in X", "offensive operations in X".
  'operating', 'active', 'operations', 'attacks', 'assaults', 'garrisoned',
  // Troops and their works in a place: "encircled Ukrainian forces in X", "fortifications in X".
  'forces', 'troops', 'units', 'servicemen', 'garrison', 'grouping', 'fortifications', 'defenses', 'defences',
  // "struck force concentrations in X", "an ammunition depot in X".
  'concentration', 'concentrations', 'depot', 'depots',
]);
/** "<head> from X": troops leaving a place ("withdrew from X", "a withdrawal of troops from X"). */
const FROM_HEADS: ReadonlySet<string> = new Set([
  'withdrew', 'withdrawn', 'withdraw', 'withdrawing', 'withdrawal', 'retreated', 'retreat', 'retreating', 'fled',
  'expelled', 'evacuated', 'forces', 'troops', 'units', 'servicemen', 'garrison',
  // Ground movement out of a place: "advance from X to Y", "attacked from X".
  'advance', 'advanced', 'advancing', 'attack', 'attacked', 'attacking', 'push', 'pushed', 'pushing',
]);
/** "<head> to X": troops moving to a place ("withdrew to X", "redeployed to X", "advanced to X"). */
const TO_HEADS: ReadonlySet<string> = new Set([
  'withdrew', 'withdrawn', 'retreated', 'fled', 'advanced', 'redeployed', 'relocated', 'moved', 'pushed', 'transferred',
]);
/** "<head> for X": fighting over a place ("fighting for X", "the battle for X"). */
const FOR_HEADS: ReadonlySet<string> = new Set(['fighting', 'fight', 'fights', 'battle', 'battles', 'struggle', 'combat']);

/** "<head> of X": directions and place nouns ("12km west of X", "the outskirts of X", "the village of X"). */
export const OF_HEADS: ReadonlyMap<string, number> = new Map([
  ['north', 0.15], ['south', 0.15], ['east', 0.15], ['west', 0.15], ['northeast', 0.15], ['northwest', 0.15],
  ['southeast', 0.15], ['southwest', 0.15], ['outskirts', 0.15], ['vicinity', 0.15], ['village', 0.2], ['town', 0.2],
  ['settlement', 0.2], ['city', 0.15], ['direction', 0.15], ['directions', 0.15], ['area', 0.05], ['center', 0.1], ['centre', 0.1],
  ['villages', 0.2], ['towns', 0.2], ['settlements', 0.2], ['cities', 0.15], ['control', 0.1], ['mayor', 0.15],
  ['governor', 0.1], ['suburb', 0.15], ['suburbs', 0.15], ['district', 0.1], ['environs', 0.15],
  // Nouns of taking, losing or hitting a place: "the capture of X", "the encirclement of X", "the shelling of X".
  ['capture', 0.15], ['seizure', 0.15], ['liberation', 0.15], ['recapture', 0.15], ['encirclement', 0.15], ['fall', 0.1],
  ['occupation', 0.1], ['shelling', 0.15], ['bombardment', 0.15], ['storming', 0.15], ['assault', 0.1], ['defense', 0.1],
  // Wire news names islands and provinces by their kind first: "the southern island of X", "the province of X".
  ['island', 0.2], ['islands', 0.2], ['province', 0.15],
]);

/** A designator after the name ("X direction", "X village") or an oblast context (", X Oblast", "in X Oblast"). */
export const AFTER_DESIGNATORS: ReadonlySet<string> = new Set(['direction', 'village', 'settlement', 'axis', 'raion', 'hromada', 'district', 'area']);

/** Compass words that may stand between "in" and an area's name ("in northwestern Kherson Oblast"). */
const COMPASS_BEFORE_AREA: ReadonlySet<string> = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);

/** Capitalized words after an unknown name that make it an administrative area's name ("X Raion"). */
const AREA_WORDS: ReadonlySet<string> = new Set(['raion', 'hromada', 'oblast', 'district', 'okrug', 'krai', 'kray', 'raions', 'hromadas', 'oblasts', 'districts']);

/** Plural designators ending a list of names ("the X and Y districts", "the X and Y Raions"): each name is a place. */
const PLURAL_DESIGNATORS_AFTER: ReadonlySet<string> = new Set(['districts', 'raions', 'hromadas', 'settlements', 'villages', 'directions', 'axes']);
/** Words a list of names may run over before its plural designator. */
const MAX_LIST_WORDS = 8;

/** Endings typical of Ukrainian and Russian settlement names: weak support for a lone "in X". */
export const hasToponymEnding = endingTest(['ivka', 'ivske', 'ivsk', 'ovka', 'yevka', 'ivtsi', 'ove', 'ovo', 'ino', 'yne', 'ane', 'ene', 'ske', 'sk', 'ka', 'ets', 'ichi', 'yi', 'iv', 'ohrad', 'hrad', 'pil', 'opol', 'dar', 'nke']);

const MAX_NAME_WORDS = 3;

/** Two capitals at a word's start: an acronym, perhaps with a plural ending. */
const ACRONYM_START = /^\p{Lu}\p{Lu}/u;

function isNameWord(text: string, words: WordTokens, w: number, unknown: UnknownWords): boolean {
  const f = words.flags[w]!;
  if (!(f & CAP) || f & (UPPER | DIGIT | POSSESSIVE_TOKEN)) return false;
  // "GLOCs", "BTGs": an acronym with a plural ending, not a toponym.
  if (ACRONYM_START.test(text.slice(words.start[w]!, words.start[w]! + 2))) return false;
  return unknown.has(words.folded[w]!);
}

/**
 * A full stop right before word `w`: "in the direction of Vyr. A local source …", "near Zorkyne and Vyr. Russian
 * forces …". The scanner joins a word of three letters or fewer and its stop to the next word (as it joins
 * "St." to "Petersburg"), so without this a short village's name ran on into the next sentence's first word.
 */
function stopBefore(text: string, words: WordTokens, w: number): boolean {
  return text.charCodeAt(words.end[w - 1]!) === 46;
}

/** Bounded: emptied when full, which only costs looking up again. */
const UNKNOWN_MEMO_LIMIT = 20_000;

/**
 * Whether a folded word is neither an English word nor a person's name, remembered: the common-word sets
 * are large, so in a pipeline each lookup missed the CPU caches, while news repeats its capitalized words
 * and a small memo stays cached.
 */
class UnknownWords {
  private readonly memo = new Map<string, boolean>();

  constructor(
    private readonly sets: CommonWordSets,
    private readonly titles: ReadonlySet<string>,
  ) {}

  has(folded: string): boolean {
    let unknown = this.memo.get(folded);
    if (unknown === undefined) {
      unknown = !this.sets.words.has(folded) && !this.sets.personNames.has(folded) && !this.titles.has(folded);
      if (this.memo.size >= UNKNOWN_MEMO_LIMIT) this.memo.clear();
      this.memo.set(detached(folded), unknown);
    }
    return unknown;
  }
}

/**
 * Unknown villages and towns named by context ("seized Ivanivka, 12km west of Bakhmut", "near X in
 * Donetsk Oblast"): a capitalized word that is not an English word or a person's name, not at a sentence
 * start, not already proposed by another recognizer, right after a place cue. Typed Place without a
 * gazetteer record, with a confidence that says how strong the cue was.
 */
export const contextPlaceRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, 'context-place', ['baseConfidence']);
  const base = optionNumber(options, 'baseConfidence', 'context-place', 0.45, [0, 1]);
  // A person's title is no toponym: "Mr. X and Mr. Y" is no list of places after "X" (a surname some town bears).
  const titles = new Set(ruleData<{ titles: { title: string }[] }>('person-titles.json').titles.map((t) => t.title).filter((t) => !/\s/.test(t)).map((t) => foldKey(t.replace(/\.$/, ''))));
  const unknown = new UnknownWords(loadCommonWords(), titles);
  return {
    name: 'context-place',
    recognize(doc, candidates) {
      const words = docWords(doc);
      // A copy: places found here mark their words for the next member of a list.
      const covered = wordCover(doc, words, candidates).covered.slice();
      const out: Mention[] = [];
      for (let w = 0; w < words.count; w++) {
        const f = words.flags[w]!;
        // A sentence's first word is capitalized anyway: only what follows it can say it is a place.
        const opensSentence = w === 0 || (f & SENTENCE_START) !== 0;
        if (covered[w] || f & WEAK_CASE || !isNameWord(doc.text, words, w, unknown)) continue;
        let end = w + 1;
        while (end < words.count && end - w < MAX_NAME_WORDS && !covered[end] && !(words.flags[end]! & BREAK_BEFORE) && !hyphenBetween(doc.text, words, end) && isNameWord(doc.text, words, end, unknown) && !stopBefore(doc.text, words, end)) end++;
        // A possessive after the name ("in Smith's office") points at a person or an organization.
        if (end < words.count && words.flags[end]! & POSSESSIVE_TOKEN) continue;
        const cue = opensSentence ? undefined : f & BREAK_BEFORE ? listCue(doc.text, words, w, covered) : cueBefore(doc.text, words, w, covered);
        const after = opensSentence ? sentenceStartContext(doc.text, words, end) : contextAfter(doc.text, words, end, candidates, covered);
        const ending = hasToponymEnding(words.folded[end - 1]!) ? 0.1 : 0;
        // "X Raion", "X Hromada": the area's own word belongs to its name.
        const area = end < words.count && words.flags[end]! & CAP && !(words.flags[end]! & BREAK_BEFORE) && AREA_WORDS.has(words.folded[end]!);
        // Without a cue before, what follows must say enough: a distance, a designator with a toponym's ending ("the X
        // area"), or an area's own capitalized word ("Budyonnovsk, Xyzpol Krai": a region's name misspelled or missing from
        // the gazetteer, 14 such mentions in the 294 ISW reports, none of them anything but a region).
        if (cue === undefined && after + ending < STRONG_AFTER && !area) continue;
        const support = (cue ?? 0) + ending + after + (area ? AREA_AFTER : 0);
        const confidence = Math.min(0.8, Math.round((base + support) * 100) / 100);
        const start = words.start[w]!;
        const stop = words.end[area ? end : end - 1]!;
        const mention = new MentionRecord(start, stop, doc.text.slice(start, stop), 'Place', 'name', 'context-place', PRIORITY_CONTEXT_PLACE, confidence);
        mention.placeKind = area ? 'AdministrativeArea' : 'Place';
        if (area) end++;
        out.push(mention);
        // A place found here counts for the next member of a list ("from A, B, and C").
        if (confidence >= base + 0.05) for (let k = w; k < end; k++) covered[k] = covered[k]! | COVERED | COVERED_BY_PLACE;
        w = end - 1;
      }
      return out;
    },
  };
};

/**
 * "A, B, and C": a list member after a comma whose previous member is a place, when the list goes on after
 * it (a comma or "and"/"or"); "Dayton, Ohio." is a place and its state, not a list.
 */
function listCue(text: string, words: WordTokens, w: number, covered: Uint8Array): number | undefined {
  if (w < 1 || w + 1 >= words.count || !(covered[w - 1]! & COVERED_BY_PLACE)) return undefined;
  if (!/^\s*,\s*$/.test(text.slice(words.end[w - 1]!, words.start[w]!))) return undefined;
  const after = text.slice(words.end[w]!, words.start[w + 1]!);
  const next = words.folded[w + 1];
  return /^\s*,\s*$/.test(after) || (/^\s+$/.test(after) && (next === 'and' || next === 'or')) || hyphenBetween(text, words, w + 1) ? 0.1 : undefined;
}

/** Words w - 1 and w are joined by a hyphen and nothing else ("Zolotarivka-Serebryanka"). */
function hyphenBetween(text: string, words: WordTokens, w: number): boolean {
  const gap = text.slice(words.end[w - 1]!, words.start[w]!);
  return gap === '-' || gap === '–' || gap === '‑';
}

/** Strength of the cue before word w, or undefined when there is none. */
function cueBefore(text: string, words: WordTokens, w: number, covered: Uint8Array): number | undefined {
  const prev = words.folded[w - 1]!;
  const joined = w >= 2 && !(words.flags[w - 1]! & BREAK_BEFORE);
  if (prev === 'of' && joined) return OF_HEADS.get(words.folded[w - 2]!);
  // "Hirske and X": a member of a list whose previous member is a place.
  // "Hirske and X", "A, B, and C": a member of a list whose previous member is a place.
  if ((prev === 'and' || prev === 'or') && w >= 2 && covered[w - 2]! & COVERED_BY_PLACE) return 0.1;
  if (prev === 'on' && joined && ON_HEADS.has(words.folded[w - 2]!)) return 0.15;
  if (prev === 'against' && joined && AGAINST_HEADS.has(words.folded[w - 2]!)) return 0.15;
  // "Bilohorivka-X": the second of two places joined by a hyphen (a direction or a road between them).
  if (covered[w - 1]! & COVERED_BY_PLACE && hyphenBetween(text, words, w)) return 0.1;
  if (prev === 'in' && joined && IN_HEADS.has(words.folded[w - 2]!)) return 0.1;
  if (prev === 'from' && joined && FROM_HEADS.has(words.folded[w - 2]!)) return 0.1;
  if (prev === 'to' && joined && TO_HEADS.has(words.folded[w - 2]!)) return 0.1;
  if (prev === 'for' && joined && FOR_HEADS.has(words.folded[w - 2]!)) return 0.15;
  return TRIGGERS.get(prev);
}

/**
 * A distance or bearing right after the name: "X (12km west of Y)", "X (about 40 kilometers northwest of Y)",
 * "X, just south of Y", "X, 10km north of Y".
 */
export const DISTANCE_AFTER = /^(?:\s*\(\s*(?:about |roughly |approximately |around |some |nearly |over |under |less than |more than |within |all |just )*\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|mi|miles)\b|,\s+(?:(?:just|directly|immediately|about|roughly|approximately|some)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\b|\s*\(\s*(?:all\s+)?(?:just\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\b)/i;

/**
 * What only a place undergoes, after a sentence's first name (and the names listed with it): "X was shelled
 * by", "X and Y were struck", "X remains contested", "X remained under Russian control". A person's name is
 * not shelled, captured or contested.
 */
const PLACE_PREDICATE_AFTER = new RegExp(
  String.raw`^(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s+(?:and|or)\s+)\p{Lu}[\p{L}'’\-]*)*\s+` +
    String.raw`(?:was|were|is|are|has been|have been|had been|remains|remain|remained)\s+` +
    String.raw`(?:(?:reportedly|likely|also|again|heavily|still|partially|fully|completely|now|repeatedly)\s+)?` +
    String.raw`(?:shelled|struck|bombed|bombarded|captured|seized|liberated|recaptured|retaken|occupied|encircled|contested|assaulted|stormed|under\s+(?:\p{Lu}\p{L}+\s+)?(?:control|fire|attack|shelling|occupation))\b`,
  'u',
);

/** Support for a sentence's first word from what follows it: a distance or bearing, or a place's predicate. */
function sentenceStartContext(text: string, words: WordTokens, end: number): number {
  if (end >= words.count) return 0;
  const rest = text.slice(words.end[end - 1]!, words.end[end - 1]! + 120);
  return DISTANCE_AFTER.test(rest) || PLACE_PREDICATE_AFTER.test(rest) ? STRONG_AFTER : 0;
}

/** Support from an area's own capitalized word after the name ("X Oblast", "X Krai"), as a designator gives. */
const AREA_AFTER = 0.15;

/** Support from what follows that is enough without a cue before: "X (12km west of Y)". */
const STRONG_AFTER = 0.2;

/** Support from what follows: a distance in brackets, a designator, an administrative area after a comma or "in". */
function contextAfter(text: string, words: WordTokens, end: number, candidates: readonly Mention[], covered: Uint8Array): number {
  if (end >= words.count) return 0;
  if (DISTANCE_AFTER.test(text.slice(words.end[end - 1]!, words.end[end - 1]! + 48))) return STRONG_AFTER;
  if (!(words.flags[end]! & BREAK_BEFORE) && AFTER_DESIGNATORS.has(words.folded[end]!)) return 0.15;
  if (pluralDesignatorAhead(text, words, end)) return STRONG_AFTER;
  let next = words.folded[end] === 'in' && !(words.flags[end]! & BREAK_BEFORE) ? end + 1 : words.flags[end]! & BREAK_BEFORE ? end : -1;
  // "X in northwestern Kherson Oblast", "X (southern Kherson Oblast)": a compass word before the area.
  if (next >= end && next < words.count && COMPASS_BEFORE_AREA.has(words.folded[next]!)) next++;
  if (next < 0 || next >= words.count || !covered[next]) return 0;
  const at = words.start[next]!;
  return candidates.some((m) => m.start === at && m.placeKind === 'AdministrativeArea') ? 0.15 : 0;
}

/** What follows a list of places and says they are places: ", both settlements", ", all villages", ", two towns". */
const LIST_TAIL_AFTER = /^\s*,\s+(?:both|all|two|three|four|five|several)\s+(?:of\s+which\s+are\s+)?(?:settlements|villages|towns|cities|situated|located)\b/i;

/**
 * The list of capitalized names from word `end` on ("(X) and Y", "(X), Y, and Z") ends in a plural
 * designator ("… districts", "… Raions") or is followed by words that say its members are places
 * (", both settlements"). Bounded to a few words and to the sentence.
 */
function pluralDesignatorAhead(text: string, words: WordTokens, end: number): boolean {
  for (let k = end; k < words.count && k - end < MAX_LIST_WORDS; k++) {
    if (k > end && words.flags[k]! & SENTENCE_START) return false;
    const w = words.folded[k]!;
    if (PLURAL_DESIGNATORS_AFTER.has(w)) return true;
    if (w !== 'and' && w !== 'or' && !(words.flags[k]! & CAP)) return LIST_TAIL_AFTER.test(text.slice(words.end[k - 1]!, words.end[k - 1]! + 48));
  }
  return false;
}
