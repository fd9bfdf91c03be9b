import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * Words before a verb that make what it says a plan, a readiness or a possibility, not an event: "may commit
 * elements of X to Y", "is preparing to deploy X to Y", "plans to send X to Y".
 */
const UNREAL = new Set([
  'will', 'would', 'could', 'might', 'may', 'should', 'must', 'plan', 'plans', 'planning', 'intend', 'intends',
  'intending', 'aim', 'aims', 'aiming', 'prepare', 'prepares', 'preparing', 'ready', 'expected', 'expects', 'set',
]);
/** Words that may stand between such a word and the verb: "may soon begin to send", "is preparing to deploy". */
const PASSABLE = new Set(['to', 'likely', 'soon', 'also', 'again', 'further', 'then', 'probably', 'possibly', 'reportedly', 'begin', 'be', 'have', 'not']);
/** How many items before the verb are read. */
const LOOK_BEHIND = 4;

/**
 * True when the match starts with a word (a verb-first pattern: "sent elements of X to Y") that an irrealis word
 * governs. A match that starts with its actor reads such words in its own gap (rules/events.ts IRREALIS).
 */
export function isIrrealis(items: SentenceItems, first: number): boolean {
  if (items.mention[first]! >= 0) return false;
  for (let i = first - 1; i >= 0 && i >= first - LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (UNREAL.has(key)) return true;
    if (!PASSABLE.has(key)) break;
  }
  return isDemanded(items, first);
}

/**
 * Words of demanding an event: "demanded a withdrawal of Freedonian forces from X", "insistence on the complete
 * withdrawal of Freedonian forces from X", "called for the withdrawal of …" — what is demanded has not happened.
 * Wire-news dev: 1 of its 13 false statements; the 262 non-test ISW reports: 1 `withdrewFrom` statement, wrong.
 */
const DEMANDING = new Set([
  'demand', 'demands', 'demanded', 'demanding', 'insistence', 'insist', 'insists', 'insisted', 'insisting', 'urge', 'urges',
  'urged', 'urging', 'request', 'requests', 'requested', 'requesting', 'seek', 'seeks', 'sought', 'seeking', 'ultimatum',
]);
/** Verbs of calling demand only with "for": "called for the withdrawal of …", not "called the withdrawal a regrouping". */
const CALLING = new Set(['call', 'calls', 'called', 'calling']);
/** Words between a word of demanding and the event noun: "called for an immediate and complete withdrawal of …". */
const DEMANDED_PASSABLE = new Set(['for', 'on', 'a', 'an', 'the', 'immediate', 'complete', 'full', 'total', 'partial', 'swift', 'speedy', 'and', 'unconditional']);
/** How many items before a word-first match are read for a word of demanding. */
const DEMAND_LOOK_BEHIND = 5;

/** The match starts with a word (an event noun: "withdrawal of X from Y") that a word of demanding governs. */
function isDemanded(items: SentenceItems, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - DEMAND_LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (DEMANDING.has(key) || (CALLING.has(key) && items.keys[i + 1] === 'for')) return true;
    if (!DEMANDED_PASSABLE.has(key)) return false;
  }
  return false;
}

/** Modals that make a later event noun a forecast: "will likely support Russian attempts to seize X". */
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'can']);
/** Words that end the look-back: another clause or an aside. */
// (Also a wh-word or a conjunction opening an embedded clause: "may be trying to establish why the Russian offensive
// stalled" speaks of a real offensive; rel38.)
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', 'that', 'which', 'and', 'but', '\u2014', '\u2013', 'why', 'whether', 'how', 'where', 'when', 'because', 'since']);
/** Words of an event foreseen, feared or prepared for: "the threat of a Russian offensive on X", "preparing for a Russian assault on X". */
const FORESEEN = new Set([
  'threat', 'threats', 'risk', 'risks', 'fear', 'fears', 'feared', 'fearing', 'prospect', 'prospects', 'possibility', 'danger', 'likelihood',
  'prepare', 'prepares', 'prepared', 'preparing', 'preparation', 'preparations', 'expect', 'expects', 'expected', 'expecting', 'anticipate',
  'anticipates', 'anticipated', 'anticipating', 'anticipation', 'await', 'awaits', 'awaiting',
  // An event worried about is feared, not yet real: "officials are worrying about a Ukrainian counteroffensive against X" (iswprec4:
  // with "anticipating", 3 wrong statements in 3 of the 294 reports).
  'worry', 'worries', 'worried', 'worrying', 'deter', 'deterring', 'prevent', 'prevents', 'prevented', 'preventing',
  'plan', 'plans', 'planned', 'planning',
  // A promised or vowed event is none yet: "promised a Ukrainian offensive against X".
  'promise', 'promises', 'promised', 'promising', 'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledged', 'pledging',
  // A capture needed is none yet: "the requirement for that includes the Ukrainian liberation of X".
  'requirement', 'requirements', 'requires', 'require', 'required',
  // An event speculated about or imagined is none: "speculations about a Ukrainian invasion of X" (branch rel31).
  'speculation', 'speculations', 'speculate', 'speculates', 'speculated', 'speculating', 'hypothesize', 'hypothesizes', 'hypothesized',
  'hypothesizing', 'hypothetical', 'imagined', 'imaginary', 'fantastical', 'fictional', 'scenario', 'scenarios',
  // An event judged unlikely has not happened: "remains unlikely to constitute a Russian military withdrawal from X" (rel38).
  'unlikely',
]);
/** Nouns an event noun may modify that make it a prospect: "the Russian offensive threat", "Ukrainian counteroffensive plans". */
const THREAT_HEADS = new Set(['threat', 'threats', 'risk', 'risks', 'danger', 'plan', 'plans', 'planning', 'preparations', 'potential', 'capability', 'capabilities', 'prospects', 'fears']);
/** Verbs that act on an event already under way: "will only further slow enemy offensive operations in X" speaks of real ones. */
const ONGOING = new Set(['slow', 'disrupt', 'hinder', 'hamper', 'complicate', 'undermine', 'degrade', 'impede', 'constrain', 'stall', 'halt', 'stop', 'end', 'sustain', 'continue']);
/** Words of kind before an event noun: "Russian military withdrawal", "Ukrainian ground offensive". */
const EVENT_MODIFIERS = new Set(['military', 'ground', 'full', 'partial', 'complete', 'total', 'major', 'large-scale', 'new', 'renewed', 'general', 'wider', 'further']);
/** How many items before a nationality that names an event's agent are read for a modal ("could in time support a new"). */
const NOMINAL_LOOK_BEHIND = 8;
/** Event nouns after a nationality: "Russian attempts", "a new Russian attack", "Ukrainian counteroffensive". */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(['attempt', 'attempts', 'effort', 'efforts', 'attack', 'attacks', 'assault', 'assaults', 'offensive', 'offensives', 'counteroffensive', 'counteroffensives', 'invasion', 'strike', 'strikes', 'advance', 'advances',
  // Takings and leavings named by a noun: "could lead to a Russian capture of X", "preparing for a Russian withdrawal from X".
  'capture', 'seizure', 'liberation', 'recapture', 'withdrawal', 'retreat',
  // And encirclements: "the shortage could speed a Freedonian encirclement of X" (branch rec12, attack-encirclement.ts).
  'encirclement', 'encirclements', 'envelopment', 'envelopments']);

/**
 * Counterattacks are foreseen like other events ("commanders prepare for enemy counterattacks in the direction of X"),
 * but not in forecastPredicate's sense: "Ukrainian counterattacks in X are unlikely to develop into a counteroffensive"
 * forecasts the development, not the counterattacks (on the 294 ISW reports, 2 right statements lost that way), so the
 * noun is read here only.
 */
const FORESEEABLE_NOUNS: ReadonlySet<string> = new Set([...EVENT_NOUNS, 'counterattack', 'counterattacks']);
/**
 * Nouns of reporting: a modal before them governs the report, not the event ("ISW cannot independently confirm claims of
 * A counterattacks in X" keeps the claimed counterattacks, as the guidelines keep claims).
 */
const REPORT_NOUNS = new Set(['claim', 'claims', 'report', 'reports', 'footage', 'evidence']);

/**
 * True when the match starts with a nationality that is the agent of an event noun ("Russian attempts to seize X",
 * "a new Russian attack on X") and a modal stands a few words before it in the same clause: "will likely support
 * Russian attempts to seize X", "steps that could one day enable a fresh Russian attack on X" are forecasts.
 */
export function isForecastNoun(doc: Doc, items: SentenceItems, first: number): boolean {
  const m = items.mention[first]!;
  if (m < 0 || doc.mentions[m]!.form !== 'demonym') return false;
  // One modifier may stand between the nationality and the noun: "a Russian military withdrawal", "a Ukrainian ground
  // offensive" (rel38).
  let noun = first + 1;
  if (items.mention[noun]! < 0 && !FORESEEABLE_NOUNS.has(items.keys[noun] ?? '') && EVENT_MODIFIERS.has(items.keys[noun] ?? '')) noun++;
  const next = items.keys[noun];
  if (next === undefined || items.mention[noun]! >= 0 || !FORESEEABLE_NOUNS.has(next)) return false;
  // "the Ukrainian counteroffensive threat in X": the event noun modifies a noun of a threat (branch rel31).
  if (items.mention[noun + 1]! < 0 && THREAT_HEADS.has(items.keys[noun + 1]!)) return true;
  for (let i = first - 1; i >= 0 && i >= first - NOMINAL_LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (MODALS.has(key) || FORESEEN.has(key)) return true;
    if (CLAUSE_BREAKS.has(key) || ONGOING.has(key) || REPORT_NOUNS.has(key)) return false;
  }
  return false;
}
