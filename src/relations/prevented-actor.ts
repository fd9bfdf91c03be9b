import type { SentenceItems } from './items.js';

/**
 * A party named right after a verb of preventing, deterring or provoking does not do what follows: "prevented Russian
 * forces from capturing X", "to deter Ukrainian strikes on X", "trying to provoke Ukrainians into shelling X" — the
 * event did not happen (annotation guidelines: only what the text states as having happened). Nor after a forecast
 * of enabling: "will allow Russian forces to take X", "could have allowed Belarusian forces to advance on X" (a plain
 * "allowed Russian forces to take X" did happen and is kept).
 *
 * Except an attack stopped in the past (decided 2026-12-07, branch prev18, from the read golds): "strikes prevented
 * Freedonian forces from attacking toward X", "stopped Freedonian troops from conducting assaults near X" report an
 * attack that was attempted and stopped, like a repelled one → `attacked`(Freedonian, X). Only for `attacked`, only
 * after "prevented" or "stopped" with "from", and not after a modal ("could have prevented"); purposes ("to prevent"),
 * forecasts ("will stop"), participles ("preventing") and nominal plans ("prevented further attacks") stay dropped.
 */
const PREVENTING = new Set([
  'prevent', 'prevents', 'prevented', 'preventing', 'deter', 'deters', 'deterred', 'deterring', 'dissuade', 'dissuades', 'dissuaded',
  'dissuading', 'provoke', 'provokes', 'provoked', 'provoking', 'discourage', 'discourages', 'discouraged', 'discouraging',
]);
const ENABLING = new Set(['allow', 'allows', 'allowed', 'allowing', 'enable', 'enables', 'enabled', 'enabling', 'permit', 'permits', 'permitted', 'help', 'helps', 'helped']);
/** Modals that make an enabling a forecast or a counterfactual. */
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'should']);
/** Words that may stand between a modal and the enabling verb: "could likely have allowed". */
const MODAL_PASSABLE = new Set(['likely', 'also', 'have', 'further', 'eventually', 'probably', 'possibly', 'only', 'then', 'not']);
/**
 * Words that may stand between the verb and the party: an article, a quotation mark ("provoke” Ukrainians"), an
 * adjective of events to come ("to prevent further Ukrainian counterattacks toward X").
 */
const BETWEEN = new Set(['the', 'a', 'an', '"', '\u201c', '\u201d', "'", 'further', 'future', 'new', 'any', 'possible', 'renewed', 'additional', 'more']);
/**
 * Verbs that prevent only with "from" after their object: "will stop Ukrainians from carrying out assaults near X",
 * "kept Russian forces from advancing on X"; without it the party's event happened ("stopped Ukrainian attacks near X").
 */
const STOPPING = new Set(['stop', 'stops', 'stopped', 'stopping', 'keep', 'keeps', 'kept', 'keeping', 'block', 'blocks', 'blocked', 'blocking', 'bar', 'bars', 'barred', 'barring', 'restrain', 'restrained', 'hinder', 'hindered', 'hindering']);
/** Words between the party and "from": "stop Ukrainian forces from". */
const PARTY_NOUNS = new Set(['forces', 'troops', 'units', 'soldiers', 'personnel', 'servicemen', 'elements']);
/** Index of the "from" after the party (past "forces", "troops" …), or -1. */
function fromIndex(items: SentenceItems, first: number): number {
  let f = first + 1;
  while (f < items.length && f <= first + 2 && items.mention[f]! < 0 && PARTY_NOUNS.has(items.keys[f]!)) f++;
  return f < items.length && items.mention[f]! < 0 && items.keys[f] === 'from' ? f : -1;
}
function fromAfter(items: SentenceItems, first: number): boolean {
  return fromIndex(items, first) >= 0;
}
/** How many items before an enabling verb are read for a modal. */
const MODAL_LOOK_BEHIND = 3;
/** Past forms of stopping whose "from" reports an attack attempted and stopped: "prevented A from attacking X". */
const STOPPED_IN_PAST = new Set(['prevented', 'stopped']);
/** Gerunds after that "from" that name an attack or an attempt at one ("from merging their offensives" is none). */
const ATTACK_GERUNDS = new Set([
  'attacking', 'assaulting', 'counterattacking', 'storming', 'shelling', 'striking', 'conducting', 'launching', 'carrying',
  'advancing', 'attempting', 'trying', 'breaking', 'penetrating', 'pushing',
]);
function attackAfterFrom(items: SentenceItems, first: number): boolean {
  const f = fromIndex(items, first);
  return f >= 0 && f + 1 < items.length && items.mention[f + 1]! < 0 && ATTACK_GERUNDS.has(items.keys[f + 1]!);
}

/** Words between a past "prevented" and its party that keep it a report, not a plan ("prevented further …" is one). */
const ARTICLES = new Set(['the', 'a', 'an', '"', '\u201c', '\u201d', "'"]);
function onlyArticlesBetween(items: SentenceItems, p: number, first: number): boolean {
  for (let q = p + 1; q < first; q++) if (!ARTICLES.has(items.keys[q]!)) return false;
  return true;
}
/** True when a modal stands within reach before the verb at `p`: "will", "could likely have". */
function modalBefore(items: SentenceItems, p: number): boolean {
  for (let q = p - 1; q >= 0 && q >= p - MODAL_LOOK_BEHIND; q--) {
    if (items.mention[q]! >= 0) return false;
    if (MODALS.has(items.keys[q]!)) return true;
    if (!MODAL_PASSABLE.has(items.keys[q]!)) return false;
  }
  return false;
}

/**
 * True when the mention starting the match at `first` is the object of a verb of preventing, or of a forecast enabling.
 * `predicate` is the statement's: an `attacked` after a past "prevented/stopped A from" is kept (see above).
 */
export function actorPrevented(items: SentenceItems, first: number, predicate?: string): boolean {
  if (items.mention[first]! < 0) return false;
  let p = first - 1;
  while (p >= 0 && items.mention[p]! < 0 && BETWEEN.has(items.keys[p]!)) p--;
  if (p < 0 || items.mention[p]! >= 0) return false;
  const key = items.keys[p]!;
  if (predicate === 'attacked' && STOPPED_IN_PAST.has(key) && onlyArticlesBetween(items, p, first) && attackAfterFrom(items, first) && !modalBefore(items, p)) return false;
  if (PREVENTING.has(key)) return true;
  if (STOPPING.has(key)) return fromAfter(items, first);
  if (!ENABLING.has(key)) return false;
  return modalBefore(items, p);
}
