import type { RelationRuleSpec } from '../rule-spec.js';
import { actor, takingParts, withEventBlockers } from './events.js';
import { FORCE_NOUNS } from './withdrawal-shapes.js';

/**
 * Forces moved away from a place by a verb withdrew-from (rules/events.ts) does not hold: "Russian forces are
 * transferring the remaining airborne units from X to Y", "continued to redeploy from X to Y". The annotation
 * guidelines read "redeployed from X" as `withdrewFrom` (dev gold); the read golds mark forces moved from a named
 * place so in 12 of 15 sentences (branch atk16: ISW dev 5, blind15 1, units16 6; not: a transfer "from the X
 * direction" in dev, troops and equipment moved from the far west of a country in blind15, units relocated "away
 * from the A-B line" in blind dev).
 *
 * A transfer moves anything (equipment, ammunition, data, exhibits: 5 such dev sentences, none annotated), so what is
 * moved must end in a force noun right before "from"; a named unit moved ("transferred the 5th Brigade from X") is the
 * one that withdrew, not the sender, and is left alone (its gold subject is the unit). A sector ("the X direction", "the
 * Y axis") is no place left (`placeNotSector`: dev gold 0 of 1 for a transfer from a direction).
 */
const { PART, SETTLEMENT, BANK, WITHDRAWN_STOPS, IRREALIS, ATTEMPT, NOT_THE_ACTOR } = takingParts;

/** Who moves forces away: not one who plans, tries or reports it (withdrew-from's gap). */
const MOVER = actor([...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR]);
/** Verbs that move what follows them (their object is what leaves). */
const TRANSFERS = 'transferred|transferring|transfer|transfers|redeploy|redeploys';
/** The bank before a region's name: "from right (west) bank X Oblast". */
const SIDES = 'left|right|west|east|western|eastern';
const BANK_BEFORE = `?${SIDES} ?( ?${SIDES} ?) ?- ?bank`;
/** The place left, maybe a part or a bank of it, but not a sector named by its direction. */
const LEFT_PLACE = `from|out ?of ?around ${PART} ${BANK_BEFORE} ${SETTLEMENT} ${BANK} O:Place+`;

const rules: RelationRuleSpec[] = [
  {
    name: 'withdrew-transferred',
    predicate: 'withdrewFrom',
    subjectActs: true,
    confidence: 0.75,
    actor: true,
    atThePlace: true,
    placeNotSector: true,
    patterns: [
      // "are transferring the remaining X units from A to B", "transferred several battalions from the A area".
      `${MOVER} ${TRANSFERS} **6[${WITHDRAWN_STOPS}] ${FORCE_NOUNS} ${LEFT_PLACE}`,
      // "continued to redeploy from A to B": the forces themselves move.
      `${MOVER} redeploy|redeploys ?back|out ${LEFT_PLACE}`,
    ],
  },
];

export const withdrawalTransferRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
