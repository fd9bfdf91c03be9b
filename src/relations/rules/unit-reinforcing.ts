import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * operatesIn for a unit whose forces reinforce a place, the unit named after the place as what it was reinforced with:
 * "Russia reinforced the X front with elements of the 58th Army", "reinforced its efforts to take X with elements of
 * the 20th Army", "the X grouping was reinforced with units of the 5th Brigade". The unit's elements are then at the
 * place (annotation guidelines: operatesIn, "reinforcing … in"); the rules read the unit as the reinforcing verb's
 * subject or object (unit-stationed-at-place, JOINING) but not as its instrument. Found 3 times in the 262 non-test ISW
 * reports, none caught before; 2 read now (+5 statements, the 4 places of one "A-B-C-D" line among them), the third is
 * "may have reinforced", which irrealis.ts leaves out as it does a plan ("will reinforce X with …").
 */
const REINFORCING = 'reinforced|reinforcing|reinforce|reinforces|bolstered|bolstering|bolster|bolsters|augmented|augmenting|augment|strengthened|strengthening|strengthen|strengthens';
/** Words between the verb and the place: "its efforts to take", "the defense of"; no other clause or source. */
const TO_THE_PLACE = '*5[that|which|who|and|or|but|while|with|from|by]';
const COMPASS = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';
/** The place's front, line or grouping after its name: "the X front", "the X-Y line", "the X direction". */
const PLACE_PART = 'front|frontline|frontlines|line|lines|axis|direction|sector|area|grouping|group|positions|defenses|defences|bridgehead';
/** The unit's people it was reinforced with. */
const FORCES = 'elements|units|troops|forces|reserves|personnel|servicemen|detachments|subunits|battalions|btgs|reinforcements|parts';

const rules: RelationRuleSpec[] = [
  {
    name: 'unit-reinforcing-place',
    predicate: 'operatesIn',
    confidence: 0.7,
    patterns: [
      `${REINFORCING} ${TO_THE_PLACE} ?the ?${COMPASS} O:Place+ ?${PLACE_PART} ?$aside with|by ?additional|fresh|more|new|newly|several ?mobilized|redeployed ?${FORCES} of|from ?the ?_:Demonym S:Unit|ArmedOrg+`,
      // The place as the passive's subject: "the X front was reinforced with elements of the 58th Army".
      `O:Place+ ?${PLACE_PART} was|were|is|are|been|being ?reportedly|likely|further reinforced|bolstered|augmented|strengthened with|by ?additional|fresh|more|new|newly|several ?mobilized|redeployed ?${FORCES} of|from ?the ?_:Demonym S:Unit|ArmedOrg+`,
    ],
  },
];

export const unitReinforcingRules: readonly RelationRuleSpec[] = rules;
