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
/** Words between a party and its fighters' noun that say what kind of force it is: "[Freedonian] security forces". */
const FORCE_KIND = 'security|government|military|special|elite|regular|paramilitary|coalition';
/** Verbs of fighting that take "alongside" an ally. */
const FOUGHT_ALONGSIDE = 'fought|fighting|fight|fights|battled|battling|battles';
/** Nouns of a war as a whole. */
const WAR = 'war|wars';
/** Nouns of a campaign waged against a party ("against" only: a "campaign with" is waged together). */
/**
 * Verbs of taking a place, after which "from" names the party it was taken from; "took" only with "control" ("took
 * command of the X operation from the Y" hands a task over: 1 of 10 new statements on unannotated wire news).
 */
const TAKING = 'captured|seized|recaptured|retook|liberated|wrested|regained|reclaimed|took ?back ?full|complete|back ?control ?of';
/** A kind of place around its name: "the town of [X]", "[X] province". */
const PLACE_KIND = 'city|town|village|province|district|region|area|airport|base|dam|border|crossing|capital';
/** Verbs of driving a party out of a place. */
const DROVE = 'drove|driven|expelled|ousted|evicted|pushed|forced|routed';
/** Verbs of starting or waging an attack, before its noun. */
const LAUNCHED = 'launched|began|started|mounted|waged|stepped|intensified|conducted|carried|led|opened|escalated';
/** Nouns of an attack waged against a party. */
const OFFENSIVE = 'offensive|offensives|attack|attacks|assault|assaults|operation|operations|campaign|airstrikes|strikes|raids';
/**
 * Posts an organization's fighters hold: "ambushed an [A] checkpoint", "struck [A] positions", "positions of the [A]". An
 * attack on them is a fight with the party holding them (annotation guidelines, defence analysis; branch defence8b),
 * unlike a base, a depot or a building, which may be hit with no one of the party there.
 */
const ORG_POSTS = 'position|positions|checkpoint|checkpoints|outpost|outposts|post|posts';
/** Verbs of an attack on a party's people. */
const HIT = 'attacked|ambushed|targeted|struck|hit|raided|bombed|shelled|overran|overwhelmed';
/**
 * An organization's people or columns attacked (not a thing of theirs: "a [B] base" is a place hit). The organization hit
 * without its people's noun is no party: "missiles hit the [X] University" (1 of 1 such new statement on the ISW reports).
 */
const ORG_PEOPLE = 'troops|soldiers|forces|fighters|militants|insurgents|rebels|gunmen|convoy|convoys|patrol|patrols|peacekeepers|' + ORG_POSTS;
const CAMPAIGN = 'campaign|campaigns|offensive|offensives|struggle|insurgency|operations|operation|airstrikes|fight|fighting|war|wars';
/** Between a side and its verb: no plan, no report of someone else's, no other clause. */
const STOPS = [...IRREALIS, 'not', 'never', 'that', 'which', 'who', 'said', 'says', 'say', 'reported', 'reports', 'to', 'and', 'or', 'but', ',', ';'].join('|');

/**
 * foughtAgainst between parties named with wire news' words for their fighters (annotation conventions for wire
 * news: "[Israeli] troops clashed with [Hamas] militants" → foughtAgainst(Israeli, Hamas)):
 * - a fight between two sides: "a clash between [Taleban] insurgents and [Afghan] troops", "gunbattles between
 *   [Hamas] militants and [Fatah] gunmen";
 * - two sides, each with its fighters' noun, as the subject of a verb of fighting: "[Israeli] forces and
 *   [Palestinian] gunmen fought heavy battles";
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
      // A war between two named parties: "the 2006 war between [Freedonia] and the [Green Front]".
      `${WAR} between ?the S:Belligerent ?${SIDE} and ?the O:Belligerent`,
      `$clause S:Belligerent ${SIDE} and ?the O:Belligerent ${SIDE} *2[${STOPS}] ${FOUGHT}`,
      `$clause S:Belligerent ${SIDE} *2[${STOPS}] ${FOUGHT} with|against ?the ?suspected O:Belligerent ${SIDE}`,
      `S:Belligerent ?${SIDE} ?movement|group *2[${STOPS}] fought|waged ?a|an|the *4[${STOPS}] war|wars|battle with|against O:Belligerent`,
      `$actor S:Belligerent+ ?'s ?and ?coalition|allied|international|government ?${FORCE_KIND} ${SIDE} *2[${STOPS}] ${KILLED} ?dead *3[${STOPS}|civilian|civilians|officials] ?suspected O:Belligerent ${SIDE}|${ONE_OF_SIDE}`,
      // A named group kills without a fighters' noun of its own: "the [Red Hand] killed 12 [Valdorian] soldiers".
      `$actor S:Group *2[${STOPS}] ${KILLED} ?dead *3[${STOPS}|civilian|civilians|officials] ?suspected O:Belligerent ${SIDE}|${ONE_OF_SIDE}`,
      // Two named parties, the fighters' noun after the second only: "[Red Hand] and [Blue Star] fighters clashed". Only
      // the intransitive verbs: "A and B forces fought X" names allies (fought-sides.ts drops "clashed with X").
      `$clause S:Group and ?the O:Belligerent ${SIDE} *2[${STOPS}] clashed|clash|skirmished`,
    ],
  },
  {
    // A side that fought with an ally against a third: "[A] fought alongside [B] troops against [C]" → A and B each
    // fought C (not each other: alongside is the same side). Probes written for branch wirerel7 (issue 13).
    name: 'fought-alongside',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    // A nationality fought names forces, not what they own ("a campaign against Freedonian energy infrastructure").
    partyForces: true,
    patterns: [
      `$actor S:Belligerent+ ?${SIDE} *2[${STOPS}] ${FOUGHT_ALONGSIDE} alongside **5[${STOPS}|against] against ?the ?suspected O:Belligerent+`,
      `${FOUGHT_ALONGSIDE} alongside ?the S:Belligerent+ *3[${STOPS}|against] against ?the ?suspected O:Belligerent+`,
    ],
  },
  {
    // A party's war or campaign named as a noun: "[A]'s war with [B]", "[A]'s campaign against [B]", "the [A]-led
    // campaign against [B]", "the war between [A] and [B]" (fought-sides-news), and a relative clause of fighting:
    // "[A], which is fighting [B], …". Wire news names a fight by its noun where ISW writes a verb.
    name: 'fought-war-noun',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    // A nationality fought names forces, not what they own ("a campaign against Freedonian energy infrastructure").
    partyForces: true,
    patterns: [
      `S:Belligerent ?${SIDE} 's|' *2[${STOPS}] ${WAR}|${FIGHT}|fight with ?the ?suspected O:Belligerent+`,
      `S:Belligerent ?${SIDE} 's|' *2[${STOPS}] ${CAMPAIGN}|${FIGHT} against ?the ?suspected O:NamedParty+`,
      `S:Belligerent ?${SIDE} 's|' *2[${STOPS}] ${CAMPAIGN}|${FIGHT} against ?the ?suspected O:Demonym ?${FORCE_KIND} ${SIDE}`,
      `S:Belligerent ?${SIDE} 's|' *2[${STOPS}] ${WAR} on ?the ?suspected O:Belligerent+`,
      // Who leads a campaign or a coalition against a party fights it; a backer may only pay for it ("led" only).
      `S:Belligerent - led ?military|air|international|ground ${CAMPAIGN}|coalition|forces|troops against|on ?the O:Belligerent+`,
      `S:Belligerent - led ?military|international coalition|forces|troops ?that|which ?is|are|has|have ?been fighting|battling ?against ?the O:Belligerent+`,
      `S:Belligerent ?${SIDE} , which|who *3[${STOPS}] fighting|fought|battling|battled|fights|fight ?against|with ?the ?suspected O:Belligerent+`,
    ],
  },
  {
    // A place taken from a party, or a party driven out of it, is fought for: "[A] fighters recaptured the town from
    // the [B]", "[A] forces drove [B] militants out of [X]" → foughtAgainst(A, B) (the capture is the capture rules').
    // A named party or a nationality's forces only: "took the town from its residents" names none.
    name: 'fought-taken-from',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    patterns: [
      ...[`O:NamedParty+`, `O:Demonym ?${FORCE_KIND} ${SIDE}`].map(
        (party) => `$actor S:Belligerent+ ?'s ?${FORCE_KIND} ?${SIDE} *3[${STOPS}] ${TAKING} ?the ?${PLACE_KIND} ?of _:Place+ ?${PLACE_KIND} from ?the ${party}`,
      ),
      `$actor S:Belligerent+ ?'s ?${FORCE_KIND} ?${SIDE} *3[${STOPS}] ${DROVE} ?the ?remaining O:NamedParty+ ?${SIDE} out|from`,
    ],
  },
  {
    // An offensive waged against a named organization: "[A] launched a major offensive against the [B]", "[A] troops
    // stepped up attacks against [B]". Against an organization only: a place or a unit attacked is the attack rules'
    // (annotation guidelines: attacked takes a place or a unit).
    name: 'fought-offensive-against',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    patterns: [
      `$actor S:Belligerent+ ?'s ?${FORCE_KIND} ?${SIDE} *3[${STOPS}] ${LAUNCHED} ?up|out *4[${STOPS}|against|on] ${OFFENSIVE} against|on|targeting ?the ?suspected O:Org+`,
      // Its attacks named by a noun: "[A]'s attacks on the [B]", "[A]-led coalition airstrikes targeting the [B]".
      `S:Belligerent ?${SIDE} 's|' *2[${STOPS}] ${OFFENSIVE} against|on|targeting ?the ?suspected O:Org+`,
      `S:Belligerent - led *2[${STOPS}] ${OFFENSIVE} against|on|targeting ?the ?suspected O:Org+`,
      // Its attack on the organization's people: "[A] militants ambushed a [B] convoy", "[A] troops attacked [B] fighters".
      `$actor S:Belligerent+ ?'s ?${FORCE_KIND} ?${SIDE} *2[${STOPS}|was|were|been|being] ${HIT} ?a|an|the|two|three|several *2[${STOPS}] O:Org ${ORG_PEOPLE}`,
      // Its posts or people named with "of": "[A] jets struck positions of the [B] in X", "attacked a checkpoint of the [B]".
      `$actor S:Belligerent+ ?'s ?${FORCE_KIND} ?${SIDE} *2[${STOPS}|was|were|been|being] ${HIT} ?a|an|the|two|three|several *2[${STOPS}] ${ORG_PEOPLE} of ?the O:Org`,
      // The leader of a coalition whose aircraft or forces hit them: "[A]-led coalition jets struck [B] positions".
      ...[`O:Org ${ORG_PEOPLE}`, `${ORG_PEOPLE} of ?the O:Org`].map(
        (hit) => `S:Belligerent - led coalition|alliance|forces|troops *2[${STOPS}] ${HIT} ?a|an|the|two|three|several *2[${STOPS}] ${hit}`,
      ),
      // A state of war: "[A] has been at war with [B] since 2006" (one party: in "at war with [B] and [C] does not …" [C]
      // opens the next clause; 1 of 2 such statements on unannotated wire news).
      `$actor S:Belligerent+ ?${SIDE} *3[${STOPS}] at war with|against ?the ?suspected O:NamedParty`,
    ],
  },
];
