import type { Doc, Mention } from '../model/document.js';
import { cueBetween } from './text-cues.js';

/**
 * Where an attack pushed the other side to or from is no target of it: "counterattacks pushed Russian forces back
 * into X Oblast", "operations to push Ukrainian forces away from the frontlines northeast of Y". The place says where
 * the pushed side ended up or was driven from (a withdrawal's place; annotation guidelines: withdrewFrom), not where
 * the attack landed. Read on the text between the actor and the place (at most MAX_GAP characters), with no clause
 * break between the push and the place.
 */
const MAX_GAP = 200;
const PUSHED_BACK = /\bpush(?:ed|es|ing)?\s+(?:[\w-]+\s+){0,4}?(?:back|away|out)\b[^,;.()]{0,80}$/i;
/** The word PUSHED_BACK needs, lower case: most stretches lack it (text-cues.ts). */
const PUSH = ['push'];

/** True when the place is only where the actor pushed the other side to or from. */
export function pushedBackTo(doc: Doc, actor: Mention, place: Mention): boolean {
  if (actor.end > place.start || place.start - actor.end > MAX_GAP || !cueBetween(doc, PUSH, actor.end, place.start)) return false;
  return PUSHED_BACK.test(doc.text.slice(actor.end, place.start));
}
