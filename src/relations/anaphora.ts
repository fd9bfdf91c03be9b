import type { Doc, Mention } from '../model/document.js';
import { typeTest } from './arg-types.js';
import { bearingPoint } from './bearing-point.js';
import { POSSESSOR_NOUNS, possessorOfTitle } from './group-possessor.js';
import { copyItem, cutItems, tokenKey, wordKey, type SentenceItems } from './items.js';
import { LexemeFlags } from '../model/lexicon.js';
import { reporterParty } from './reporter-party.js';
import { endsWithWord, lastWords } from './text-cues.js';

/**
 * Pronouns and definite descriptions standing for an entity named before: "He later commanded X", "the
 * brigade withdrew from Y", "Russian forces shelled the city". Each is turned into a mention item for the
 * last named mention of a compatible entity, in the same sentence or an earlier one of the same paragraph,
 * so every rule reads it like the name; statements made through it point at the named mention (the
 * annotation convention) and carry the earlier sentence as part of their evidence.
 */

const isPerson = (m: Mention): boolean => m.type === 'Person' && m.form !== 'demonym';
const isUnit = (m: Mention): boolean => m.type === 'MilitaryUnit' && m.form !== 'demonym';
// A named site is no settlement: "the city" after "the Azovstal Plant" is the town the plant stands in, named before it.
const isSiteName = typeTest(['Site']);
// Nor is water: "the settlement" after "the Inhulets River" is the town named before the river.
const WATER = /\s(?:river|sea|lake|reservoir|canal|bay|estuary|gulf|strait|lagoon)$/i;
const isSettlement = (m: Mention): boolean =>
  m.type === 'Place' && m.form !== 'demonym' && (m.placeKind === 'City' || m.placeKind === 'Place' || m.placeKind === undefined) && !isSiteName(m) && !WATER.test(m.text);

const isGroup = (m: Mention): boolean => (m.type === 'MilitaryUnit' || m.type === 'Organization') && m.form !== 'demonym';

/** A party that "it" may stand for: a unit, an organization, a country or a self-proclaimed republic named as such. */
const isGroupOrPolity = (m: Mention): boolean =>
  isGroup(m) || (m.type === 'Place' && m.form !== 'demonym' && (m.placeKind === 'Country' || (m.placeKind === 'Region' && m.ref !== undefined && /\bRepublic\b/.test(m.ref.name))));

/** A unit or organization named by its kind ("the brigade", "the fleet", "the ministry") stands for the last one whose name has that word. */
const namedKind = (word: string) => (m: Mention): boolean => isGroup(m) && m.text.toLowerCase().includes(word);

/**
 * A named site of a kind ("the plant" for "the Azovstal Steel Plant"; an acronym of a power plant, "ZNPP", by its
 * expansion or its "PP" ending).
 */
const namedSite = (word: string) => (m: Mention): boolean =>
  m.type === 'Place' &&
  m.form !== 'demonym' &&
  (m.text.toLowerCase().includes(word) || (m.expansion ?? '').toLowerCase().includes(word) || (word === 'plant' && m.form === 'acronym' && /PP$/.test(m.text)));

/** Description heads after "the", and what they refer back to. */
const DESCRIPTIONS: ReadonlyMap<string, (m: Mention) => boolean> = new Map([
  ['city', isSettlement],
  ['town', isSettlement],
  ['village', isSettlement],
  ['settlement', isSettlement],
  ['unit', isUnit],
  ['formation', isUnit],
  ...['brigade', 'regiment', 'division', 'battalion', 'corps', 'detachment', 'army', 'fleet', 'group', 'ministry'].map((w) => [w, namedKind(w)] as const),
  // A person named by an office: "Colonel X arrived in Y. The commander then met …".
  ...['commander', 'minister', 'governor', 'mayor', 'spokesperson', 'spokesman'].map((w) => [w, isPerson] as const),
  // A site named by its kind ("the plant", "the bridge") stands for the last one whose name has that word.
  // (And an island or a spit: "captured parts of the island" after "the X Island"; branch iswatk6, 1 of fresh7-read's missed captures.)
  ...['plant', 'bridge', 'airfield', 'airport', 'airbase', 'dam', 'port', 'island', 'spit'].map((w) => [w, namedSite(w)] as const),
]);

/**
 * Nouns after a description that make it a compound's modifier: "the city administration building", "the city council"
 * name a body, not the place named before (in "… near the city administration building
 * in central X" the place is X).
 */
// (Only bodies: "shelled the city hospital" still names a target in the town named before.)
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['administration', 'administrations', 'council', 'councils', 'government', 'authorities', 'officials', 'police', 'court', 'prosecutor', 'prosecutors', 'mayor', 'residents']);
/** Words before a description that make it definite: "the brigade", "this unit" (not "that": mostly a complementizer). */
const DETERMINERS = new Set(['the', 'this']);

/**
 * "this area", "this region": the area the paragraph is about, named before as an oblast or a region ("attacked
 * in northwestern X Oblast … units are holding the defense in this area") or as "the X area". Only after "this":
 * "the area" is mostly generic ("shelled the area", "in the area of X"). A country or a republic is no such area.
 */
const isArea = (doc: Doc) => (m: Mention): boolean =>
  m.type === 'Place' &&
  m.form !== 'demonym' &&
  (m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region' || AREA_AFTER.test(doc.text.slice(m.end, m.end + 8))) &&
  !isPolity(m);
const AREA_AFTER = /^\s+(?:area|region)\b/;
/**
 * A self-proclaimed republic is, like a country, a party more than an area: "the DNR \u201cVostok\u201d Battalion", "and DNR
 * are continuing offensive operations" name it as an actor, and "the offensive in this area" is not about it.
 */
const isPolity = (m: Mention): boolean => m.ref !== undefined && /\bRepublic\b/.test(m.ref.name);
const THIS_DESCRIPTIONS = new Set(['area', 'region']);
/** An area is named less often than a unit or a town is: it is looked for further back (still a bound on the work). */
const MAX_MENTIONS_BACK_AREA = 32;

/**
 * "the area", "the vicinity" left: "Russian forces blew up the bridge in X and withdrew from the area", "units rotated
 * out of the area". What a force leaves is where it was, the place named last (not a bearing's reference point); a
 * generic "the area" elsewhere ("shelled the area") is left alone.
 */
const LEFT_AREAS = new Set(['area', 'vicinity']);
const LEAVING = new Set(['withdrew', 'withdrawn', 'withdrawing', 'withdraw', 'retreated', 'retreating', 'pulled', 'pulling', 'rotated', 'rotating', 'moved', 'redeployed', 'fled']);
// (Never a bearing's reference point: in "the mine southwest of X … withdrew from the area" the area is not X's,
// nor a place named before it: lastPlace.)
const isLeftPlace = (doc: Doc) => (m: Mention): boolean => (isSettlement(m) || (isArea(doc)(m) && m.placeKind !== 'Country')) && !bearingPoint(doc, m);
/** The written items before `w` are a verb of leaving and "from" or "out of" (maybe "back"): the description after them is what was left. */
function leftFrom(items: SentenceItems, w: number): boolean {
  let p = w - 1;
  if (p < 0 || items.mention[p]! >= 0) return false;
  if (items.keys[p] === 'of' && items.keys[p - 1] === 'out') p -= 2;
  else if (items.keys[p] === 'from') p -= 1;
  else return false;
  if (p >= 0 && items.mention[p]! < 0 && (items.keys[p] === 'back' || items.keys[p] === 'out')) p--;
  return p >= 0 && items.mention[p]! < 0 && LEAVING.has(items.keys[p]!);
}

/** The last place named before `before` in the paragraph, if `accepts` takes it (no looking past a reference point to an older place). */
function lastPlace(doc: Doc, before: number, from: number, accepts: (m: Mention) => boolean): number {
  for (let i = before - 1, n = 0; i >= 0 && n < MAX_MENTIONS_BACK; i--, n++) {
    const m = doc.mentions[i]!;
    if (m.start < from) return -1;
    if (m.type === 'Place' && m.form !== 'demonym') return accepts(m) ? i : -1;
  }
  return -1;
}

/** Personal pronouns in subject position. ("his", "her" are read by `S~Person` rule elements; "it" and "they" below.) */
const PRONOUNS: ReadonlyMap<string, (m: Mention) => boolean> = new Map([
  ['he', isPerson],
  ['she', isPerson],
]);

/** After a nationality, the words that make it a fighting force ("Russian forces"), which "they" may stand for. */
const FORCE_AFTER = /^\s+(?:forces|troops|units|servicemen|soldiers|fighters|defenders)\b/;
/** Words after which "they" opens a clause as its subject: "… reported that they shelled X", "and they …". */
const SUBJECT_OPENERS = new Set([',', 'that', 'and', 'but', ';', 'then']);

/**
 * "They" as a clause's subject stands for the last group named as acting: a unit, an organization, or a
 * nationality with a force word ("Ukrainian forces repelled Russian assaults. They also struck X" → the
 * Ukrainian forces; "Russian assaults" is no force).
 */
const isForce = (doc: Doc) => (m: Mention): boolean =>
  m.type === 'MilitaryUnit' || m.type === 'Organization' || (m.form === 'demonym' && FORCE_AFTER.test(doc.text.slice(m.end, m.end + 16)));

/**
 * "It" before a word that says nothing of an entity: "it is likely that", "it remains unclear whether",
 * "it was reported that". Such an "it" refers to no one. ("It appears to be operating near X" refers: verbs
 * of seeming are not in the list.)
 */
const EXPLETIVE_AFTER = new Set([
  'likely', 'unlikely', 'possible', 'impossible', 'unclear', 'clear', 'probable', 'notable', 'noteworthy', 'important',
  'worth', 'necessary', 'difficult', 'reported', 'said', 'claimed', 'assessed', 'noted', 'stated', 'expected', 'believed',
  'known', 'true',
]);
/** Words between "it" and the word that makes it expletive: "it is also likely", "it was not immediately clear". */
const EXPLETIVE_REACH = 4;

/** "It" at `r` stands for no one: one of EXPLETIVE_AFTER follows within EXPLETIVE_REACH words. */
function expletive(items: SentenceItems, r: number): boolean {
  for (let k = r + 1; k < items.length && k <= r + EXPLETIVE_REACH; k++) {
    if (items.mention[k]! >= 0) return false;
    if (EXPLETIVE_AFTER.has(items.keys[k]!)) return true;
  }
  return false;
}

/**
 * A place named only to say where the place before it lies ("X (5km northwest of Y)", "X, just south of Y"): a
 * bearing "of" before it, and an accepted place shortly before that. "The town" then stands for X, the place the
 * bearing locates; without a place before it ("territory west of Y, threatening control of the city") Y is meant.
 */
// A distance says the same: "X, some 12 km from Y … the settlement" → X (branch rec12: the one such anaphor
// of the read golds, an attack on "the settlement", linked Y before).
const BEARING_OF = /\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|\d+\s*(?:km|kilometers|kilometres|miles)\s+(?:away\s+)?from)\s+(?:the\s+)?$/i;
const BEARING_REACH = 32;
/** BEARING_OF's last word, its pre-test (text-cues.ts endsWithWord). */
const BEARING_LAST = lastWords(['of', 'from']);
/** How far before the reference point the place it locates may start (code points): "X (approximately 25km southwest of Y)". */
const LOCATED_REACH = 64;
function referencePoint(doc: Doc, i: number, accepts: (m: Mention) => boolean): boolean {
  const m = doc.mentions[i]!;
  if (m.type !== 'Place') return false;
  if (inPlaceAside(doc, i, accepts)) return true;
  if (!endsWithWord(doc.text, m.start, BEARING_LAST) || !BEARING_OF.test(doc.text.slice(Math.max(0, m.start - BEARING_REACH), m.start))) return false;
  // The located place may stand before another name of the aside: "X (on the bank of the Y River and west of Z)".
  for (const back of [1, 2]) {
    const located = doc.mentions[i - back];
    if (located === undefined || located.start < m.start - LOCATED_REACH) return false;
    if (accepts(located)) return true;
  }
  return false;
}

/**
 * A place named in a bracketed aside that describes the place right before it, the aside closing right after it: "X
 * (the village between A and B) … the settlement", "X (on the southwestern outskirts of Y) … the settlement" → X
 * (branch prec28). The aside's own anaphor ("X (… outskirts of Y within range of the city …") still reads Y: the
 * bracket must close before the next mention.
 */
const ASIDE_OPEN = /^\s*\(\s*$/;
const ASIDE_CLOSE = /^[^()]{0,24}\)/;
function inPlaceAside(doc: Doc, i: number, accepts: (m: Mention) => boolean): boolean {
  const m = doc.mentions[i]!;
  if (!ASIDE_CLOSE.test(doc.text.slice(m.end, m.end + 25))) return false;
  for (let j = i - 1; j >= 0 && doc.mentions[j]!.start >= m.start - LOCATED_REACH; j--) {
    const open = doc.text.lastIndexOf('(', m.start);
    const located = doc.mentions[j]!;
    if (open < located.end) continue;
    return ASIDE_OPEN.test(doc.text.slice(located.end, open + 1)) && !doc.text.slice(open, m.start).includes(')') && accepts(located);
  }
  return false;
}

/**
 * The group at `i` is the last of two joined ones ("Hamas and Fatah met in Cairo. The movement's spokesman …"): which
 * one the description stands for is not said, so it stands for neither.
 */
const JOINED = /^\s*(?:,|,?\s*and|or)\s*(?:the\s+)?$/;
function coordinatedGroup(doc: Doc, i: number): boolean {
  const previous = doc.mentions[i - 1];
  return previous !== undefined && isGroup(previous) && JOINED.test(doc.text.slice(previous.end, doc.mentions[i]!.start));
}

/** How many mentions back an antecedent is looked for: a bound on the work per anaphor. */
const MAX_MENTIONS_BACK = 12;

/** The last mention before `before` (an index into doc.mentions, exclusive) that `accepts` takes, within the paragraph starting at `from`. */
/**
 * The paragraph has moved on from the area named at mention `a` when a later sentence names other places before the
 * anaphor: in "… transferred to X, Y Oblast. Units repelled attacks on A and B near C. Sources claimed that troops
 * attacked in this area toward D", "this area" is C's, not Y Oblast. Places named in the area's own sentence ("from
 * northern Y Oblast toward A and B … in this area") do not count. Runs only for "this area" (bounded by the look-back).
 */
function movedOn(doc: Doc, a: number, before: number): boolean {
  const area = doc.mentions[a]!;
  for (let i = a + 1; i < before; i++) {
    const m = doc.mentions[i]!;
    if (m.type === 'Place' && m.form !== 'demonym' && SENTENCE_END.test(doc.text.slice(area.end, m.start))) return true;
  }
  return false;
}
const SENTENCE_END = /[.!?]["\u201d\u2019)]?\s+[A-Z\u201c"]/;

function antecedent(doc: Doc, before: number, from: number, accepts: (m: Mention) => boolean, maxBack = MAX_MENTIONS_BACK, prefers?: (m: Mention) => boolean): number {
  for (let i = before - 1, n = 0; i >= 0 && n < maxBack; i--, n++) {
    const m = doc.mentions[i]!;
    if (m.start < from) return -1;
    if (accepts(m) && !referencePoint(doc, i, accepts)) {
      if (prefers && !prefers(m)) return preferredBefore(doc, before, from, maxBack, prefers) ?? i;
      return isUnit(m) ? chainHead(doc, i, accepts) : i;
    }
  }
  return -1;
}

/**
 * "The city" names a city: a settlement the gazetteer does not know as one (a village the recognizer found by its
 * shape, a site) is rarely what it stands for, the city named before it is ("pushed on A via B and C, 9km southeast of
 * the city", "attacked toward B, 15km west of A, to encircle the city" → A). The first place `prefers` takes, within
 * the rest of the look-back, replaces such a candidate, a bearing's reference point too (it is what "the city" mostly
 * names after a village located by it); none there leaves the candidate. The look-back starts again at the
 * anaphor: in "attacked A (20km west of C), to advance around the city" C stands after A.
 */
const isKnownCity = (m: Mention): boolean => m.type === 'Place' && m.form !== 'demonym' && m.placeKind === 'City' && m.ref !== undefined;
const PREFERRED: ReadonlyMap<string, (m: Mention) => boolean> = new Map([['city', isKnownCity]]);

function preferredBefore(doc: Doc, before: number, from: number, maxBack: number, prefers: (m: Mention) => boolean): number | undefined {
  for (let i = before - 1, n = 0; i >= 0 && n < maxBack; i--, n++) {
    const m = doc.mentions[i]!;
    if (m.start < from) return undefined;
    if (prefers(m)) return i;
  }
  return undefined;
}

/** Between the links of a unit chain: "X of the Y", "X of the Z’s Y", "Z’s Y". */
const CHAIN_LINK = /^\s*(?:of(?:\s+the)?|['\u2019]s)\s*$/;

/**
 * "servicemen of the 3rd Battalion of the 105th Regiment complained when the unit …": the unit spoken of
 * is the head of the chain, the first unit of it, not its last link. Walks back over the chain's links
 * (at most MAX_MENTIONS_BACK).
 */
function chainHead(doc: Doc, i: number, accepts: (m: Mention) => boolean): number {
  let head = i;
  for (let j = i - 1, n = 0; j >= 0 && n < MAX_MENTIONS_BACK; j--, n++) {
    const m = doc.mentions[j]!;
    if (!CHAIN_LINK.test(doc.text.slice(m.end, doc.mentions[j + 1]!.start))) break;
    if (accepts(m)) head = j;
  }
  return head;
}

/**
 * Whether sentence `s` holds a word that may refer back ("he", "the city"): a scan of its token keys,
 * cheaper than building the items of a sentence with one name only to find nothing to resolve.
 */
export function mayRefer(doc: Doc, s: number): boolean {
  const sentence = doc.sentences[s]!;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    // Every test below reads an anaphor's opener: one look-up by lexeme id passes the other words (most).
    if (!opensAnaphor.of(doc.tokens, t)) continue;
    const key = tokenKey(doc, t);
    // "it" only where it opens a clause: most "it"s of news are objects, and each sentence let through here costs its items.
    if (key === 'it' && (t === sentence.tokenStart || SUBJECT_OPENERS.has(tokenKey(doc, t - 1)))) return true;
    if (PRONOUNS.has(key) || key === 'they' || (DETERMINERS.has(key) && t + 1 < sentence.tokenEnd && DESCRIPTIONS.has(tokenKey(doc, t + 1)))) return true;
    if (key === 'this' && t + 1 < sentence.tokenEnd && THIS_DESCRIPTIONS.has(tokenKey(doc, t + 1))) return true;
    if (key === 'the' && t + 1 < sentence.tokenEnd && LEFT_AREAS.has(tokenKey(doc, t + 1))) return true;
    if (key === 'its' || (key === 'the' && t + 1 < sentence.tokenEnd && POSSESSOR_NOUNS.has(tokenKey(doc, t + 1)))) return true;
  }
  return false;
}

/** Every key that opens an anaphor in resolveAnaphora's branches. */
const ANAPHOR_KEYS: ReadonlySet<string> = new Set(['this', 'the', 'they', 'it', 'its', ...DETERMINERS, ...PRONOUNS.keys()]);

/**
 * Whether a token's key is in ANAPHOR_KEYS, once per word form (src/model/lexicon.ts): read by lexeme id, the words
 * that open no anaphor (most) are passed without reading their key strings, each a cache miss and a hash look-up per
 * token. A word item's key is its token's, or one of items.ts's rekeyed forms, none of which (nor their tokens' keys)
 * is in ANAPHOR_KEYS. Measured with items.ts `tokenMayRekey` (branch speed13): see there.
 */
const opensAnaphor = new LexemeFlags((text) => ANAPHOR_KEYS.has(wordKey(text)));

/** The item written at `w` opens a clause as its subject: sentence start, or after a SUBJECT_OPENERS word. */
const opensClause = (items: SentenceItems, w: number): boolean => w === 0 || (items.mention[w - 1]! < 0 && SUBJECT_OPENERS.has(items.keys[w - 1]!));

/**
 * Replaces, in place, the anaphors of a sentence's items by mention items for their antecedents.
 * `firstMention` is the sentence's first mention in doc.mentions. Returns how many were replaced.
 * Linear in the sentence: one pass over the items, a bounded look back per anaphor.
 */
export function resolveAnaphora(doc: Doc, items: SentenceItems, firstMention: number): number {
  const sentence = doc.sentences[items.sentence]!;
  const paragraph = doc.paragraphs[sentence.paragraph];
  const from = paragraph ? paragraph.start : sentence.start;
  let before = firstMention;
  let w = 0;
  let replaced = 0;
  for (let r = 0; r < items.length; r++) {
    const key = items.keys[r]!;
    let resolved = -1;
    let end = r;
    if (items.mention[r]! >= 0) {
      before = Math.max(before, items.mention[r]! + 1);
    } else if (!opensAnaphor.of(doc.tokens, items.token[r]!)) {
      // No branch below reads this word: one look-up instead of the two sets' (most words).
    } else if (key === 'this' && r + 1 < items.length && items.mention[r + 1]! < 0 && THIS_DESCRIPTIONS.has(items.keys[r + 1]!)) {
      // "in this area of the front" names a part of something else.
      if (items.keys[r + 2] !== 'of') {
        resolved = antecedent(doc, before, from, isArea(doc), MAX_MENTIONS_BACK_AREA);
        if (resolved >= 0 && movedOn(doc, resolved, before)) resolved = -1;
        end = r + 1;
      }
    } else if (key === 'the' && r + 1 < items.length && items.mention[r + 1]! < 0 && LEFT_AREAS.has(items.keys[r + 1]!) && items.keys[r + 2] !== 'of' && leftFrom(items, w)) {
      resolved = lastPlace(doc, before, from, isLeftPlace(doc));
      end = r + 1;
    } else if ((key === 'its' || key === 'the') && possessorOfTitle(doc, items, r) >= 0) {
      // "the group's leader X", "its founder X": the last group named (group-possessor.ts).
      // "Its" may stand for a country too ("Freedonia said its president X …"), which then owns the office.
      resolved = antecedent(doc, before, from, key === 'its' ? isGroupOrPolity : isGroup);
      if (resolved >= 0 && coordinatedGroup(doc, resolved)) resolved = -1;
      end = possessorOfTitle(doc, items, r);
    } else if (DETERMINERS.has(key) && r + 1 < items.length && items.mention[r + 1]! < 0) {
      const accepts = DESCRIPTIONS.get(items.keys[r + 1]!);
      // "X, the city" is an apposition and "the city of X" names the city: neither refers back. Nor does "the city
      // administration building", a compound naming a body or a building (COMPOUND_HEADS).
      const apposition = w > 0 && (items.keys[w - 1] === ',' || items.mention[w - 1]! >= 0);
      if (accepts && !apposition && items.keys[r + 2] !== 'of' && !(items.mention[r + 2]! < 0 && COMPOUND_HEADS.has(items.keys[r + 2]!))) {
        resolved = antecedent(doc, before, from, accepts, MAX_MENTIONS_BACK, PREFERRED.get(items.keys[r + 1]!));
        end = r + 1;
      }
    } else if (PRONOUNS.has(key)) {
      resolved = antecedent(doc, before, from, PRONOUNS.get(key)!);
    } else if (key === 'they' && opensClause(items, w)) {
      resolved = reporterParty(doc, items, w);
      if (resolved < 0) resolved = antecedent(doc, before, from, isForce(doc));
    } else if (key === 'it' && opensClause(items, w) && !expletive(items, r)) {
      // "The 14th Brigade withdrew from X. It later moved to Y": the last unit or organization named. After
      // "that" also a country or a self-proclaimed republic, who reports its own deed ("the LNR announced that it
      // captured X"); elsewhere an "it" after a place is mostly no party ("… near the X plant, it will take time").
      resolved = antecedent(doc, before, from, w > 0 && items.keys[w - 1] === 'that' ? isGroupOrPolity : isGroup);
    }
    if (resolved >= 0) {
      items.keys[w] = '';
      items.mention[w] = resolved;
      items.start[w] = items.start[r]!;
      items.end[w] = items.end[end]!;
      items.role[w] = undefined;
      items.token[w] = -1;
      replaced++;
      r = end;
    } else if (w !== r) {
      copyItem(items, r, items, w);
    }
    w++;
  }
  // Cut only when an anaphor took several items (rare): setting each list's length to what it is already is a runtime
  // call per list and sentence (V8's "set length": 0.6% of a warm pipeline's CPU profile with sentenceItems' own, 547cae0).
  if (w !== items.length) cutItems(items, w);
  return replaced;
}
