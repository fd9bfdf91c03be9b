import type { Doc, Mention, RelationMention } from '../model/document.js';
import { derivedStatement } from './derived-statement.js';

/**
 * A country named as the owner of what was hit is no place of the attack when the text says where that target lies:
 * "struck Russia's occupation headquarters in X", "hit Ukraine's command post near X", "shelled Russia's Y Oblast".
 * The attack rules read the first place after the verb, the owner; the annotation guidelines put a strike on a
 * target in a place on that place ("struck an ammunition depot in X" → attacked(actor, X)). So the statement moves
 * to the place after the target (or to the place the possessive names). With no such place the country stays
 * ("struck Ukraine's energy infrastructure": the infrastructure is in the country). A city as owner stays too
 * ("Mariupol's Azovstal plant": the gold marks the city). Read on the text after the owner: its next few mentions.
 */

/** The owner's possessive and the target's words, then the preposition of where the target lies. */
const TARGET_THEN_WHERE = /^['\u2019]s\s+[^,;:.()\u2014\u2013]{1,80}?\s(?:in|at|near|around|outside)\s+(?:the\s+)?(?:(?:occupied|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?)\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
/** The possessive right before a name: "Russia's Belgorod Oblast". */
const OWNED_NAME = /^['\u2019]s\s+$/;
/** How many mentions after the owner are looked at (a unit or an organization may name the target). */
const MAX_AHEAD = 4;

const isNamedPlace = (m: Mention): boolean => m.type === 'Place' && m.form !== 'demonym';

/**
 * A country's name used as its forces' adjective, as a demonym is ("fired rockets at US forces at X", "attacked U.S.
 * troops near Y"): the country owns the target and is no place of the attack (a demonym there is never one).
 */
// (Its posts and missions too: "a drone attack on a US base in X", "fired rockets at the US Embassy in Y", "a US military base".)
const FORCES_AFTER = /^\s+(?:(?:military|army|air|naval)\s+)?(?:forces|troops|soldiers|personnel|servicemen|service\s+members|positions|convoys?|patrols?|bases?|outposts?|checkpoints?|embassy|consulate)\b/i;
/**
 * After the forces, where they are: the preposition, maybe the first words of a name the recognizer left out ("at Ain al-",
 * an Arabic article among them).
 */
const FORCES_THEN_WHERE = /^\s+[^,;:.()\u2014\u2013]{1,60}?\s(?:in|at|near|around|outside)\s+(?:the\s+)?(?:(?:[A-Z][\p{L}'\u2019]*|al|el|ad|as|ar|an)[\s-]+){0,2}$/u;
/** No place found for a target the country only owns: the statement is dropped. */
const DROP = -2;

/** Where the target owned by the country at mention `o` lies, -1 when the country is the place, DROP when it only owns forces. */
function targetPlace(doc: Doc, o: number): number {
  const owner = doc.mentions[o]!;
  if (owner.placeKind !== 'Country' || owner.form === 'demonym') return -1;
  const c = doc.text.charAt(owner.end);
  const forces = FORCES_AFTER.test(doc.text.slice(owner.end, owner.end + 24));
  if (c !== "'" && c !== '\u2019' && !forces) return -1;
  for (let j = o + 1; j < doc.mentions.length && j <= o + MAX_AHEAD; j++) {
    const m = doc.mentions[j]!;
    if (!isNamedPlace(m)) continue;
    const gap = doc.text.slice(owner.end, m.start);
    if (forces) return FORCES_THEN_WHERE.test(gap) ? j : DROP;
    return OWNED_NAME.test(gap) || TARGET_THEN_WHERE.test(gap) ? j : -1;
  }
  return forces ? DROP : -1;
}

/**
 * Predicates whose place is where the owned thing lies: a strike on "Russia's command post in X", and a presence
 * too — "based in Russia's occupied territory in X", "stationed in Russia's Y Oblast" put the unit in X and Y,
 * not in the owner.
 */
const RELOCATED: ReadonlySet<string> = new Set(['attacked', 'operatesIn']);

/**
 * Moves each `attacked`/`operatesIn` statement on an owner country to the place its target lies in, and drops an attack
 * on a country named only as its forces' adjective with no place for them; others are kept as they are.
 */
export function relocateOwnedTargets(doc: Doc, relations: RelationMention[]): RelationMention[] {
  let out: (RelationMention | undefined)[] | undefined;
  relations.forEach((r, i) => {
    if (!RELOCATED.has(r.predicate)) return;
    const place = targetPlace(doc, r.object);
    // (A presence stays on the country when its forces' place is not found: only an attack is dropped.)
    if (place === -1 || place === r.subject || (place === DROP && r.predicate !== 'attacked')) return;
    out ??= relations.slice();
    out[i] = place === DROP ? undefined : derivedStatement(r, place, r.predicate, r.rule, r.confidence);
  });
  return out ? out.filter((r): r is RelationMention => r !== undefined) : relations;
}
