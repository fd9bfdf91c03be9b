import type { SentenceItems } from './items.js';
import { attackWords } from './rules/events.js';

/**
 * An attack word that only modifies the noun after it names a kind of force, no attack: "forming a strike group in
 * X", "created new assault detachments in X Oblast", "an offensive grouping near X". When the first attack word after
 * the actor is such a modifier, the match read a unit's formation as an attack. In the actor's own phrase the
 * compound names who attacks ("Russian assault groups attacked X"), so the words right after the actor are passed over.
 */
const ATTACK_WORDS: ReadonlySet<string> = new Set(attackWords);
/** Nouns of a force that an attack word may modify. */
// And the reach of one: "far from being within striking distance of X", "within strike range of X".
const FORCE_HEADS = new Set(['group', 'groups', 'grouping', 'groupings', 'detachment', 'detachments', 'team', 'teams', 'unit', 'units', 'force', 'forces', 'brigade', 'brigades', 'battalion', 'battalions', 'company', 'companies', 'distance', 'range']);
/**
 * Weapons an attack word may name in the actor's own phrase: "downed a Freedonian attack helicopter near X" says whose
 * helicopter, no attack by Freedonia (branch events22: blind20's one wrong statement of the shape; on the 294 reports
 * the shape's other statements have an attack verb after the compound, "an attack helicopter conducted a sortie against
 * positions in X", and are kept). Only there: "launched strike drones at X" is an attack.
 */
const WEAPON_HEADS = new Set(['helicopter', 'helicopters', 'aircraft', 'drone', 'drones', 'jet', 'jets', 'plane', 'planes', 'boat', 'boats']);
/** The attack words that modify a weapon's name (not a verb: "a drone struck aircraft at X" is an attack). */
const WEAPON_MODIFIERS = new Set(['attack', 'assault', 'strike']);
const COORDINATORS = new Set(['and', 'or', ',']);
/** How many items after the actor belong to its own phrase ("Russian assault groups", "Wagner Group assault detachments"). */
const ACTOR_PHRASE = 2;

/** True when the first attack word of the match (after the actor's phrase) modifies a noun of a force. */
export function attackIsForceName(items: SentenceItems, first: number, last: number): boolean {
  if (items.mention[first]! < 0) return false;
  // The actor's own compound ("Russian assault groups") names who attacks only when an attack word follows it; a
  // match whose only attack words are such compounds read a formation as an attack ("a Russian air assault unit
  // based in X", branch rel31).
  let ownCompound = false;
  for (let i = first + 1; i <= last; i++) {
    if (items.mention[i]! >= 0 || !ATTACK_WORDS.has(items.keys[i]!)) continue;
    const next = i + 1;
    const head = next < items.length && items.mention[next]! < 0 ? items.keys[next]! : '';
    const modifies = FORCE_HEADS.has(head) || (i <= first + ACTOR_PHRASE && WEAPON_MODIFIERS.has(items.keys[i]!) && WEAPON_HEADS.has(head));
    if (!modifies) return false;
    // A force coordinated with the actor's own noun is still the actor's phrase: "Wagner volunteers and assault detachments".
    if (i > first + ACTOR_PHRASE && !COORDINATORS.has(items.keys[i - 1]!)) return true;
    ownCompound = true;
  }
  return ownCompound && !OTHER_ATTACK_VERB.test(items.keys.slice(first, last + 1).join(' '));
}
/** Verbs of attacking the word list above leaves out, which may follow the actor's compound ("assault groups fired on X"). */
const OTHER_ATTACK_VERB = /\b(?:fired|fire|firing|conducted|conducting|launched|launching|continued|fighting|fought|clashed|tried|attempted|repelled)\b/;
