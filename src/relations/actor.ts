import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { eventVerbs } from './rules/events.js';
import { possessiveAgent } from './possessive-actor.js';
import { invasionAgent, PROSPECT_HEADS } from './invasion-agent.js';
import { witnessedAttackAgent } from './witnessed-attack-agent.js';

/**
 * Words after which a name is what is acted on or looked for, not who acts: "searches for Ukrainian
 * partisans", "fighting with Russian forces", "a strike against the 14th Brigade".
 */
const GOVERNING_WORDS = new Set([
  'for', 'against', 'with', 'by', 'on', 'at', 'to', 'from', 'into', 'toward', 'towards', 'between', 'among',
  // Where something is, not who acts: "the group of forces in Ukraine was responsible for the capture of X".
  'in', 'within', 'inside', 'across', 'throughout', 'near',
  // Lines and ground passed: "broke through Russian lines and captured X", "behind Ukrainian lines" (not "under":
  // "collapsing under Ukrainian advances in X" names the attacker).
  'through', 'behind', 'beyond', 'past', 'via',
  'accuse', 'accused', 'accusing', 'blamed', 'blame', 'blaming', 'than', 'like', 'unlike', 'whether',
  // After a verb of using, a nationality is where the weapon came from: "utilized an Iranian drone to attack X".
  'used', 'using', 'uses', 'utilized', 'utilizing', 'employed', 'employing',
  // So after a verb of acquiring one: "for sourcing Iranian drones to improve targeting in X" (no Iranian attack).
  'sourcing', 'sourced', 'buying', 'bought', 'purchasing', 'purchased', 'acquiring', 'acquired', 'procuring', 'procured',
  'importing', 'imported',
  // Verbs done to forces, not by them: "attempts to dislodge Ukrainian forces with artillery fire in X",
  // "reconnoitered Ukrainian positions and shelled X", "trapped Russian troops in X".
  'dislodge', 'dislodges', 'dislodged', 'dislodging', 'reconnoiter', 'reconnoitered', 'reconnoitering', 'reconnoitred',
  'outflank', 'outflanked', 'outflanking', 'trap', 'trapped', 'trapping', 'envelop', 'enveloped', 'enveloping',
]);
/**
 * Verbs of driving forces off: the forces after them are driven, not who acts next ("drove Russian forces north from X
 * and captured Y"). Only forces: "the concept that drove Russian efforts to capture X" names the efforts' owner. (Not
 * "forced"/"forcing", whose forces act on: "forcing Russian troops to withdraw from X".)
 */
const DRIVING_OFF = new Set(['drove', 'drive', 'drives', 'driving', 'driven', 'expelled', 'expel', 'expelling', 'ousted', 'oust', 'ousting']);
/**
 * Counts between a verb and the nationality it governs: "struck several Russian depots", "destroyed two Russian
 * trucks". With DISRUPTING: -2 `attacked` statements on the 262 non-test ISW reports, both wrong (the owner of the
 * depots hit taken for the attacker); dev splits unchanged (iswprec2).
 */
const QUANTIFIERS = /^(?:\d[\d,.]*|several|multiple|numerous|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/;
/**
 * Verbs of disrupting: the nationality after them owns what is disrupted ("disrupted Russian logistics by striking
 * depots in X") unless an attack noun of its own follows ("disrupt Russian efforts to capture X"), as after an event's verb.
 */
const DISRUPTING = new Set(['disrupt', 'disrupts', 'disrupted', 'disrupting']);
/** How far the attack noun of a counted or disrupted nationality is looked for: "destroyed five Russian drones used in attack operations". */
const OBJECT_NOUN_REACH = 5;

/** A count at `p` before the nationality at `first`, after a verb of striking or disrupting, with no attack noun of its own after it. */
function countedObject(items: SentenceItems, first: number, p: number): boolean {
  let q = p;
  while (q >= 0 && items.mention[q]! < 0 && QUANTIFIERS.test(items.keys[q]!)) q--;
  if (q === p || q < 0 || items.mention[q]! >= 0) return false;
  const key = items.keys[q]!;
  return (EVENT_VERBS.has(key) || DISRUPTING.has(key)) && !agentOfEventNoun(items, first, OBJECT_NOUN_REACH);
}
/** After an event's verb, a name is what was hit or taken ("shelled Russian positions"). */
const EVENT_VERBS: ReadonlySet<string> = new Set(eventVerbs);

/** After "of", a nationality is a possessor ("command of the Russian offensive"), a unit often a part ("elements of the 14th Brigade"). */
const OF = 'of';
const BY = 'by';
const AND = 'and';

/**
 * True when the event's actor, the mention starting the match at `first`, is governed by the word before
 * it (an article and a possessive may stand between): then it is not the one acting.
 */
export function actorIsGoverned(doc: Doc, items: SentenceItems, first: number): boolean {
  // A match that opens with a word ("the withdrawal of Russian forces from X") has its actor further on.
  if (items.mention[first]! < 0) return false;
  // The agent of an invasion of a place acts, whatever holds the invasion, unless a prospect does (invasion-agent.ts).
  if (invasionAgent(items, first)) return prospectOwns(items, first);
  // A nationality that modifies a noun of land, lines or people names no party: "from Russian regions and occupied X".
  if (isDemonymItem(doc, items, first) && first + 1 < items.length && items.mention[first + 1]! < 0 && NOT_A_PARTY.has(items.keys[first + 1]!)) return true;
  // A nationality that owns targets names what is hit: "to strike Russian military targets in X".
  if (isDemonymItem(doc, items, first) && ownsTargets(items, first)) return true;
  // A nationality joined by a hyphen modifies a word ("Iranian-made drones", "Russian-held areas"): no actor.
  // Not "-led": the nationality leads the forces that act ("Russian-led forces have taken control of X"; branch iswatk6, 1 of
  // fresh7-orbat-read's missed captures).
  if (isDemonymItem(doc, items, first) && HYPHENS.has(items.keys[first + 1]!) && items.keys[first + 2] !== LED) return true;
  let p = first - 1;
  // A nationality before a unit is part of its phrase: "the Russian 22nd Army Corps".
  if (p >= 0 && isDemonymItem(doc, items, p) && !isDemonymItem(doc, items, first)) p--;
  if (p >= 0 && items.mention[p]! < 0 && (items.keys[p] === 'the' || items.keys[p] === 'a' || items.keys[p] === 'an')) p--;
  // A count after a verb of striking: "struck several Russian manpower concentrations and destroyed a depot in X".
  if (countedObject(items, first, p)) return true;
  // A part of a place is governed like the place: "operations in eastern Ukraine", "near the northern X".
  if (p >= 0 && items.mention[p]! < 0 && PLACE_PARTS.has(items.keys[p]!)) {
    // A place named by its part is land, never a party: "did not mean to leave southern Ukraine after taking X".
    if (!isDemonymItem(doc, items, first) && doc.mentions[items.mention[first]!]!.type === 'Place') return true;
    p--;
    if (p >= 0 && items.mention[p]! < 0 && items.keys[p] === 'the') p--;
  }
  if (p < 0 || items.mention[p]! >= 0) return false;
  const key = items.keys[p]!;
  // A possessive owns the event noun the preposition governs: "during Russia's invasion of X" (possessive-actor.ts).
  if (PREPOSITIONS.has(key) && possessiveAgent(items, first, (k) => EVENT_VERBS.has(k))) return key === OF && OWNING_HEADS.has(items.keys[p - 1]!);
  // After an event's verb a name is what was hit ("shelled Russian positions"), unless it is the agent of an
  // attack noun right after it ("repelled Russian assaults").
  if (EVENT_VERBS.has(key)) return !agentOfEventNoun(items, first);
  if (DISRUPTING.has(key)) return !agentOfEventNoun(items, first, OBJECT_NOUN_REACH);
  // "units from the 58th Army attacked X" reads as "units of": a part noun before "from" makes the group the actor
  // (annotation guidelines, "elements of the 45th Brigade attacked X"), unless the part is what was hit.
  if (key === FROM && PART_NOUNS.has(items.keys[p - 1]!) && items.mention[p - 1]! < 0 && isGroupType(doc.mentions[items.mention[first]!]!)) return objectOfEventVerb(items, p);
  // "unaware of / evidence for Ukrainian strikes on X": attacks a word witnesses have the nationality as agent (witnessed-attack-agent.ts).
  if ((key === OF || key === FOR) && isDemonymItem(doc, items, first) && witnessedAttackAgent(items, first, p)) return false;
  if (GOVERNING_WORDS.has(key)) return true;
  if (DRIVING_OFF.has(key)) return forcesOrEventAfter(items, first, false);
  if (key !== OF) return false;
  const actor = doc.mentions[items.mention[first]!]!;
  // A place or a nationality after "of" owns something ("residents of Crimea", "command of the Russian
  // offensive"); a unit after "of" acts ("elements of the 14th Brigade attacked"), unless what it is part of
  // was hit ("destroyed the command post of the 22nd Army Corps").
  // A nationality after "of" followed by a force word or an attack noun names an actor: "footage of Russian
  // forces using X against Y", "the aftermath of one Ukrainian HIMARS strike on X".
  // (Not after a noun of command: in "command of the Russian offensive in X" the nationality only owns the offensive.)
  // An attack noun makes it the agent only after "a"/"an": "the aftermath of a Ukrainian strike" is one strike;
  // "the pace of the Russian offensive", "the state of Russian offensive capabilities" name no attack.
  if (actor.form === 'demonym') return OWNING_HEADS.has(items.keys[p - 1]!) || !forcesOrEventAfter(items, first, INDEFINITE.has(items.keys[first - 1]!));
  return actor.type === 'Place' || objectOfEventVerb(items, p);
}

const FROM = 'from';
const FOR = 'for';
/** Nouns of a part of a group before "from": "units from the 58th Army", "elements from the 1st Brigade". */
const PART_NOUNS = new Set(['elements', 'units', 'subunits', 'troops', 'forces', 'servicemen', 'personnel', 'fighters', 'detachments', 'soldiers']);
const isGroupType = (m: Mention): boolean => m.form !== 'demonym' && (m.type === 'MilitaryUnit' || m.type === 'Organization');

/** A noun of a prospect owns the phrase after its "of" (an article may stand between): "the risk of a Russian invasion of X". */
function prospectOwns(items: SentenceItems, first: number): boolean {
  let p = first - 1;
  if (p >= 0 && items.mention[p]! < 0 && INDEFINITE_OR_THE.has(items.keys[p]!)) p--;
  return p > 0 && items.mention[p]! < 0 && items.keys[p] === OF && items.mention[p - 1]! < 0 && PROSPECT_SET.has(items.keys[p - 1]!);
}
const INDEFINITE_OR_THE = new Set(['the', 'a', 'an']);
const PROSPECT_SET: ReadonlySet<string> = new Set(PROSPECT_HEADS);

/** Prepositions before a possessive actor, which govern the noun it owns (not accuse/blame, nor verbs of using). */
const PREPOSITIONS = new Set(['for', 'against', 'with', 'on', 'at', 'to', 'from', 'into', 'toward', 'towards', 'between', 'among', 'in', 'within', 'throughout', 'through', 'since', 'during', 'amid', 'after', 'before', 'of']);
/** Nouns after a nationality that make it no party to an event: land and lines are not forces. */
const NOT_A_PARTY = new Set(['regions', 'region', 'lines', 'line', 'territory', 'territories', 'soil', 'society', 'economy', 'language']);

/** "target(s)" after a nationality is a noun of what is hit, never its attack ("Russian targets", "Russian military targets"). */
const TARGET_NOUNS = new Set(['target', 'targets']);
/** Adjectives that may stand between the nationality and its targets. */
const TARGET_KINDS = new Set(['military', 'civilian', 'critical', 'strategic', 'legitimate', 'high-value', 'logistics', 'infrastructure', 'energy']);

function ownsTargets(items: SentenceItems, first: number): boolean {
  let p = first + 1;
  if (p < items.length && items.mention[p]! < 0 && TARGET_KINDS.has(items.keys[p]!)) p++;
  return p < items.length && items.mention[p]! < 0 && TARGET_NOUNS.has(items.keys[p]!);
}

/** Adjectives of a part of a place, between a preposition and the place's name. */
const PLACE_PARTS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** Nouns before "of" whose complement is owned, not acting: "command of the Russian offensive". */
const OWNING_HEADS = new Set([
  'command', 'control', 'leadership', 'charge', 'head', 'part', 'course',
  'success', 'failure', 'start', 'beginning', 'end',
  // What may happen is no event: "the risk of a Russian invasion of X"; nor what is thought of or could be done:
  // "criticized the idea of Russian forces attacking X", "the ability of Ukrainian forces to retake X".
  ...PROSPECT_HEADS,
  // What befell the forces makes them no actor: "the evacuation of Ukrainian forces from X and the capture of Y".
  'evacuation', 'surrender', 'encirclement', 'destruction', 'defeat', 'rout',
  // Forces gathered in one spot are what was hit: "struck a concentration of Russian soldiers and destroyed … near X".
  'concentration', 'concentrations', 'accumulation', 'accumulations', 'cluster', 'clusters',
]);

/** Force words that make a nationality a party ("Russian forces"), as the event rules' FORCES. */
const FORCE_WORDS = new Set(['forces', 'troops', 'units', 'servicemen', 'fighters', 'soldiers', 'aviation', 'artillery']);

/** Kinds of forces between the nationality and its force word: "elements of Russian airborne forces". */
const FORCE_KINDS = new Set(['airborne', 'ground', 'combat', 'regular', 'conventional', 'mechanized', 'motorized', 'naval', 'special', 'assault', 'infantry', 'remaining', 'proxy', 'reserve']);

function forcesOrEventAfter(items: SentenceItems, first: number, indefinite: boolean): boolean {
  let next = first + 1;
  while (next < items.length && items.mention[next]! < 0 && FORCE_KINDS.has(items.keys[next]!) && next <= first + 2) next++;
  return (next < items.length && items.mention[next]! < 0 && FORCE_WORDS.has(items.keys[next]!)) || (indefinite && agentOfEventNoun(items, first));
}

const INDEFINITE = new Set(['a', 'an']);

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const LED = 'led';
const isDemonymItem = (doc: Doc, items: SentenceItems, p: number): boolean => items.mention[p]! >= 0 && doc.mentions[items.mention[p]!]!.form === 'demonym';

/** Words of the noun phrase before "of" that may stand between it and the verb governing it: "destroyed the command post of". */
const MAX_HEAD_WORDS = 4;

/** The noun phrase ending right before the "of" at `of` is the object of an event verb. */
function objectOfEventVerb(items: SentenceItems, of: number): boolean {
  for (let p = of - 1; p >= 0 && p >= of - MAX_HEAD_WORDS; p--) {
    if (items.mention[p]! >= 0) return false;
    if (EVENT_VERBS.has(items.keys[p]!)) return true;
  }
  return false;
}

/** Words between a nationality and the attack noun it is the agent of: "Russian ground assaults". */
const MAX_NOUN_MODIFIERS = 3;

/** Nouns of trying whose agent the actor is: "repelled Russian attempts to advance", "efforts to improve positions". */
// "repelled a Russian reconnaissance-in-force near X": the reports' word for a probing attack.
const ATTEMPT_NOUNS = new Set(['attempt', 'attempts', 'effort', 'efforts', 'reconnaissance']);

/** The actor at `first` is followed, within a few plain words, by an event noun ("Russian ground assaults", "Russian attempts to …"). */
function agentOfEventNoun(items: SentenceItems, first: number, reach = MAX_NOUN_MODIFIERS): boolean {
  for (let p = first + 1, n = 0; p < items.length && n < reach; p++) {
    // "by" ends the noun phrase: in "disrupt Russian logistics by targeting depots" the verb after it is the actor's;
    // read further, so does "and" ("struck several Russian trucks and destroyed a depot").
    if (items.mention[p]! >= 0 || items.keys[p] === BY || (reach > MAX_NOUN_MODIFIERS && items.keys[p] === AND)) return false;
    if (EVENT_VERBS.has(items.keys[p]!) || ATTEMPT_NOUNS.has(items.keys[p]!)) return true;
    // A hyphenated modifier is one modifier: "repelled a Russian platoon-level attack", "Russian small-group attempts"
    // (its hyphen and the word after it use up no reach; the word after is still read: "Russian counter-attacks").
    if (!joinedByHyphen(items, p)) n++;
  }
  return false;
}

/** The item at `p` is a hyphen inside a compound word, or the word right after one. */
const joinedByHyphen = (items: SentenceItems, p: number): boolean => HYPHENS.has(items.keys[p]!) || (p > 0 && items.mention[p - 1]! < 0 && HYPHENS.has(items.keys[p - 1]!));

/**
 * A place name joined by a hyphen to another word ("the X-Y highway", "the X-Y line") is part of another
 * name — unless the two name a direction (inHyphenDirection).
 */
export function inHyphenCompound(doc: Doc, m: Mention): boolean {
  return ((isHyphen(doc.text.charCodeAt(m.end)) && !dashAfter(doc, m.end)) || isHyphen(doc.text.charCodeAt(m.start - 1))) && !inHyphenDirection(doc, m);
}

/**
 * The hyphen at `at` is a dash typed as one: a space follows and no "and" / "or" of a suspended compound ("A- all
 * about 15km from B", not "A- and B-based"). Branch abl18: 1 right statement of the guideline-alone golds and 2 on the
 * 294 reports were lost to it, no wrong one.
 */
function dashAfter(doc: Doc, at: number): boolean {
  return doc.text.charCodeAt(at + 1) === 32 && !/^ (?:and|or|to)\b/.test(doc.text.slice(at + 1, at + 5));
}

/**
 * Two places joined by a hyphen name a direction ("in the directions of A-B, C-D, and E", "the A-B
 * direction"), where the annotation guidelines take each place as the event's; a line, a road or a highway
 * between them ("the A-B line") is not a place of the event. Reads the text around the compound: the words
 * before it up to "direction(s) of", or the word after it.
 */
const NAME = "\\p{Lu}[\\p{L}'\u2019]*";
const HYPHEN = '[-\u2010\u2011\u2013]';
const DIRECTION_BEFORE = new RegExp(`\\bdirections?\\s+of\\s+(?:the\\s+)?(?:${NAME}(?:${HYPHEN}${NAME})*(?:,\\s*|\\s+)(?:(?:and|or)\\s+)?)*(?:${NAME}${HYPHEN})?$`, 'u');
// "the A-B direction", "the A-B area": each place is the event's.
const DIRECTION_AFTER = new RegExp(`^(?:${HYPHEN}${NAME}(?:\\s+${NAME})*)*\\s+(?:directions?|axis|axes|area|areas|sector)\\b`, 'u');
/** How far before a compound "direction(s) of" is looked for: a list of a few pairs. */
const DIRECTION_LOOK_BEHIND = 160;

/** "the direction of the A-B highway", "… of the A-B Oblast border": the compound names a road or a border after all. */
const ROAD_AFTER = new RegExp(`^(?:${HYPHEN}${NAME})*(?:\\s+${NAME})*\\s+(?:highway|road|roads|line|lines|railway|railroad|rail|route|motorway|canal|pipeline|border|bridge)\\b`, 'u');

export function inHyphenDirection(doc: Doc, m: Mention): boolean {
  const after = doc.text.slice(m.end, m.end + 48);
  if (ROAD_AFTER.test(after)) return false;
  return DIRECTION_AFTER.test(after) || DIRECTION_BEFORE.test(doc.text.slice(Math.max(0, m.start - DIRECTION_LOOK_BEHIND), m.start));
}

const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;

/** Words after which a clause opens. */
const CLAUSE_OPENERS = new Set([',', 'that', ';', ':', '(', '\u2014', '\u2013']);

/** True when the mention starting the match at `first` opens its clause: first in the sentence, or after a clause opener. */
export function actorOpensClause(items: SentenceItems, first: number): boolean {
  let p = first - 1;
  if (p >= 0 && items.mention[p]! < 0 && items.keys[p] === 'the') p--;
  return p < 0 || (items.mention[p]! < 0 && CLAUSE_OPENERS.has(items.keys[p]!));
}
