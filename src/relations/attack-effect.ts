import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';
import { cueBetween } from './text-cues.js';

/**
 * The attack is named only as the cause of damage that something else bears: "used a rail station with clear
 * damage from strikes in A", "buildings with damage caused by shelling near A". The noun of damage owns the attack,
 * which names no actor of its own, so the clause's subject before it did not attack A. (Not "damaged by Russian
 * strikes": a nationality or a unit right before the noun is read as the actor by the event rules, after the damage
 * words.) One regular expression on at most MAX_GAP characters between the actor and the place.
 */
const DAMAGE_FROM_ATTACK = /\b(?:damage|destruction|craters?|debris|traces|signs)\s+(?:(?:caused|left|done)\s+)?(?:from|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|airstrikes?|shelling|attacks?|bombardments?|bombings?|missiles?|fire)\b[^,;.]{0,40}$/i;
const MAX_GAP = 200;

/** The nouns DAMAGE_FROM_ATTACK opens with, lower case: most stretches lack them (text-cues.ts). */
const DAMAGE = ['damage', 'destruction', 'crater', 'debris', 'traces', 'signs'];

export function damageFromAttack(doc: Doc, actor: Mention, place: Mention): boolean {
  // The list's head stands at or before the place: no cue before the place, none before the head.
  if (!cueBetween(doc, DAMAGE, actor.end, place.start)) return false;
  const head = listHead(doc, place);
  if (actor.end > head.start || head.start - actor.end > MAX_GAP) return false;
  return DAMAGE_FROM_ATTACK.test(doc.text.slice(actor.end, head.start));
}
