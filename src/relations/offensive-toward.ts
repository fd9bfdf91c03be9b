import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';
import { cueBetween } from './text-cues.js';

/**
 * An offensive headed toward a place is no attack on it, as an advance is not (annotation guidelines: "advancing
 * toward / in the direction of a place is not an attack"; attack-target.ts isMereAdvance reads the verbs and nouns of
 * advancing): "continued offensive operations toward X", "counteroffensives in the direction of X and Y". An attempt
 * still is ("an unsuccessful offensive toward X", "efforts to … offensives toward X"), and so is a repelled one
 * ("repelled Russian offensives in the direction of X", as for advances); an attack word heading there is left to
 * the rules ("ground attacks toward X", "assaults in the direction of X": the open question reads them both ways).
 * Read on the words between the actor and the place (or the head of its list), one cue look-up first.
 */
// The preposition is the offensive's only if no word of attacking comes between them ("offensive operations near A
// and assaults toward B").
const NOT_AN_ATTACK_WORD = '(?!(?:attack|assault|shell|struck|strik|storm|fir(?:ed|ing)\\b|bomb)\\w*)';
const OFFENSIVE_TOWARD = new RegExp(
  `\\b(?:counter)?offensives?\\b(?:\\b${NOT_AN_ATTACK_WORD}[^,;()]|\\B[^,;()]){0,60}\\b(?:toward|towards|in\\s+the\\s+directions?\\s+of)\\s+(?:the\\s+)?$`,
  'i',
);
/** Words of trying or of failing, which make the offensive an attempt (attack-target.ts TRIED, without the attack nouns). */
const TRIED = /\b(?:attempt\w*|tr(?:y|ies|ied|ying)|efforts?|struggl\w*|unsuccessful\w*|sought|seek\w*|failed|repel\w*|repuls\w*|thwart\w*|halt\w*|stopp?\w*)\b/i;
const REPELLED_BEFORE = /\b(?:repel\w*|repuls\w*|thwart\w*|halt\w*|stopp?\w*|defeat\w*|resist\w*)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$/i;
const MAX_ACTOR_GAP = 200;
const OFFENSIVE = ['offensive'];

export function isMereOffensive(doc: Doc, actor: Mention, place: Mention): boolean {
  const head = listHead(doc, place);
  if (actor.end > head.start || head.start - actor.end > MAX_ACTOR_GAP || !cueBetween(doc, OFFENSIVE, actor.end, head.start)) return false;
  const between = doc.text.slice(actor.end, head.start);
  return OFFENSIVE_TOWARD.test(between) && !TRIED.test(between) && !REPELLED_BEFORE.test(doc.text.slice(Math.max(0, actor.start - 32), actor.start));
}
