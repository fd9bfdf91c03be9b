import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * An encirclement or an envelopment of a place, or of the forces in it, made by an actor is an attack on the place
 * (annotation guidelines: "encircled" is an attack word): "the Freedonian encirclement of X continues", "Freedonian forces
 * continued their encirclement of X", "have nearly completed the envelopment of the grouping in the X area". Branch rec12:
 * of the read golds' sentences with such an encirclement stated as made by a named actor, 4 of 6 are annotated so (ISW dev
 * 2 of 4, fresh12 2 of 2; all 4 missed before, all read now; of the 2 left out this table reads one, "to slow the Y
 * encirclement of the settlement"); none of 5 planned, hedged with "may", potential, prevented or after "any".
 *
 * Narrower than the attack verbs (events.ts ATTACKS): with the nouns among them, read past up to nine words after any
 * actor, 8 of 23 new statements on the 294 ISW reports were wrong — an encirclement broken or undermined ("broke the
 * encirclement of X", "undermining Y efforts to complete the encirclement of X"), the besieged taken for the actor
 * ("isolate Y defenders in X … to complete the encirclement"). So the actor's words are only those of a force doing or
 * trying it, as attacked-breakthrough reads them (a nationality right before the noun is such an actor too: "the
 * Freedonian encirclement of X continues", "fled during the Freedonian encirclement of X").
 */
const { SETTLEMENT, FORCES } = attackParts;

const ENCIRCLING = 'encirclement|encirclements|envelopment|envelopments';
/** Words between the actor and the noun: a force carrying on, completing or attempting the encirclement. */
const DOING = [
  FORCES.replace(/^\?/, ''),
  'reportedly|likely|also|still|nearly|almost|largely|successfully|partially|effectively|again|further|then',
  'are|is|were|was|have|has|had|been|remain|remains|remained|committed',
  'continue|continued|continues|continuing|complete|completed|completes|completing|attempt|attempted|attempts|attempting|conduct|conducted|conducts|conducting|began|begun|achieve|achieved|pursue|pursued|pursuing|moved|moving|to',
  'the|their|its|a|an|shallow|deep|deeper|full|partial|operational|tactical',
].join('|');
const ACTOR = `$actor S:Belligerent+ $tail ${Array.from({ length: 8 }, () => `?${DOING}`).join(' ')}`;
/** What is encircled: the place, or forces or positions in it ("of Freedonian troops in X", "of the grouping near X"). */
const ENCIRCLED = [`of ${SETTLEMENT} O:Place+^>`, `of ?the ?_:Demonym *3[that|which|who|where|when|while|as|but|and|or] in|near|around|at ?the ${SETTLEMENT} O:Place+^>`];

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-encirclement',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: ENCIRCLED.map((target) => `${ACTOR} ${ENCIRCLING} ${target}`),
  },
];

export const attackEncirclementRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
