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

/** Where the target owned by the country at mention `o` lies, or -1. */
function targetPlace(doc: Doc, o: number): number {
  const owner = doc.mentions[o]!;
  if (owner.placeKind !== 'Country' || owner.form === 'demonym') return -1;
  const c = doc.text.charAt(owner.end);
  if (c !== "'" && c !== '\u2019') return -1;
  for (let j = o + 1; j < doc.mentions.length && j <= o + MAX_AHEAD; j++) {
    const m = doc.mentions[j]!;
    if (!isNamedPlace(m)) continue;
    const gap = doc.text.slice(owner.end, m.start);
    return OWNED_NAME.test(gap) || TARGET_THEN_WHERE.test(gap) ? j : -1;
  }
  return -1;
}

/**
 * Predicates whose place is where the owned thing lies: a strike on "Russia's command post in X", and a presence
 * too — "based in Russia's occupied territory in X", "stationed in Russia's Y Oblast" put the unit in X and Y,
 * not in the owner.
 */
const RELOCATED: ReadonlySet<string> = new Set(['attacked', 'operatesIn']);

/** Moves each `attacked`/`operatesIn` statement on an owner country to the place its target lies in; others are kept as they are. */
export function relocateOwnedTargets(doc: Doc, relations: RelationMention[]): RelationMention[] {
  let out: RelationMention[] | undefined;
  relations.forEach((r, i) => {
    if (!RELOCATED.has(r.predicate)) return;
    const place = targetPlace(doc, r.object);
    if (place < 0 || place === r.subject) return;
    out ??= relations.slice();
    out[i] = derivedStatement(r, place, r.predicate, r.rule, r.confidence);
  });
  return out ?? relations;
}
