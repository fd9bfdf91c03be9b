import type { Doc, Mention, RelationMention } from '../model/document.js';
import { fromArmedFormationList } from './arg-types.js';
import { derivedStatement } from './derived-statement.js';
import { listHead } from './list-head.js';
import { headingTo } from './heading-destination.js';
import { withdrawnTo } from './withdrawal-destination.js';

/** Events that put their actor at the place. */
const AT_THE_PLACE = new Set(['attacked', 'captured', 'withdrewFrom']);

/** An attack toward a place comes from outside it: "advanced toward X", "in the direction of X", "toward eastern X". */
const TOWARD = /(?:toward|towards|direction of)\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+|central\s+)?$/i;
/** Enough text before the object to see TOWARD. */
const LOOK_BEHIND = 40;

/**
 * "operating in the direction of X" names the sector a unit is in (Ukrainian General Staff usage), not where
 * it heads: read with enough text before the object to see the verb.
 */
const IN_THE_DIRECTION = /\b(?:operat\w*|active|fighting|deployed|stationed|defending|holding)\s+in\s+the\s+direction\s+of\s+(?:the\s+)?$/i;
const LOOK_BEHIND_SECTOR = 60;

/**
 * The place is only where a move or an attack heads ("advanced toward X"): no one is in it yet. A list's later
 * items are read with the words before its head ("advance toward A and B": B is headed for too; the ISW dev gold
 * gives none of the 42 places an advance heads for an operatesIn: nearly all are a nationality's, which takes none).
 * A named unit moving or advancing straight toward a place is the exception (unit-move-destination.ts, branch dir18).
 */
export function headedToward(doc: Doc, place: Mention): boolean {
  const head = listHead(doc, place);
  if (!TOWARD.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND), head.start))) return false;
  return !IN_THE_DIRECTION.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND_SECTOR), head.start));
}

/**
 * An attack, not an advance, toward a place: "attacked toward X", "conducted assaults southwest of Y in the direction
 * of X". The gold marks the attacking unit as operating at X (guidelines, open questions: 25 of 25 on dev), while an
 * attempt to advance toward X is read as an attack only (the unit may still be far from it).
 */
/**
 * Offensives under way count as attack words (annotation guidelines, "Advancing toward …": offensive and counteroffensive
 * operations toward X are attacks): "continued offensive operations from X towards Y", "losses during the offensive push
 * towards Y", "units conducting offensives in the direction of Y" (branch iswops5: 6 unit statements on the 294 ISW
 * reports lost their operatesIn without them). Not "the offensive" alone, the campaign ("trying to renew the offensive
 * toward A and B"); an attack statement the rules make from it still places its unit (withPresence, advancedToward).
 */
const ATTACK_WORD = /\b(?:attack|attacks|attacked|attacking|assault|assaults|assaulted|counterattack|counterattacks|counterattacked|stormed|storming|storms|(?:counter)?offensives|(?:counter)?offensive\s+(?:operations?|actions?|push|pushes|efforts?))\b/i;
const ADVANCE_WORD = /\badvanc/i;
const LOOK_BEHIND_ATTACK = 64;
/**
 * An attack statement toward a place whose words are an advance ("attempted to advance toward X", "continued efforts to
 * advance toward X"): the unit may still be far from it, so it gets no operatesIn there. The read golds are split
 * (blind15 1 of 1 annotates the presence, domain-dev 0 of 1). Every other attack statement toward a place gives the
 * presence: the read golds annotate operatesIn with every attacked(unit, X) toward X whose words are no advance (ISW dev
 * 17 of 17, units16 3 of 3, and units16's one operatesIn-only "striking … in the direction of X"); before branch op16
 * only those with an attack word did, which left 7 unit statements on the 294 ISW reports without it (6 of one
 * "attempting to renew the offensive toward A and B" sentence, all annotated in ISW dev; 1 units16).
 */
export function advancedToward(doc: Doc, place: Mention): boolean {
  const head = listHead(doc, place);
  return ADVANCE_WORD.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND_ATTACK), head.start));
}

export function attackedToward(doc: Doc, place: Mention): boolean {
  const head = listHead(doc, place);
  const before = doc.text.slice(Math.max(0, head.start - LOOK_BEHIND_ATTACK), head.start);
  return ATTACK_WORD.test(before) && !ADVANCE_WORD.test(before);
}

/**
 * Below the rules that read the same presence directly (unit-action-at-place 0.75, unit-among-forces 0.7),
 * which are kept on a tie: a statement names the rule that read it.
 */
const PRESENCE_CONFIDENCE = 0.7;

/**
 * Who is where it acts: a unit, or an armed organization (the gazetteer of armed formations lists it: "Wagner
 * Group"). A ministry that "claimed to have destroyed X in Y", a country or a nationality is not placed in Y.
 */
export const presenceActor = (m: Mention): boolean =>
  m.form !== 'demonym' && (m.type === 'MilitaryUnit' || (m.type === 'Organization' && (fromArmedFormationList(m) || (ARMED_SERVICE.test(m.text) && !NATIONAL_ARMY.test(m.text)))));
/**
 * An armed service the gazetteers lack, named by its head noun: "Ukrainian Special Operation Forces", "the X Territorial
 * Defense Forces", "the Y National Guard" (a ministry or an agency that claims a strike is no such name).
 */
const ARMED_SERVICE = /\b(?:Forces|Troops|Guard|Militia)$/;
/** A country's whole army stands for the country (guidelines: a country gets no operatesIn). */
const NATIONAL_ARMY = /\bArmed Forces$/;

/**
 * Any named organization that took a place holds it, so operates there (annotation guidelines, wire news:
 * "[Hamas], which took control of [Y]"); not when the capture is only claimed or reported ("the X ministry claimed to
 * capture Y", "X militia claimed to have taken Y": 3 of 3 such ISW dev statements carry no operatesIn in the gold).
 * On 600 unannotated wire-news stretches 8 of 8 such statements were right.
 * Attacks stay with armed formations: a security service's raid or a group blamed for bombings states no presence
 * (ISW dev, wire-news dev: 1 of 3 right when every organization's attack counted).
 */
const tookUnclaimed = (doc: Doc, r: RelationMention, s: Mention, o: Mention): boolean =>
  r.predicate === 'captured' && s.type === 'Organization' && s.form !== 'demonym' && r.attribution === undefined &&
  s.end <= o.start && !POSSESSIVE.test(doc.text.slice(s.end, s.end + 3)) && !CLAIM_WORD.test(doc.text.slice(s.end, o.start));
/**
 * The organization as the taker in words of its own: before the place and not a possessive ("the X's fixation on the
 * capture of Y", "Y is occupied by X" in a quoted charge: 2 of 2 such ISW statements were wrong).
 */
const POSSESSIVE = /^['’]/;
const CLAIM_WORD = /\b(?:claim|claims|claimed|claiming|said|says|reported|reports|stated|announced)\b/i;

/**
 * An organization whose fighters attacked: "X fighters ambushed a convoy near Y", "X militants attacked a checkpoint in Y".
 * Only an armed group has fighters, and the fighters' place is the group's (org-force-presence.ts group-fighters-in-place
 * reads "X fighters in Y" so); the guidelines put a named organization that attacks in a place there too. Not the
 * bare name (a group blamed for a bombing: see tookUnclaimed).
 */
// (Every organization's attack counted: +1 right, +1 wrong on wire-news dev, a group "blamed for" bombings; with the
// fighters' nouns: +1 right, none wrong; ISW dev unchanged either way.)
// (Its acronym may stand between: "the X Army (XA) factions shelled …".)
const FIGHTERS_AFTER = /^\s*(?:\([^()]{1,12}\)\s*)?\s(?:fighters|fighter|militants|insurgents|gunmen|gunman|rebels|guerrillas|militiamen|remnants|cells|factions)\b/i;
const namedByFighters = (doc: Doc, r: RelationMention, s: Mention): boolean =>
  r.predicate === 'attacked' && s.type === 'Organization' && s.form !== 'demonym' && FIGHTERS_AFTER.test(doc.text.slice(s.end, s.end + 16));

/**
 * Fire aimed at a whole country comes from outside it: "X fighters fired rockets at Freedonia from Y" puts X in no part
 * of Freedonia (an attack "in" a country does: "attacked troops in Freedonia").
 */
const AIMED_AT = /\b(?:at|on|against|toward|towards)\s+$/i;
const firedAtCountry = (doc: Doc, o: Mention): boolean =>
  o.placeKind === 'Country' && AIMED_AT.test(doc.text.slice(Math.max(0, o.start - 12), o.start));

/** The rule name written on the operatesIn statements derived here. */
export const PRESENCE_RULE = 'event-presence';

/**
 * A named unit or armed organization that attacked, captured or withdrew from a place operated there: adds that
 * operatesIn (same sentence, date, claim; rule `event-presence`, the event's confidence up to 0.75). A country or a
 * nationality gets none ("Russian forces shelled X" says nothing of where Russia operates), and an advance
 * toward a place puts no one in it ("advanced toward X"; an attack toward it does: attackedToward), nor does a withdrawal
 * to it (its operatesIn statements of any rule are dropped). Duplicates of
 * operatesIn statements read directly are dropped by the stage's dedupe, which keeps the more confident.
 */
export function withPresence(doc: Doc, relations: RelationMention[]): RelationMention[] {
  // A withdrawal's destination is no place of presence (withdrawal-destination.ts). Dropped here, after the sentence's
  // second phrases were read from it ("withdrew to X to refit following losses sustained around Y" keeps Y).
  // Nor is where a movement under way heads (heading-destination.ts), of any rule ("are moving toward X").
  const out = relations.filter((r) => r.predicate !== 'operatesIn' || !(withdrawnTo(doc, doc.mentions[r.object]!) || headingTo(doc, doc.mentions[r.object]!)));
  for (const r of relations) {
    if (!AT_THE_PLACE.has(r.predicate)) continue;
    const s = doc.mentions[r.subject]!;
    const o = doc.mentions[r.object]!;
    if (!(presenceActor(s) || tookUnclaimed(doc, r, s, o) || namedByFighters(doc, r, s)) || o.type !== 'Place' || o.form === 'demonym') continue;
    // An attack the rules state toward a place puts its unit there, whatever word named it ("renew the offensive toward
    // X", "striking positions in the direction of X"), except an attempt to advance (see advancedToward).
    if (headedToward(doc, o) && !(r.predicate === 'attacked' && !advancedToward(doc, o))) continue;
    if (r.predicate === 'attacked' && firedAtCountry(doc, o)) continue;
    const p = derivedStatement(r, r.object, 'operatesIn', PRESENCE_RULE, PRESENCE_CONFIDENCE);
    out.push(p);
  }
  return out;
}
