import type { Doc, Mention, RelationMention } from '../model/document.js';
import { provisionalKey as keyOf } from './provisional-key.js';
import { outsideDomain } from './argument-domain.js';
import { derivedStatement } from './derived-statement.js';
import type { SentenceItems } from './items.js';
import { isPlace, mentionAt as mentionOf, wordAt } from './place-walk.js';
import { respectiveMismatch } from './respective-pairs.js';
import { negationCues } from './rules/cues.js';
import { SCOPE_GUARDS, type ScopeCandidate } from './scope-guards.js';
import { namesTargetOwner } from './target-owner.js';

/**
 * The event's scope (issue 13, branch atk9): once a rule has found an actor and an event word for a clause and stated
 * an event on a place, every other place after that place up to the clause's end is read as the same event's object,
 * unless a guard of scope-guards.ts says the place plays another part (a bearing's reference point, an origin, a
 * destination, the region a place lies in, an aside, an owner, a place past another party, verb or report). A broad
 * reading measured as a class, not a shape per sentence: on ISW dev + blind dev it adds the places the rules' lists and
 * phrases stopped short of. Linear in the words after each stated place (one walk per seed statement, to the clause end).
 */
export const SCOPE_RULE = 'attacked-scope-place';
/**
 * Only attacks are read on: on ISW dev + blind dev the same reading for captured had 0 right of 39 candidates (what
 * follows a taken place locates it, or is a destination), for withdrewFrom 0 of 23 (destinations).
 */
const SCOPE_PREDICATES: ReadonlySet<string> = new Set(['attacked']);
/** Below the rules that read the event directly; measured in rules/confidence.ts. */
const SCOPE_CONFIDENCE = 0.7;

/** Words that end the clause: the scope never reaches past them (a place there is another clause's). */
const CLAUSE_ENDS = new Set([
  '.', ';', ':', '—', '–', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'but', 'because', 'although', 'though',
  'as', 'after', 'before', 'since', 'until', 'if', 'whether', 'so', 'unless', 'once', 'despite',
  // A comparison names a yardstick, no target: "an area larger than X".
  'than',
]);
/** Negations and exclusions: "controls X except for A" states nothing of A. */
const NEGATION = new Set([...negationCues, 'except', 'excluding', 'apart', 'besides']);
/** Auxiliaries open a verb phrase of their own ("… and have advanced to B"). */
const AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was', 'be', 'been', 'did', 'do', 'does', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must']);
/** Adjectives and nouns in -ed or -ing that stand inside a noun phrase, not verbs ("fortified positions", "the fighting"). */
const NOT_VERBS = new Set([
  'unspecified', 'fortified', 'armored', 'armoured', 'mechanized', 'motorized', 'guided', 'unmanned', 'combined', 'alleged', 'suspected',
  'occupied', 'populated', 'limited', 'continued', 'renewed', 'ongoing', 'surrounding', 'neighboring', 'neighbouring', 'fighting', 'shelling', 'bombing',
  'building', 'buildings', 'crossing', 'landing', 'housing', 'during', 'including', 'regarding', 'following', 'according', 'red', 'bed', 'shed', 'speed',
]);
const LIST_LINKS = new Set([',', 'and', 'or']);

/** The word opens a verb phrase: an auxiliary, or an -ed / -ing form that is no noun-phrase word. */
/** Irregular past forms, a closed class of English: "… and broke out of X", "… and fled to X", "officials said". */
const IRREGULAR_PAST = new Set([
  'began', 'broke', 'brought', 'came', 'drove', 'fell', 'fled', 'fought', 'gave', 'got', 'went', 'held', 'hid', 'hit', 'kept', 'left', 'lost', 'made',
  'met', 'overran', 'put', 'ran', 'rode', 'said', 'sent', 'set', 'shot', 'stood', 'struck', 'took', 'told', 'threw', 'won', 'withdrew', 'wrote', 'saw',
]);
const isVerbForm = (k: string): boolean =>
  AUXILIARIES.has(k) || IRREGULAR_PAST.has(k) || ((k.endsWith('ed') || k.endsWith('ing')) && k.length > 4 && !NOT_VERBS.has(k));

/** An adverb right after a list word opens a verb phrase: "… and likely captured B", "… and partially blocked B". */
const isAdverb = (k: string): boolean => k.length > 4 && k.endsWith('ly') && !NOT_ADVERBS.has(k);
/** Words in -ly that are no adverbs of a verb phrase. */
const NOT_ADVERBS = new Set(['nearby', 'early', 'only', 'daily', 'weekly', 'family', 'italy', 'likely-held']);

/** Words that open a noun phrase after "to", which is then a preposition and no infinitive's ("to the outskirts of X"). */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'both', 'all', 'several', 'some', 'positions', 'areas', 'settlements', 'near', 'within', 'around']);

/** Prepositions of where something is, and those of where a movement starts or heads (the scope-guards.ts guards). */
const LOCATIVES = new Set(['in', 'near', 'at', 'around', 'outside', 'within', 'inside']);
const PASSING = new Set(['from', 'to', 'into', 'toward', 'towards']);

/** A list word stands between items `a` and `b`. */
function listLinkBetween(items: SentenceItems, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (items.mention[i]! < 0 && LIST_LINKS.has(items.keys[i]!)) return true;
  return false;
}

const lastOutsideBrackets = (out: readonly ScopeCandidate[]): ScopeCandidate | undefined => {
  for (let i = out.length - 1; i >= 0; i--) if (!out[i]!.inBracket) return out[i];
  return undefined;
};

/** Items `a` and `b` are members of one list: only list words stand between them ("A, B, and C"). */
function onlyListLinksBetween(items: SentenceItems, a: number, b: number): boolean {
  let links = 0;
  let depth = 0;
  for (let i = a + 1; i < b; i++) {
    const k = items.mention[i]! >= 0 ? '' : items.keys[i]!;
    // A member's aside does not break its list: "from A (10km east of X), B (…), and C".
    if (k === '(') depth++;
    else if (k === ')') depth--;
    else if (depth > 0) continue;
    else if (LIST_LINKS.has(k)) links++;
    else return false;
  }
  return links > 0 && depth === 0;
}

/** Prepositions that may govern a place; the governing one is looked for over a few place words before it. */
const PREPOSITIONS = new Set(['from', 'to', 'toward', 'towards', 'into', 'in', 'near', 'at', 'on', 'around', 'against', 'along', 'outside', 'within', 'past', 'via', 'through', 'between', 'across', 'by', 'with', 'of', 'beyond', 'inside', 'over', 'onto', 'behind', 'for']);
const MAX_LOOK_BACK = 5;

/**
 * Some guard of SCOPE_GUARDS applies to candidate `c`. A loop here, not a closure over the candidate in addScopePlaces'
 * loop, which made V8 allocate a context for each candidate (2.6 MB per warm pass over the 294 ISW reports with the
 * function's other allocations; heap sampling, 25f0bbd).
 */
function someScopeGuard(doc: Doc, items: SentenceItems, c: ScopeCandidate): boolean {
  for (const g of SCOPE_GUARDS) if (g.applies(doc, items, c)) return true;
  return false;
}

/**
 * Adds, for each event statement on a place among found[from…] in this sentence, the other places of its clause. The
 * statements of one subject are walked once, from its first stated place: at each later place stated for the same
 * subject the walk starts afresh (what stood between is forgotten), so the work is linear in the sentence.
 */
export function addScopePlaces(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  const end = found.length;
  // The seeds by subject mention: item of each stated place → its statement.
  let seeds: Map<number, Map<number, RelationMention>> | undefined;
  for (let k = from; k < end; k++) {
    const seed = found[k]!;
    if (!SCOPE_PREDICATES.has(seed.predicate) || seed.sentence !== items.sentence || !isPlace(doc.mentions[seed.object])) continue;
    const at = items.mention.indexOf(seed.object);
    if (at < 0) continue;
    seeds ??= new Map();
    let bySubject = seeds.get(seed.subject);
    if (bySubject === undefined) seeds.set(seed.subject, (bySubject = new Map()));
    if (!bySubject.has(at)) bySubject.set(at, seed);
  }
  if (seeds === undefined) return;
  let stated: Set<string> | undefined;
  for (const [subject, bySubject] of seeds) {
    const sm = doc.mentions[subject]!;
    const first = Math.min(...bySubject.keys());
    const subjectItem = items.mention.indexOf(subject);
    for (const c of scopeCandidates(doc, items, first, bySubject)) {
      const seed = c.seedStatement!;
      const om = doc.mentions[c.object]!;
      if (c.object === subject || outsideDomain(seed.predicate, sm, om)) continue;
      // "A and B attacked X and Y, respectively": Y is B's, not A's (respective-pairs.ts; the rules state B–Y themselves).
      if (subjectItem >= 0 && respectiveMismatch(items, subjectItem, c.item)) continue;
      if (someScopeGuard(doc, items, c)) continue;
      stated ??= statedPairs(doc, found, from);
      const pair = `${seed.predicate}\t${keyOf(sm)}\t${keyOf(om)}`;
      if (stated.has(pair)) continue;
      stated.add(pair);
      found.push(derivedStatement(seed, c.object, seed.predicate, SCOPE_RULE, SCOPE_CONFIDENCE));
    }
  }
}

/** The predicate, subject and object of every statement made in this sentence so far. */
function statedPairs(doc: Doc, found: readonly RelationMention[], from: number): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < found.length; k++) {
    const r = found[k]!;
    out.add(`${r.predicate}\t${keyOf(doc.mentions[r.subject]!)}\t${keyOf(doc.mentions[r.object]!)}`);
  }
  return out;
}

/**
 * The places after the place at item `at` up to the clause's end, each with what stands between: brackets, another
 * party, a verb phrase, a negation, an infinitive's "to". The walk stops at a word of CLAUSE_ENDS outside brackets.
 */
export function scopeCandidates(doc: Doc, items: SentenceItems, at: number, seeds: ReadonlyMap<number, RelationMention>): ScopeCandidate[] {
  const out: ScopeCandidate[] = [];
  let seedItem = at;
  let depth = 0;
  let otherParty = false;
  let verbPhrase = false;
  let negated = false;
  let infinitive = false;
  // "A, a suburb of B, …": a phrase set off by a comma after a place, opening with no place and no list word, says
  // what or where that place is; it lasts to the next comma.
  let apposition = false;
  // Inside a phrase opened by "from" up to the next list word: "attacked toward A from positions near B".
  let origin = false;
  // The item of the last "from": one after the previous place opens an origin of its own ("push toward A from positions
  // near B": B is no place A's "toward" goes on to).
  let originAt = -1;
  for (let p = at + 1; p < items.length; p++) {
    const m = mentionOf(doc, items, p);
    // Another place stated for the same subject: the walk goes on from it afresh.
    if (m !== undefined && depth === 0 && seeds.has(p)) {
      seedItem = p;
      otherParty = verbPhrase = negated = infinitive = apposition = origin = false;
      out.push({ item: p, object: items.mention[p]!, seed: items.mention[p]!, seedStatement: undefined, inBracket: false, inApposition: false, otherParty, verbPhrase, negated, infinitive, governing: governingWord(doc, items, p), abutting: false, clauseSubject: false });
      continue;
    }
    if (m !== undefined) {
      if (isPlace(m)) {
        // The place before it outside brackets (a bracket's places are asides of a list member): a member of its list
        // takes its preposition ("from A, B, and C"); a locative phrase right after an origin's or a destination's
        // place, with no list word between, still says where that origin or destination is ("from the outskirts of A
        // in the area of B").
        const previous = depth > 0 ? undefined : lastOutsideBrackets(out);
        let governing = previous !== undefined && onlyListLinksBetween(items, previous.item, p) ? previous.governing : governingWord(doc, items, p);
        if (LOCATIVES.has(governing) && previous !== undefined && PASSING.has(previous.governing) && !listLinkBetween(items, previous.item, p)) governing = previous.governing;
        if (origin && governing !== 'from' && (!PASSING.has(governing) || (previous !== undefined && originAt > previous.item))) governing = 'from';
        out.push({
          item: p, object: items.mention[p]!, seed: items.mention[seedItem]!, seedStatement: seeds.get(seedItem), inBracket: depth > 0, inApposition: apposition, otherParty, verbPhrase, negated, infinitive, governing,
          abutting: mentionOf(doc, items, p - 1) !== undefined, clauseSubject: verbFollows(items, p),
        });
      } else if (!namesTargetOwner(doc, items, p, m)) otherParty = true;
      continue;
    }
    const k = wordAt(items, p);
    if (k === '(' || k === '[') depth++;
    else if (k === ')' || k === ']') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (CLAUSE_ENDS.has(k)) break;
    else if (k === ',') apposition = isPlace(mentionOf(doc, items, p - 1)) && mentionOf(doc, items, p + 1) === undefined && !LIST_LINKS.has(wordAt(items, p + 1));
    else if (NEGATION.has(k)) negated = true;
    else if (k === 'to' && p + 1 < items.length && mentionOf(doc, items, p + 1) === undefined && !NOUN_PHRASE_OPENERS.has(wordAt(items, p + 1))) infinitive = true;
    else if (k === 'from') {
      origin = true;
      originAt = p;
    }
    else if (LIST_LINKS.has(k)) origin = false;
    else if (isVerbForm(k) || (LIST_LINKS.has(wordAt(items, p - 1)) && isAdverb(k))) verbPhrase = true;
  }
  return out.filter((c) => c.seedStatement !== undefined);
}

/**
 * A verb follows the place at item `p` before the next list word, bracket, preposition or clause end: the place is
 * inside the subject of a clause of its own ("…, and officials in B reported outages", "…, and B stayed quiet").
 */
function verbFollows(items: SentenceItems, p: number): boolean {
  for (let i = p + 1; i < items.length; i++) {
    if (items.mention[i]! >= 0) continue;
    const k = items.keys[i]!;
    if (LIST_LINKS.has(k) || CLAUSE_ENDS.has(k) || k === '(' || (PREPOSITIONS.has(k) && k !== 'of' && k !== 'in')) return false;
    if (isVerbForm(k)) return true;
  }
  return false;
}

/**
 * The preposition governing the place at item `p`, or '' for none: over at most MAX_LOOK_BACK words before it, and
 * back over the list it ends ("from A, B, and C": "from" governs C too).
 */
function governingWord(doc: Doc, items: SentenceItems, p: number): string {
  for (let i = p - 1, n = 0; i >= 0 && n < MAX_LOOK_BACK; i--) {
    const m = items.mention[i]!;
    if (m >= 0) {
      // A place of the same list: the words before the list govern it.
      if (!isPlace(doc.mentions[m]) || !LIST_LINKS.has(wordAt(items, i + 1))) return '';
      n = 0;
      continue;
    }
    const k = items.keys[i]!;
    if (LIST_LINKS.has(k) || k === 'both' || k === 'either') continue;
    n++;
    if (k === 'direction' || k === 'directions') return 'toward';
    if (PREPOSITIONS.has(k)) {
      // "north of X", "the outskirts of X": "of" hands on to the word that governs the phrase.
      if (k === 'of') continue;
      return k;
    }
  }
  return '';
}
