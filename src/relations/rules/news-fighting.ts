import type { RelationRuleSpec } from '../rule-spec.js';
import { IRREALIS } from './events.js';

/**
 * The people of a side as wire news names them after the party: "[Taleban] insurgents", "[Israeli] troops",
 * "[Palestinian] gunmen", "[Afghan] police", "[Hamas] militants".
 */
const SIDE = 'forces|troops|soldiers|police|policemen|militants|insurgents|rebels|gunmen|guerrillas|guerillas|fighters|militiamen|militia|army';
/** Nouns of a fight between two sides. */
const FIGHT = 'clash|clashes|fighting|battle|battles|gunbattle|gunbattles|gunfight|gunfights|firefight|firefights|skirmish|skirmishes';
/** Verbs of two sides fighting each other. */
const FOUGHT = 'fought|clashed|battled|skirmished';
/** One of a side's fighters: "a [Palestinian] militant" (killed one by one). */
const ONE_OF_SIDE = 'soldier|policeman|militant|insurgent|rebel|gunman|guerrilla|guerilla|fighter|militiaman';
/**
 * Verbs of killing another side's fighters. No noun "killing": "the Freedonian army's killing of three Ruritanian
 * policemen" names an incident, not a fight between the two (1 of 1 such statement on unannotated wire news was wrong).
 */
const KILLED = 'killed|kill|kills|shot';
/** Between a side and its verb: no plan, no report of someone else's, no other clause. */
const STOPS = [...IRREALIS, 'not', 'never', 'that', 'which', 'who', 'said', 'says', 'say', 'reported', 'reports', 'to', 'and', 'or', 'but', ',', ';'].join('|');

/**
 * foughtAgainst between parties named with wire news' words for their fighters (annotation conventions for wire
 * news: "[Israeli] troops clashed with [Hamas] militants" → foughtAgainst(Israeli, Hamas)):
 * - a fight between two sides: "a clash between [Taleban] insurgents and [Afghan] soldiers", "gunbattles between
 *   [Hamas] militants and [Fatah] gunmen";
 * - two sides, each with its fighters' noun, as the subject of a verb of fighting: "[Israeli] forces and
 *   [Palestinian] gunmen fought fierce battles";
 * - a side that clashed with the other's fighters: "[Taleban] militants clashed with [Afghan] police";
 * - a war fought with a party: "[Hezbollah] fought a 34-day war with [Israel]";
 * - one side's fighters killed the other's: "[Freedonian] troops killed five suspected [Taleban] insurgents",
 *   "[Freedonian] and coalition troops killed …", "[Freedonian] troops have shot dead a [Ruritanian] militant"
 *   (annotation conventions for wire news: fighting that inflicts losses). Civilians, officials or
 *   nationality alone on the killed side are no fight.
 * A fighters' noun is required after a nationality (a nationality alone is no party in a fight: "Afghan
 * officials clashed with …" is no fight either, "officials" being no fighters' noun).
 */
export const newsFightingRules: readonly RelationRuleSpec[] = [
  {
    name: 'fought-sides-news',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    patterns: [
      `${FIGHT} between ?the S:Belligerent ?suspected ${SIDE} and ?the ?suspected O:Belligerent ${SIDE}`,
      `$clause S:Belligerent ${SIDE} and ?the O:Belligerent ${SIDE} *2[${STOPS}] ${FOUGHT}`,
      `$clause S:Belligerent ${SIDE} *2[${STOPS}] ${FOUGHT} with|against ?the ?suspected O:Belligerent ${SIDE}`,
      `S:Belligerent ?${SIDE} ?movement|group *2[${STOPS}] fought|waged ?a|an|the *4[${STOPS}] war|wars|battle with|against O:Belligerent`,
      `$actor S:Belligerent+ ?and ?coalition|allied|international|government ${SIDE} *2[${STOPS}] ${KILLED} ?dead *3[${STOPS}|civilian|civilians|officials] ?suspected O:Belligerent ${SIDE}|${ONE_OF_SIDE}`,
    ],
  },
];
