import type { SentenceItems } from './items.js';

/**
 * A use of forces that was refused, resisted, only weighed or only ordered is no presence (annotation guidelines:
 * only what the text states as having happened; negated ones, intentions and plans are not annotated):
 * "declined to commit X in Y", "resisted using X in Y", "considered committing X in Y", "ordered the deployment of
 * X to Y", "ordered X to deploy to Y". The verb of use stands a few words before the unit, beyond the negation's
 * short look-behind, and the word that withholds it stands right before that verb. Reads O(few) items before the
 * match.
 */
const USE_BASE = new Set(['deploy', 'redeploy', 'commit', 'send', 'use', 'employ', 'transfer', 'move', 'throw']);
const USE_GERUND = new Set(['deploying', 'redeploying', 'committing', 'sending', 'using', 'employing', 'transferring', 'moving', 'throwing']);
const USE_NOUN = new Set(['deployment', 'redeployment', 'commitment', 'transfer', 'use', 'dispatch', 'employment']);
/** "refused to commit", "was reluctant to deploy", "did not send" (the unit is past the negation's look-behind). */
const REFUSING = new Set(['refused', 'refuses', 'refusing', 'declined', 'declines', 'declining', 'reluctant', 'unwilling', 'hesitant', 'hesitated', 'hesitates']);
const NEGATION = new Set(['not', "n't", 'never']);
/** "desires to use X", "plans to commit X", "a decision to send X": a wish or a plan, not yet a use (irrealis.ts reads the verbs "plan", "intend"). */
const WISHING = new Set([
  'desire', 'desires', 'wish', 'wishes', 'wanted', 'want', 'wants', 'plan', 'plans', 'planned', 'intent', 'intention', 'intentions', 'intended',
  'sought', 'seek', 'seeks', 'proposal', 'proposals', 'decision', 'decided', 'decide', 'decides', 'ready', 'poised', 'prepared', 'order', 'orders', 'request', 'requests', 'demand', 'demands', 'calls',
]);
/** "resisted using", "avoided committing", "considered deploying", "against sending". */
const WITHHOLDING = new Set([
  'resisted', 'resist', 'resists', 'resisting', 'avoided', 'avoid', 'avoids', 'avoiding', 'considered', 'consider', 'considers',
  'considering', 'contemplated', 'contemplating', 'weighed', 'weighing', 'opposed', 'opposes', 'opposing', 'against', 'rejected',
  'proposed', 'proposing', 'suggested', 'suggesting', 'discussed', 'discussing',
]);
/** Words of a directive, whose object has not been carried out: "ordered the deployment of X", "ordered X to deploy" (not "directed": also "oversaw", as in "directed the redeployment"). */
const ORDERING = new Set(['ordered', 'orders', 'order', 'ordering', 'authorized', 'authorizes', 'approved', 'approves', 'requested', 'requests', 'proposed', 'demanded', 'demands']);
/** Words between the verb of use and the unit: "commit the elements of the X", "the deployment of additional X". */
const FILLER = new Set(['the', 'a', 'an', 'elements', 'element', 'parts', 'part', 'units', 'of', 'additional', 'more', 'some', 'its', 'their', 'his', 'remaining', 'reserve', 'reserves']);
const MAX_FILLER = 4;
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb']);

export function withheldUse(items: SentenceItems, first: number): boolean {
  let v = first;
  if (items.mention[v]! >= 0) {
    // From the unit back over filler words to the word before them.
    let n = 0;
    v--;
    while (v >= 0 && items.mention[v]! < 0 && FILLER.has(items.keys[v]!) && n < MAX_FILLER) { v--; n++; }
    if (v < 0 || items.mention[v]! >= 0) return false;
    // "ordered the 5th Brigade to deploy to Y"
    if (ORDERING.has(items.keys[v]!)) return items.keys[first + 1] === 'to' || (items.mention[first + 1]! < 0 && items.keys[first + 2] === 'to');
  }
  if (v < 0 || items.mention[v]! >= 0) return false;
  const key = items.keys[v]!;
  // The k-th word before the verb, quote marks skipped: 'the command \u201cdeclined\u201d to commit X'.
  const before = (k: number): string | undefined => {
    let i = v;
    for (let n = 0; n < k; n++) do i--; while (i >= 0 && items.mention[i]! < 0 && QUOTES.has(items.keys[i]!));
    return i >= 0 && items.mention[i]! < 0 ? items.keys[i] : undefined;
  };
  if (USE_BASE.has(key) && (before(1) === 'to' ? REFUSING.has(before(2)!) || NEGATION.has(before(2)!) || WISHING.has(before(2)!) : NEGATION.has(before(1)!))) return true;
  if (USE_GERUND.has(key)) return WITHHOLDING.has(before(1)!) || (before(1) === 'from' && /^refrain/.test(before(2) ?? ''));
  if (USE_NOUN.has(key) && before(1) !== undefined) {
    const b = FILLER.has(before(1)!) ? before(2) : before(1);
    return b !== undefined && (ORDERING.has(b) || WITHHOLDING.has(b));
  }
  return false;
}
