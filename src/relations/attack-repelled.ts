import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';
import { cueBetween } from './text-cues.js';

/**
 * The place is the target of an attack the actor stopped, not of one it made: "X's artillery fire repelled a
 * Ukrainian assault toward A", "repelled enemy forces during an attempted attack on A". Between the actor and the
 * place a verb of stopping is followed by an attack noun that leads to the place, so the attack on A is the
 * repelled side's (its own rules read it from the nationality before the noun). Not when what was repelled is
 * forces driven from the place ("a counterattack that repelled enemy forces from the outskirts of A": the
 * counterattack hit A), and not across "and" ("repelled the assault and counterattacked toward A").
 * One regular expression on at most MAX_GAP characters between the actor and the place.
 */
const REPELLED_ATTACK = /\b(?:repel\w*|repuls\w*|thwart\w*)\b(?:(?!\band\b)[^,;.]){0,60}\b(?:assaults?|attacks?|counterattacks?|attempts?|advances?|offensives?|counteroffensives?|pushes|push|raids?)\b(?:(?!\band\b)[^,;.]){0,40}$/i;
const MAX_GAP = 200;
/** The words REPELLED_ATTACK opens with, lower case: most stretches lack them (text-cues.ts). */
const STOPPING = ['repel', 'repuls', 'thwart'];

export function repelledAttackTarget(doc: Doc, actor: Mention, place: Mention): boolean {
  // The list's head stands at or before the place: no cue before the place, none before the head.
  if (!cueBetween(doc, STOPPING, actor.end, place.start)) return false;
  const head = listHead(doc, place);
  if (actor.end > head.start || head.start - actor.end > MAX_GAP) return false;
  return REPELLED_ATTACK.test(doc.text.slice(actor.end, head.start));
}
