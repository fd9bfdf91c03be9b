import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';
import { endsWithWord, lastWords } from './text-cues.js';

/**
 * A place that names a battle ("the Battle of X", "victory in the battle of X", "in preparation for the Battle of X") is
 * the battle's name, not the target of the clause's actor: the ISW dev gold marks no `attacked` in any of its 8
 * sentences naming one (the battle is spoken of, won, lost, begun or prepared for). "battle(s) for X" is left alone:
 * "positional battles for X" and "the battle for X continues" are fighting under way. Read right before the place (and
 * its list's head). O(1) per statement.
 */
const BATTLE_OF = /\b(?:Battle|[Tt]he\s+(?:\w+\s+)?battle)\s+of\s+(?:the\s+)?$/;
const LOOK_BEHIND = 40;
/**
 * BATTLE_OF's last word: its pre-test (text-cues.ts endsWithWord), no slice made for the places after another word.
 * Branch speed11: namesABattle was 20 ms of the relations stage's 3701 in a profile of two passes over the 294 ISW
 * reports, run for every `attacked` statement.
 */
const BATTLE_OF_LAST = lastWords(['of']);

export function namesABattle(doc: Doc, place: Mention): boolean {
  const head = listHead(doc, place);
  return endsWithWord(doc.text, head.start, BATTLE_OF_LAST) && BATTLE_OF.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND), head.start));
}
