import type { RelationRuleSpec } from '../rule-spec.js';
import { ATTACK_NOT_DONE } from './attack-not-done.js';

/**
 * Rules for the events conflict reporting is made of: who attacked, captured, withdrew from or fought
 * whom. The actor is a unit, an organization or a country — a nationality word standing for its country
 * counts ("Russian forces shelled X" → attacked(Russian, X)). Between the actor and the verb may stand a
 * few plain words ("forces continued to", "troops reportedly"), never another name: the nearest actor
 * before the verb is the one that acts ("Ukrainian forces repelled Russian assaults on X" → Russian).
 * Intentions and forecasts ("will likely attempt to seize X") are not events: their words stop the actor's
 * gap; negation ("did not capture", "failed to seize") is the stage's (rules/cues.ts).
 */

/** A party may be named by a nationality and a force word: "Ukrainian forces", "the Russian troops". */
export const FORCES = '?forces|troops|units|defenders|servicemen|fighters|militants|personnel';

/** Words that make the event an intention, a plan or a forecast, not something that happened. */
export const IRREALIS = [
  'will', 'would', 'could', 'might', 'may', 'can', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended',
  'intending', 'aim', 'aims', 'aimed', 'aiming', 'prepare', 'prepares', 'preparing', 'preparation', 'preparations',
  'future', 'objective', 'objectives', 'goal', 'goals', 'threaten', 'threatens', 'threatened', 'order', 'ordered',
  'potential', 'possible', 'conditions',
  // Seeking an advance is an aim ("likely seek to advance toward X"); a pause is no attack ("paused offensive operations in X").
  'seek', 'seeks', 'seeking', 'sought', 'paused', 'pause', 'pauses', 'pausing', 'suspended', 'ceased', 'halted',
  // A need is no event: "defending X requires liberating Y", "Russian forces must seize X".
  'require', 'requires', 'required', 'requiring', 'need', 'needs', 'must', 'should',
  // Abandoned efforts and missed deadlines are no events: "abandoned efforts to encircle X", "the deadline of capturing X".
  'abandoned', 'abandon', 'abandoning', 'deadline', 'deadlines',
  // A lack or a capacity is no event: "forces lack the strength to launch offensive operations in X", "Russia's capacity to renew its assault on X".
  'lack', 'lacks', 'lacked', 'lacking', 'capacity', 'capability', 'capabilities',
  // Nor is being capable of it ("a military capable of fighting NATO"), nor a task given ("tasked with completing the capture of X").
  'capable', 'tasked',
  // Being on the verge of an event is not having done it: "on the verge of seizing X", "poised to capture X".
  'verge', 'brink', 'poised',
];

/** After the event, words that make it unreal: "a Belarusian offensive into X remains unlikely". */
const UNREAL_AFTER = ['unlikely', 'potential', 'possible', 'hypothetical',
  // An attack the text calls impossible did not happen: "claimed that Ukrainian counteroffensives in X were impossible".
  'impossible',
  // "a Ukrainian counteroffensive on X in the coming weeks" is a forecast.
  'coming', 'upcoming',
  // A claim the text calls false after it: "claims to have captured X are likely false", "reports that … are incorrect".
  'false', 'incorrect', 'untrue', 'inaccurate', 'unfounded', 'fabricated'];

/** An attempt to take a place is no capture (an attempt to attack one is still an attack). */
export const ATTEMPT = ['attempt', 'attempts', 'attempted', 'attempting', 'try', 'tries', 'tried', 'trying', 'effort', 'efforts', 'seek', 'seeks', 'seeking', 'sought', 'push', 'pushing'];

/**
 * Between the actor and the verb, a clause of reporting ("X stated that forces attacked Y"): the one
 * who reports is not the actor. Defenders are not attackers ("Ukrainian forces repelled assaults on Y").
 */
export const NOT_THE_ACTOR = [
  'that', 'repelled', 'repulsed', 'repelling', 'repel', 'defended', 'defending', 'halted', 'stopped', 'thwarted', 'prevented',
  'neutralized', 'neutralizing', 'neutralised',
  // A nationality's reporters, officials and media are not its forces: "Russian sources published footage of strikes on X".
  'sources', 'source', 'milbloggers', 'milblogger', 'bloggers', 'officials', 'official', 'media', 'outlets', 'outlet', 'journalists', 'journalist', 'footage', 'channels', 'channel', 'authorities',
  'reporter', 'reporters', 'correspondent', 'correspondents',
];

/**
 * The actor and the words up to the verb: a unit, an organization or a country (passing over a name
 * governed by the word before it: `$actor`), maybe "forces in <place>", then at most nine plain words
 * ("forces conducted a series of unsuccessful ground"), none of them one of `stops`. The words may hold a
 * list of modifiers whose commas an "and"/"or" closes ("routine air, missile, and artillery strikes") and
 * end in a clause of the same subject ("troops suffered losses when attempting an assault"), whose opening
 * word a plain gap never crosses.
 */
/**
 * What may follow the actor before its words: "forces in X", and a participle with its place, "forces
 * advancing south from X (west of Y)", "troops operating near X".
 */
const MODIFIERS = 'advancing|operating|attacking|fighting|deployed|redeployed|stationed|based|positioned|drawn|moving|pushing|withdrawing|retreating';
const HEADING = 'north|south|east|west|northeast|northwest|southeast|southwest|further|farther|westward|eastward|northward|southward';
// One place, no list and no bracket after it: each optional element here is tried in every event pattern (with
// a list and a bracket, the relations stage took 18% longer on the bench corpus).
// ("forces west of X": a heading's "of" places the forces as well — "Ukrainian forces west of X attacked near Y".)
const PLACED = `${FORCES} ?${MODIFIERS} ?${HEADING} ?in|near|around|from|along|toward|towards|of ?the ?_:Place`;
export const actor = (stops: readonly string[], where = PLACED): string => {
  const gap = (n: number) => `*${n},[${stops.join('|')}]`;
  return `$actor S:Belligerent+ $tail ${where} ?$aside ${gap(9)} ?while|when ${gap(4)}`;
};
/**
 * A capture or a withdrawal behind "to" is a purpose, not an event: "launched an assault to capture X",
 * "are fighting to seize X". Only after these words did it happen: "managed to capture X", "were forced to
 * withdraw from X" (the taker's gap stops at "to", and the event pattern reads them: DID_TO).
 */
const PURPOSE = ['to', 'before', 'until', 'prior'];
// A claim of one's own taking is a capture claimed ("claimed to have taken X"; annotation guidelines).
// What appears to have happened is a hedged event, kept as hedged statements are ("appear to have captured X").
const DID_TO = 'managed|succeeded|able|continued|continue|continues|continuing|began|begun|forced|had|claimed|claims|claim|claiming|appear|appears|appeared|seem|seems|seemed to';
/**
 * Verbs of stopping in the present forms: what follows them is the other side's attack ("continued efforts to
 * prevent a further advance of the Ukrainian counteroffensive near X"). Only the actor's own gap stops at them: a
 * verb conjoined after them is still the actor's ("focused on preventing Ukrainian advances and shelled X").
 */
const PREVENTING = ['prevent', 'prevents', 'preventing', 'stop', 'stops', 'stopping', 'halt', 'halts', 'halting', 'repels', 'repulse', 'repulsing', 'thwart', 'thwarting'];
/**
 * Verbs of undergoing an attack: "a Freedonian patrol came under fire near X" names the target's owner, not the
 * attacker (branch defence8's probe gave attacked(Freedonia, X)); the attacker after "under" is attacked-came-under's.
 */
const UNDERGOING = ['came', 'come', 'comes', 'coming'];
/** Attacks may be attempts; captures and withdrawals may not. */
const ATTACKER = actor([...IRREALIS, ...NOT_THE_ACTOR, ...PREVENTING, ...ATTACK_NOT_DONE, ...UNDERGOING]);
/**
 * A party named in an aside of the actor acts with it: "Russian forces, reportedly including Wagner Group
 * mercenaries, attacked X" → the Wagner Group attacked X too (the actor itself is read by ATTACKER).
 */
const coActor = (stops: readonly string[]): string =>
  // (The unit may carry its republic before it: "elements of the LNR 4th Brigade", "the Luhansk People's Republic (LNR) 9th Brigade".)
  // (The aside may be set off by dashes: "Russian forces—including Wagner Group fighters—attacked X"; its part noun
  // may be qualified: "including confirmed elements of the 1st Tank Army".)
  `?,|\u2014|\u2013 ?reportedly|likely|possibly|probably including|alongside|among ?the ?confirmed|unspecified|other|some ?elements|units|fighters ?of ?the ?_:Region ?( ?_:Region ?) S:Belligerent+ $tail *2 ,|\u2014|\u2013 *9,[${stops.join('|')}]`;
const CO_ATTACKER = coActor([...IRREALIS, ...NOT_THE_ACTOR]);
/** Who claims, reports or denies a capture is not its taker: "the Russian MoD claimed the capture of X". */
const REPORTING = ['claimed', 'claims', 'claim', 'claiming', 'reported', 'reports', 'announced', 'announces', 'announcement', 'announcements', 'celebrated', 'denied', 'confirmed'];
/**
 * Who fights in a place: the actor's words end in the verb, not in a noun phrase whose head is the fighting
 * ("the General Staff noted the fighting in X", "an armored fighting vehicle in X").
 */
// Nor one who reports it: "the Defense Ministry reported fighting near X".
// A country or a nationality only: a named unit or organization that fights in a place operates there (annotation
// guidelines' operatesIn, "fighting"; presence rules read it) and "fighting" is none of the guidelines' attack words.
// Branch iswatk6: the rule's unit and organization statements were right 0 of 2 on ISW dev and 0 of 6 on fresh7-orbat-read
// (all annotated operatesIn only), its nationality statements 7 of 7 on dev.
const FIGHTER = actor([...IRREALIS, ...NOT_THE_ACTOR, ...REPORTING, 'noted', 'recorded', 'observed', 'described', 'the', 'a', 'an']).replace('S:Belligerent+', 'S:Polity+');
/**
 * After a verb of hitting, a taking word is an adjective of what was hit: "Russian forces shelled recently
 * liberated X" (no capture by the shellers).
 */
const HIT_VERBS = ['shelled', 'shelling', 'struck', 'striking', 'attacked', 'attacking', 'bombed', 'bombing', 'targeted', 'targeting', 'hit', 'hitting', 'bombarded', 'bombarding'];
/**
 * A capture one prioritizes, focuses on, progresses toward, needs or gives up is not made yet: "continued to prioritize the capture of X", "are
 * concentrated on capturing the X port", "the requirement for that includes the liberation of X" (an attack so
 * focused is one: attacked-place reads "focused on capturing X" as an attack on X).
 */
const FOCUS = ['prioritize', 'prioritizes', 'prioritized', 'prioritizing', 'prioritization', 'priority', 'priorities', 'focus', 'focused', 'focuses', 'focusing', 'concentrated', 'concentrating', 'centered', 'centering', 'requirement', 'requirements',
  // Progress toward a capture is none yet: "Russian progress in taking X remains slow".
  'progress',
  // Nor is a capture given up: "Russian troops have given up on encircling or seizing X".
  'gave', 'given', 'giving'];
/** A clause of condition or of time opened in the taker's words is another clause: "… crossing the river once they capture X". */
const SUBORDINATORS = ['if', 'unless', 'whether', 'once', 'lest'];
const TAKER_STOPS = [...IRREALIS, ...ATTEMPT, ...FOCUS, ...NOT_THE_ACTOR, ...PURPOSE, ...REPORTING, ...HIT_VERBS, ...SUBORDINATORS];
const TAKER_GAP = actor(TAKER_STOPS);
/** Who consolidates control of a place holds it, whether the text says so as a focus or a purpose ("to consolidate control of X"). */
const CONSOLIDATOR = actor(TAKER_STOPS.filter((w) => !FOCUS.includes(w) && !PURPOSE.includes(w)));
/** Patterns of an actor's event, right after the actor's words or after "managed to" and a few more ("continue to consolidate their"). */
export const done = (actorGap: string, stops: readonly string[]) => (rest: string): string[] => [
  `${actorGap} ${rest}`,
  `${actorGap} ${DID_TO} *4[${stops.join('|')}] ${rest}`,
];
const taken = done(TAKER_GAP, TAKER_STOPS);
/**
 * Before "captured positions", a preposition or an adverb of time makes "captured" an adjective: "retreated from
 * previously captured positions in X", "Russian forces in captured Ukrainian positions in X".
 */
const POSITION_TAKER_STOPS = [...TAKER_STOPS, 'in', 'from', 'of', 'at', 'into', 'holding', 'held', 'hold', 'holds', 'previously', 'recently', 'newly'];
const positionsTaken = done(actor(POSITION_TAKER_STOPS), POSITION_TAKER_STOPS);
/**
 * A capture named by a noun: "Ukraine's liberation of X", "Russian forces completed the seizure of X" ("the
 * capture of X" is read by the verb's patterns, whose PORTION takes the "of"). Nothing after the event
 * ("after the capture of X") makes the actor its taker.
 */
// Nor another noun phrase of a list: in "the encirclement of Russian forces or the liberation of X" the forces liberated nothing.
const NOMINAL_TAKER = actor([...TAKER_STOPS, 'after', 'since', 'following', 'or']);
/** Who claims a capture as its own: the taker's words without the words of reporting, which the pattern reads. */
// (Not a civil body: a ministry that claims a capture reports it, reporter-subject.ts.)
const CLAIMANT = actor([...TAKER_STOPS.filter((w) => !REPORTING.includes(w)), 'after', 'since', 'following', 'or', 'the', 'a', 'an']).replace('S:Belligerent+', 'S:Unit|ArmedOrg|Demonym|Polity+');
const CAPTURE_NOUNS = 'seizure|liberation';
/**
 * A withdrawal behind "to" mostly happened ("forcing Russian forces to retreat from X"); an intention to
 * withdraw has its own words (IRREALIS: "plan to", "ordered to").
 */
/**
 * Who covers another's withdrawal does not withdraw: "elements of the 1st Army are screening withdrawals from X by other
 * units" (on the 294 ISW reports the one wrong of 7 statements the noun "withdrawals" added; branch defence8).
 */
const COVERING = ['screening', 'screened', 'screen', 'screens', 'covering', 'covered', 'cover', 'covers', 'protecting', 'protected'];
const LEAVER = actor([...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR, ...COVERING]);
/**
 * Who leaves or evacuates a place named right after the verb ("Russian forces are leaving X", "Russian troops evacuated
 * X"): no preposition or article in the words before the verb, which would make it another's act or an adjective
 * ("prohibiting civilians from leaving X", "return to the evacuated zones of X"); authorities that evacuate residents are
 * no actor (NOT_THE_ACTOR).
 */
const EVACUATOR = actor([...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR, '-', 'in', 'of', 'to', 'from', 'into', 'the', 'a', 'an', 'for', 'on', 'at', 'by', 'with', 'civilians', 'residents'], FORCES);
/**
 * The actor of an earlier verb of the same sentence, carried over a coordination: "Russian forces conducted
 * an offensive toward X and intensified shelling in Y". The actor must open its clause (RelationRuleSpec.
 * actorOpensClause), so an object of the first verb is never taken for it.
 */
// (With `verbGap` 0 the verb follows the conjunction and its adverb right away: attack-shapes.ts "and damaged X".)
export const carried = (stops: readonly string[], verbStops: readonly string[] = stops, verbGap = 3): string =>
  `$clause S:Belligerent+ $tail **40[${stops.join('|')}] and|but ?then|also|later|reportedly|additionally|subsequently|likely${verbGap > 0 ? ` *${verbGap}[${verbStops.join('|')}]` : ''}`;
/** Who holds a place: not one who lost it, ceded it, or seeks it. */
const CONTROLLER_STOPS = [...IRREALIS, ...ATTEMPT, ...FOCUS, ...NOT_THE_ACTOR, ...PURPOSE, '-', 'lost', 'lose', 'loses', 'losing', 'cede', 'ceded', 'for', 'regain', 'without', 'under', 'contest', 'contested',
  // Holding one's own ground is no capture: "Ukrainian forces maintain control of X".
  'maintain', 'maintains', 'maintained', 'maintaining', 'retain', 'retains', 'retained', 'retaining', 'keep', 'keeps', 'kept',
  // Nor is remaining in control: "Ukrainian troops remain in control of the city center".
  'remain', 'remains', 'remained', 'remaining'];
const CONTROLLER_GAP = actor(CONTROLLER_STOPS);
/** Verbs of holding or asserting control, before the noun: "have full control of X", "consolidated their control over X". */
const HOLDING = 'have|has|had|having|hold|holds|held|holding|exercise|exercises|exercised|exert|exerts|exerted|assert|asserts|asserted|established|establish|establishes|consolidated|consolidate|consolidates|consolidating|extended|extend|extends|in|under|gained|gain|gains|secured|secure|secures|claimed|claim|claims|achieved|achieve';
const controlled = done(CONTROLLER_GAP, CONTROLLER_STOPS);

/** Which part of a place: "in western X", "the northern outskirts of X", "the eastern part of X". */
const COMPASS_PART = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|upper|lower';

/** What the place may be called before its name: "the town of X", "the outskirts of X", "western X", "southern and eastern X", "the Y Oblast village of X". */
// A number of them before a list: "captured the seven towns of A, B, …".
// ("the port of X" is a part of X: "captured the Port of X".)
const PLACE_NOUNS = 'city|town|village|villages|settlement|settlements|cities|towns|outskirts|area|areas|vicinity|direction|directions|port';
/**
 * A town's quarters, after a settlement kind ("the residential sector of X", "the industrial zone of X"): parts of
 * it, taken as captured-place takes "most of X" (annotation guidelines: partial control is `captured`).
 */
const QUARTERS = 'sector|sectors|zone|zones|quarter|quarters|microdistrict|microdistricts';
/** Quotation marks around the part's words, as reports quote an official's: "captured the “eastern outskirts” of X". */
const PART_QUOTE_OPEN = '?\u201c|"';
const PART_QUOTE_CLOSE = '?\u201d|"';
// What kind of settlement it is: "the frontline village of X", "the small town of X", "the strategic city of X".
// The settlements around another: "took control of the surrounding settlements of A and B".
const SETTLEMENT_KIND = 'frontline|front-line|small|key|strategic|nearby|neighboring|neighbouring|important|critical|fortified|contested|border|surrounding|adjacent|residential|industrial|urban|historic|old';
const SETTLEMENT = `?both|either ?the ?two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous ?_:Demonym ?- ?controlled|occupied|held ?${COMPASS_PART} ?and|or ?${COMPASS_PART} ?_:Region ?${SETTLEMENT_KIND} ?${PLACE_NOUNS}|${QUARTERS} ${PART_QUOTE_CLOSE} ?of`;

/** A count of things taken: "five", "several", "all", "all of the", "dozens of". */
const COUNTED = 'all|several|multiple|numerous|many|two|three|four|five|six|seven|eight|nine|ten|dozens|dozen|more|over|nearly|almost|about|some ?than ?of ?the|remaining';

/** A bank or a shore of a river or a sea: "withdrew from the west bank of the X River", "from right-bank X Oblast". */
const BANK = '?left|right|west|east|north|south|western|eastern|northern|southern ?- ?bank|banks|shore|shores|coast ?of ?the';
/** A bank named twice, the other name in brackets: "from the right (west) bank of X" (its own pattern: a bracket is rare here). */
const SIDES = 'left|right|west|east|north|south';
const GLOSSED_BANK = `?the ${SIDES} ( ${SIDES} ) ?- bank|banks|shore of ?the`;
/** Verbs and nouns of leaving, without redeploying and fleeing (a redeployment from a bank is not always a withdrawal). */
const LEAVING = 'withdrew|withdrawn|withdrawing|withdraw|withdraws|withdrawal|retreated|retreating|retreat|retreats|pulled|pulling';

/**
 * Directions from a place, one or a list: "east of X", "to the north, northwest, and southwest of X". An
 * attack so placed is on X (annotation guidelines: when no more specific target is named).
 */
const COMPASS = 'north|south|east|west|northeast|northwest|southeast|southwest';
const DIRECTIONS = `?to ?the ${COMPASS} ?, ?and|or ?${COMPASS} ?, ?and|or ?${COMPASS} of`;

/** Verbs and nouns of attacking. Advances count: an attempt to advance on a place is an attack on it. */
const ATTACKS = [
  'attacked', 'attack', 'attacks', 'attacking', 'assaulted', 'assault', 'assaults', 'assaulting', 'stormed', 'storm',
  'storming', 'shelled', 'shell', 'shells', 'shelling', 'struck', 'strike', 'strikes', 'striking', 'bombed', 'bombing',
  'bombarded', 'bombarding', 'bombardment', 'targeted', 'target', 'targets', 'targeting', 'counterattacked', 'counterattack',
  'counterattacks', 'counterattacking', 'offensive', 'offensives', 'counteroffensive', 'counteroffensives', 'advance',
  'advances', 'advanced', 'advancing', 'pushing', 'pushed', 'raided', 'raid', 'raids', 'hit', 'hitting',
  'invasion', 'invaded', 'invade', 'invades', 'invading', 'barrage', 'barrages', 'destroyed', 'destroying',
  // Overrunning a post or a town is an assault on it (analysis of the Syrian and Sahel wars: "overran an army base in X").
  'overran', 'overrun', 'overrunning',
  // "breached Ukrainian lines in X"; "routine indirect fire in the X direction".
  'breached', 'breaching', 'fire', 'penetrate', 'penetrated', 'penetrating',
  'breakthrough', 'breakthroughs',
  // "conducted airstrikes near X", "continued airstrikes in X" (the noun as one word; "air strikes" is read by "strikes").
  'airstrike', 'airstrikes',
  // "partisans ambushed a patrol in X".
  'ambushed', 'ambush', 'ambushes', 'ambushing',
  'encircled', 'encircle', 'encircles', 'encircling', 'surrounded', 'besieged', 'besieging', 'clearing', 'cleared',
  // The verbs' other forms: "continued to bombard X and besiege its defenders" (branch rec12: fresh12 1 missed; on the 294
  // ISW reports 3 statements more, all right). The nouns of encircling have a narrower table of their own
  // (attack-encirclement.ts): read with these words' long gaps, 8 of 23 new statements on the 294 reports were wrong.
  'bombard', 'bombards', 'besiege', 'besieges',
  // "continued operations to surround X", as "to encircle X" (not "surrounding", mostly an adjective: "surrounding villages").
  'surround',
].join('|');

/** The attack words, for passes that read them outside the patterns (attack-compound.ts). */
export const attackWords: readonly string[] = ATTACKS.split('|');

/** Verbs of stopping an attacker: who is stopped attacked ("halted Russian forces in X"). */
const REPELLING = 'repelled|repulsed|repelling|repel|repels|halted|stopped|thwarted';

/** Words of trying to take a place, before "to": efforts, operations, attacks, pushes. */
// "are fighting to establish full control of X".
const TRYING = 'operations|operation|efforts|effort|attempts|attempt|attempted|attempting|tried|trying|offensive|offensives|assault|assaults|attack|attacks|push|pushes|drive|campaign|fighting|struggling';
/** Verbs of taking (and encircling) a place after such a word ("establish" and "gain" with PORTION's "full control of"). */
const TAKING = 'seize|capture|take|retake|recapture|encircle|storm|liberate|establish|gain';

/** Nouns of an attack, whose agent may follow "by": "an assault by the 14th Brigade on X". */
const ATTACK_NOUNS = 'attack|attacks|assault|assaults|strike|strikes|offensive|counterattack|counterattacks|shelling|advance|advances|raid|raids|airstrike|airstrikes';

/** What was hit may be a list ("struck Russian depots, positions, and bases in X"): the words before the place. */
/** Words that open another clause: the words between an attack and its place never cross them ("conducted counterattacks as Ukrainian forces continued operations in X"). */
const NEW_CLAUSE = 'as|while|when|whereas|which|who|whom|whose|where|because|although|though|but|since|until|unless|if';
/**
 * Words of a plan that a target's words never cross: in "improved their positions and prepared for offensive
 * operations toward X" the place is the plan's, not the attack's.
 */
// "Conditions" too: in "the A counteroffensive may set conditions for further operations into X" the place is the
// later operation's (branch rec14: the read pools hold 6 "set conditions for <attack> toward X", none annotated).
const PLAN_WORDS = 'preparing|prepared|prepare|prepares|planning|planned|plans|intending|intended|aiming|conditions';
/**
 * Verbs of preventing, which a target's words never cross either: in "Freedonian strikes prevented Sylvanian forces from
 * attacking toward X" the place is the prevented attack's, not the strikes' (branch rec15a: on the 294 ISW reports, test
 * reports left out, the 9 `attacked` statements whose words crossed one were all of this kind, all wrong; the read golds
 * never give the preventer the place, 0 of 2 sentences). The prevented party's own event is prevented-actor.ts's.
 */
const PREVENTED_WORDS = 'prevented|prevent|prevents|preventing|deterred|deter|deters|deterring';

/**
 * Words of an attempt, before "to" and a verb of taking what stands at a place: not "efforts" or "operations", which the
 * guidelines leave open ("Efforts to …", golds 0 of 2); on the 294 ISW reports the efforts this reading took were 2
 * wrong of 3 (branch rec19).
 */
const ATTEMPTING = 'attempts|attempt|attempted|attempting|tried|trying';
/** Verbs of taking or breaking what stands at a place (its positions, its bank, settlements near it) after such a word. */
const TAKING_AT = 'seize|capture|take|retake|recapture|encircle|storm|secure|breach|penetrate';
/**
 * The words of what is taken, before its place: never another clause, a plan, or "and" (in "attempting to secure supply
 * lines on a bank and withdrawing deeper into X" the place is the withdrawal's; ISW dev, branch rec19). Not a
 * bare "push": "efforts to push toward X" is a plain advance (annotation guidelines), "push through X's positions" is not.
 */
const TAKEN_WORDS = `*6[${NEW_CLAUSE}|${PLAN_WORDS}|${PREVENTED_WORDS}|and|;]`;
const TARGETS = `*10,[${NEW_CLAUSE}|${PLAN_WORDS}|${PREVENTED_WORDS}]`;
/** The words right after the attack verb, before a nationality that owns the target ("shelled Ukrainian positions"). */
const AFTER_VERB = `*6[${NEW_CLAUSE}|${PLAN_WORDS}|${PREVENTED_WORDS}]`;

/** What a country named as its forces' adjective owns when it is hit: "a US base", "Turkish positions", "a French convoy". */
const OWNED_TARGETS = 'military|army|air|naval|forces|troops|soldiers|personnel|positions|position|convoy|convoys|patrol|patrols|base|bases|outpost|outposts|checkpoint|checkpoints|embassy|consulate';

/** Where an attack lands: the preposition before the place ("from X" is where it came from). */
const ATTACK_AT = 'near|in|on|at|around|against|toward|towards|into|of|outside|onto|across|throughout|along|within';

/** An attack noun with its agent after "by" and its place: "an assault by elements of the 14th Brigade near X". */
const AGENT_ATTACK = `${ATTACK_NOUNS} by ?the ?elements|units|forces|troops|servicemen ?of ?the S:Belligerent+ $tail ${FORCES} ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+>`;

/**
 * What was hit or taken, named in general and then by example: "settlements along the border, including A
 * and B", "several villages in X Oblast—notably A". The words before may hold names (where the targets lie),
 * never another clause (a mention gap stops at "which", "while" and the like).
 */
/** Plural nouns of places, which a dash may go on to list. */
const PLACE_PLURALS = 'towns|villages|settlements|cities|localities|hamlets';
const EXAMPLE_WORDS = 'including|notably|particularly|especially|namely';
// (The latest of them too: "conducted limited counterattacks across the theater, most recently near X"; branch iswatk6.)
const EXAMPLES = `**20 ,|\u2014|\u2013 ?most ${EXAMPLE_WORDS}|recently`;

/** Firing weapons on a place: "launched missiles on X", "fired rockets at X". */
const FIRING = 'launched|launch|launches|launching|fired|fire|fires|firing|dropped|conducted|conduct|conducts|conducting';
/** Words a firing's gaps never cross: a pause is no firing, and a clause of time speaks of something else. */
// Defense is no firing either: "conducted defensive measures and moved personnel on the X bank" (branch iswatk6).
const FIRE_GAP_STOPS = 'pause|paused|pauses|after|before|since|following|until|defensive|measures';
/** The head noun of a named weapon phrase, right before its target ("… Grad MLRS systems at X"). */
const WEAPON_HEADS = 'missile|missiles|rocket|rockets|systems|MLRS|drones|munitions|rounds|shells|bombs';
/** Using weapons is an attack only against something: "used drones against X" (not "using facilities at X"). */
const USING = 'used|using|uses|employed|employing|employs';
/** …or when what is used is a weapon: "employed phosphorus bombs in X". */
const WEAPONS = 'munitions|bombs|missiles|rockets|drones|artillery|shells|mortars|weapons|MLRS|grenades|mines|airstrikes|aviation';

/** "occupied" is mostly an adjective ("authorities in occupied X"): no preposition may stand before it. */
// Nor a verb of hitting or firing: in "Ukrainian forces struck occupied X" the place was hit, not taken (an attack
// noun may stand in the actor's words: "Ukrainian assault detachments occupied X").
const OCCUPIER = actor(
  [...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR, '-', 'in', 'of', 'to', 'from', 'into', 'within', 'across', 'throughout', 'near', 'at', 'for', 'on', 'onto', 'against', 'toward', 'towards', 'around', 'with', 'by', ...HIT_VERBS, ...FIRING.split('|')],
  FORCES,
);

const CAPTURES = [
  'captured', 'capture', 'captures', 'capturing', 'seized', 'seize', 'seizes', 'seizing', 'liberated', 'liberate', 'liberates', 'liberating', 'recaptured', 'recapture', 'recaptures', 'recapturing',
  'retook', 'retake', 'retakes', 'retaking', 'retaken', 'regained', 'regain', 'overran', 'overrun',
  // Taking a place: "Russian forces took X", "have taken the village of X" (not "took part in", "taken heavy losses":
  // a place or a part of one must follow).
  'took', 'taken', 'taking',
  // Securing a place is taking it: "Russian forces secured Kherson city", "after securing X" (annotation guidelines;
  // not the present "secure", mostly an aim: "to secure X"). What is secured must be a place or a part of one:
  // "secured gains", "secured access to X" take none.
  'secured', 'securing',
].join('|');

/** Verbs of taking control ("took control of X", "established control over X"): the past and the ongoing only, as CAPTURES. */
const CONTROL_TAKEN = 'took|taken|taking|retook|retaken|retaking|gained|gaining|established|establishing|regained|regaining|assumed|assuming';
/** How nearly or wholly a part is given: "control approximately half of X", "captured at least half of X", "the entire northern part of X". */
const APPROX = 'approximately|about|roughly|nearly|almost|around|over|least|entire|whole';
/**
 * How large or which kind of part: "captured the main part of X", "retaking large areas of X", "control major areas of X",
 * "the industrial sector of X" (branch iswops5: 3 such captures missed in the 294 ISW reports and in a fresh sample).
 */
const PART_SIZE = 'large|larger|main|major|significant|substantial|considerable|key|greater|small|remaining';
const PART_KIND = 'industrial|residential|urban|central|old|historic|private';
/** Which part of a place was taken: "most of X", "the eastern part of X". */
// (A part left vague is still a part: "captured unspecified northern portions of X", "seized some parts of X".)
// ("The majority of" too: "established control over the majority of the housing blocks of X"; and a part or the whole:
// "captured parts or all of the island", branch iswatk6.)
const PART = `?the ?at ?${APPROX} ?unspecified|some|several ${PART_QUOTE_OPEN} ?${PART_SIZE} ?${COMPASS_PART} ?${PART_KIND} ?portions|parts|part|most|much|all|areas|remnants|rest|remainder|half|sections|sectors|sector|districts|neighborhoods|entirety|majority ?or ?all|most|much ?of`;
/** A part named, with its "of": "most of", "the eastern part of" (PART's "of" may stand alone). */
const PORTION_OF = `?the ?at ?${APPROX} ?${PART_SIZE} ?${COMPASS_PART} ?${PART_KIND} portions|parts|part|most|much|all|areas|remnants|rest|remainder|half|sections|sectors|sector|districts|neighborhoods|entirety|majority of`;
/** How much of a place was taken: "captured most of X", "seized full control over X". */
const PORTION = `?full|complete|partial|total|effective ?control ?of|over ${PART}`;

/**
 * What may stand between a verb of leaving and "from": what was withdrawn ("withdrew units and equipment from X"),
 * never a heading, another "from", a clause or a plan ("a withdrawal that may include pulling back from X").
 */
const WITHDRAWN_STOPS = ['to', 'toward', 'towards', 'into', 'or', 'but', 'from', 'that', 'which', ...IRREALIS].join('|');
/** Ground a force holds and may leave: "withdrew from positions near X", "pulled back from strongholds southwest of X". */
// Settlements too: "withdrew from the northern settlements around X", "from settlements north of X".
const HELD_GROUND = 'positions|areas|lines|defenses|strongholds|trenches|fortifications|settlements|villages';
/**
 * After the preposition of held ground, where it is, vaguely or by a part of the place: "left their positions in an
 * undisclosed area of X", "withdrew from positions in northern X", "pushed out of positions in unspecified parts of X".
 */
// (A part by its bearing too: "pushed Y troops out of positions in the western outskirts of X".)
const GROUND_LOCUS = `?the|an|a ?unspecified|unknown|undisclosed|several|various ?${COMPASS_PART} ?area|areas|location|locations|part|parts|vicinity|outskirts ?of|near|in ?the ?${COMPASS_PART}`;

/** Who was pushed out of a place left it: "forced Russian troops out of X", "dislodged Ukrainian forces from X". */
const PUSHED_OUT = `forced|forcing|pushed|pushing|drove|driven|driving|expelled|ousted|dislodged|dislodging ?the S:Belligerent+ ${FORCES}`;
/**
 * What may stand between the forces pushed and "out of"/"from": not a heading ("pushed Russian forces south from X":
 * the dev gold reads no withdrawal) nor civilians ("expelled Ukrainian residents from X"). "Away from X" is read by
 * its own pattern below (PUSHED_DISTANCE).
 */
const PUSHED_GAP = '*2[away|north|south|east|west|northeast|northwest|southeast|southwest|further|farther|residents|civilians|citizens|people|families|patients]';
/**
 * Between the forces pushed and "away from" / "back from", how far they were pushed: "pushed Y forces around 20
 * kilometers away from X", "drove Y troops away from X" (annotation guidelines: "A pushed B back from X" is B's
 * withdrawal; "away from" after a verb of pushing says the same). Never a heading, civilians, another clause or a
 * second verb's object ("forced Y to transfer forces away from X" is a redeployment's cause, not a pushing).
 */
const PUSHED_DISTANCE = '*5[to|toward|towards|into|and|or|but|that|which|while|,|north|south|east|west|northeast|northwest|southeast|southwest|residents|civilians|citizens|people|families|patients]';

/** Verbs and nouns of leaving: "withdrew from X", "Russia's withdrawal from X". */
const WITHDRAWALS = 'withdrew|withdrawn|withdrawing|withdraw|withdraws|withdrawal|withdrawals|retreated|retreating|retreat|retreats|pulled|pulling|fled|fleeing|redeployed|redeploying';

/** Verbs of inflicting losses on a party or of pressing it: who does it fights that party ("wounded" is mostly an adjective: "treating wounded Wagner fighters"). */
const LOSSES = 'destroyed|destroying|killed|killing|confronted|confront|confronting|confronts|encircled|encircling|pushed|pushing|push|defeated|defeating|routed|eliminated|eliminating|inflicted|inflicting';

const FIGHTING = 'clashed|clashing|clash|clashes|fought|fighting|fight|fights|battled|battling|battle|battles|engaged';
/** A verb of a fight may stand between its noun and "between": "clashes erupted between A and B near Y". */
export const FIGHT_BROKE_OUT = '?erupted|broke|flared|raged|continued|resumed|intensified|escalated ?out|up';
/** Parts of a named party, before its "of": who fights them fights the party (fought-against). */
const PARTY_PARTS = 'elements|element|units|subunits|remnants|troops|forces|fighters|servicemen|detachments|parts';
/** Verbs of stopping an attacker's move, before "the attack of" / "the advance of" a named party (repelled-attack-of). */
const STOPPING = 'repelled|repulsed|repelling|repel|repels|halted|halting|halt|halts|stopped|stopping|stop|stops|thwarted|thwarting';
/** Quote marks a report may set around its source's verb: Ukrainian forces \u201cdestroyed\u201d elements of X. */
const VERB_QUOTE_OPEN = '?\u201c|"';
const VERB_QUOTE_CLOSE = '?\u201d|"';


/**
 * The actor of a main clause is the subject of a participle clause after it: "Ukrainian forces
 * counterattacked near X, liberating Y", "Russian forces advanced, shelling Y". The actor opens its clause.
 */
// (An adverb of degree may open the participle: "launched 20 drones, mostly targeting X".)
const participle = (stops: readonly string[]): string => `$clause S:Belligerent+ $tail **40[${stops.join('|')}] , ?then|also|reportedly|likely|mostly|mainly|primarily|largely|predominantly|particularly|especially|again`;
const ATTACKING = 'attacking|assaulting|shelling|striking|storming|bombing|bombarding|targeting|counterattacking|raiding|hitting|firing|destroying';
const CAPTURING = 'capturing|seizing|liberating|recapturing|retaking|regaining|overrunning|securing';

/** The conjoined verb's object, as its own rule reads it ("… and captured the town of X"). */
/**
 * Nouns of a plan inside the first verb phrase do not make the conjoined verb a plan: in "continued to set conditions
 * for an offensive toward X and fired on Y" the firing happened (a modal or a verb of planning still stops the gap:
 * "will likely attack X and shell Y").
 */
const PLAN_NOUNS: ReadonlySet<string> = new Set(['conditions', 'objective', 'objectives', 'goal', 'goals', 'future', 'potential', 'possible']);
const CARRIED_ATTACK_STOPS = [...IRREALIS.filter((w) => !PLAN_NOUNS.has(w)), ...NOT_THE_ACTOR];
/**
 * Right before the conjoined attack, readiness is a plan too: "… fought in A and prepared for attacks on positions in B"
 * (branch iswatk6: 2 of fresh7-read's wrong attacks). Only there: before the "and", "prepared positions and shelled X" shelled X.
 */
const CARRIED_ATTACK_VERB_STOPS = [...CARRIED_ATTACK_STOPS, 'prepared', 'ready'];
const CARRIED_ATTACK = `${carried(CARRIED_ATTACK_STOPS, CARRIED_ATTACK_VERB_STOPS)} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+>`;
const CARRIED_ATTACK_DIRECT = `${carried(CARRIED_ATTACK_STOPS)} ${ATTACKS} ${SETTLEMENT} O:Place+>`;
const CARRIED_FIRE = `${carried(CARRIED_ATTACK_STOPS)} ${FIRING} *5 on|at|against|into ?the ?_:Demonym *6 ?${ATTACK_AT} ${SETTLEMENT} O:Place+>`;
const CARRIED_CONTROL = `${carried([...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR], [...IRREALIS, ...ATTEMPT, ...FOCUS, ...NOT_THE_ACTOR, ...PURPOSE])} took|taken|gained|established|assumed|consolidated|secured|regained|restored ?their|its ?full|complete|partial|total|effective|administrative ?military control of|over ${PART} ${SETTLEMENT} O:Place+`;
// The conjoined word is the verb of taking, not a noun after another verb: "… and discussing the capture of X".
// Nor a capture the conjoined words only progress toward or give up (FOCUS): "continued to make steady but painful
// progress in seizing X" (the taker's own gap stops there too).
const CARRIED_CAPTURE = `${carried([...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR], [...IRREALIS, ...ATTEMPT, ...FOCUS, ...NOT_THE_ACTOR, ...PURPOSE, 'the', 'a', 'an'])} ${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`;
const PARTICIPLE_ATTACK = `${participle([...IRREALIS, ...NOT_THE_ACTOR])} ${ATTACKING} *4 ?_:Demonym *4 ?${ATTACK_AT} ${SETTLEMENT} O:Place+>`;
const PARTICIPLE_CAPTURE = `${participle([...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR])} ${CAPTURING} ${PORTION} ${SETTLEMENT} O:Place+`;

/**
 * A passive clause names the place first and the actor after "by": "Orikhiv and Tokmak were shelled by
 * Russian forces", "the town, which was retaken by the 14th Brigade". Between the place and the auxiliary a
 * few plain words may stand ("X reportedly was"), none of them an intention's.
 */
// No lone comma between the place and its verb: in "X, northwest of Y, was shelled" Y only says where X is
// (the aside is skipped whole); a comma stands there only before "which".
const passive = (participles: string): string[] =>
  [`O:Place+ $tail ?$aside`, `O:Place+ $tail ?$aside , which|that`].map(
    (place) => `${place} *3[${IRREALIS.join('|')}] was|were|been|being|is|are *2 ${participles} *4 by ?the S:Belligerent+`,
  );
/**
 * A participle after the place, with no auxiliary: "Kherson, liberated by Ukrainian forces in November, …",
 * "a base in Tokmak struck by Ukrainian forces".
 */
const reducedPassive = (participles: string): string =>
  `O:Place+ $tail ?, ?recently|reportedly|previously|already|allegedly|newly|partially ${participles} by ?the S:Belligerent+`;
const ATTACKED = 'attacked|assaulted|shelled|struck|bombed|bombarded|targeted|hit|stormed|raided|counterattacked';
const TAKEN = 'captured|seized|liberated|recaptured|retaken|occupied|taken|overrun';

/** Verbs of these events: a name right after one is what was hit or taken, never the actor ("shelled Russian positions"). */
export const eventVerbs: readonly string[] = [ATTACKS, CAPTURES, WITHDRAWALS, FIGHTING, FIRING, 'repelled|repulsed|encircled|encircle|encircling|surrounded|defended|destroyed|broke|break|breaking']
  .join('|')
  .split('|');

/** The parts of the attack patterns other rule tables build on (attack-shapes.ts). */
export const attackParts = { ATTACKER, ATTACKS, ATTACK_AT, SETTLEMENT, AFTER_VERB, TARGETS, NEW_CLAUSE, FORCES, IRREALIS, NOT_THE_ACTOR, FIRING, FIRE_GAP_STOPS };
/** The parts of the capture and withdrawal patterns other rule tables build on (taking-shapes.ts). */
export const takingParts = { TAKER_STOPS, CAPTURING, CAPTURES, TAKEN, PORTION, PART, SETTLEMENT, BANK, WITHDRAWN_STOPS, HELD_GROUND, DIRECTIONS, COMPASS_PART, NEW_CLAUSE, taken, FORCES, ATTEMPT, IRREALIS, NOT_THE_ACTOR };

const rules: RelationRuleSpec[] = [
  {
    // "Russian forces shelled X", "Ukrainian forces repelled Russian assaults near X", "attempted to advance on X".
    name: 'attacked-place',
    predicate: 'attacked',
    // Confidences of the event rules: their precision on the ISW dev split (attacked-place 0.80, attacked-fire 0.90 on 10).
    confidence: 0.8,
    actor: true,
    patterns: [
      `${ATTACKER} ${ATTACKS} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // "attacked a US base near X", "ambushed a US convoy in X", "struck Hezbollah positions near X": a country or a
      // group named as the owner of the forces, post or convoy hit, as a demonym is (attack-owner.ts keeps such a country
      // from being the target; the place after it is). (A nationality word is the pattern above's.)
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} _:NamedParty ${OWNED_TARGETS} ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // "attacking Y-led forces in X": the leader of the forces attacked is named in a compound before them.
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} _:Country|Org - led|backed ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // "laid siege to X" (the defence analysts' words for a siege, branch defence8).
      `${ATTACKER} laid|lay|lays|laying ?a siege to ${SETTLEMENT} O:Place+^>`,
      // "ground assaults to the north, northeast, and southwest of X".
      `${ATTACKER} ${ATTACKS} *6 ${DIRECTIONS} ${SETTLEMENT} O:Place+^>`,
      // "an assault from X to Y": the attack goes to Y.
      // "attacks from X southeast toward Y": a heading may stand between.
      `${ATTACKER} ${ATTACKS} *3 from _:Place+ $tail ?${HEADING} to|toward|towards|into ${SETTLEMENT} O:Place+^>`,
      // "attempted to improve their tactical positions near X", "to regain lost positions near X": the reports' phrases for a local attack.
      // (The loss may be dated: "attempted to regain previously lost positions in A, B, and C"; branch rec15a, blind15's 3 misses.)
      `${ATTACKER} improve|improved|improving|regain|regained|regaining|restore|restored|restoring ?their|its ?previously|recently tactical|lost position|positions ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // Regaining positions is a counterattack whether or not they are called lost: "attempts to restore positions near X".
      `${ATTACKER} regain|regained|regaining|restore|restored|restoring ?their|its ?former|previous positions ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // "conducted a reconnaissance-in-force near X": the reports' word for a probing attack.
      // (The hyphens may be left out: "a reconnaissance in force near X".)
      `${ATTACKER} reconnaissance ?- in ?- force *3 ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // "probed enemy defenses near X", "tested the defensive lines in X": the reports' words for a probing attack, as
      // reconnaissance-in-force above (branch rec13: fresh13 2 of 2 annotated so; the one blind-dev sentence is a supposition).
      `${ATTACKER} probe|probes|probed|probing|tested|testing ?the|nearby ?_:Demonym defenses|defences|defensive ?lines|positions|line ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} probe|probes|probed|probing|tested|testing ?the|nearby ?_:Demonym defenses|defences|defensive ?lines|positions|line ${DIRECTIONS} ${SETTLEMENT} O:Place+^>`,
      // "have taken ground east of X", "gained ground around X": a gain near a place, which the lead's decision of
      // 2026-12-07 reads as an attack that partly succeeded (branch rec13: fresh13 1 missed, ISW dev 1 annotated so).
      `${ATTACKER} taken|took|take|takes|taking|gained|gain|gains|gaining ground ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} taken|took|take|takes|taking|gained|gain|gains|gaining ground ${DIRECTIONS} ${SETTLEMENT} O:Place+^>`,
      // "continued their interdiction campaign against depots in X": the reports' name for a campaign of strikes on the
      // enemy's rear, read with its head noun only (branch rec13: fresh13 3 missed, ISW dev 1; on the 294 ISW reports the
      // bare noun also gave "a successful Freedonian interdiction of supply lines could …", a supposition, so not alone).
      `${ATTACKER} interdiction campaign|campaigns|efforts|effort|operations ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // "Russian forces, including Wagner Group fighters, continued pushing on X".
      `${CO_ATTACKER} ${ATTACKS} ${SETTLEMENT} O:Place+^>`,
      `${CO_ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // "struck several settlements in X Oblast, including A and B", "shelled settlements along the border—
      // notably A, B, and C": each place the list names.
      // (The example may keep its preposition: "artillery strikes, including against A and B".)
      `${ATTACKER} ${ATTACKS} ${EXAMPLES} ?in|near|around|against|on|at|along ?the O:Place+`,
      // …and with no comma after a plural noun of places: "shelled areas including A, B, and C", "strikes on surrounding
      // settlements including A and B".
      `${ATTACKER} ${ATTACKS} *4 ${PLACE_PLURALS}|areas ${EXAMPLE_WORDS} ?in|near|around ?the O:Place+`,
      // The places named by a plural noun and then listed after a dash: "attacked the same towns as last week—A, B, and C".
      `${ATTACKER} ${ATTACKS} *4 ${PLACE_PLURALS} *10 \u2014|\u2013 O:Place+`,
      // …or by their places after the dash, each with its preposition: "targeted depots and logistics hubs in two main
      // areas—around A and around B" (branch iswatk6: 2 of fresh7-read's missed attacks).
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${PLACE_PLURALS}|areas|locations \u2014|\u2013 in|near|around|at ?the O:Place+>`,
      // Where an offensive's efforts are focused: "efforts are focused on taking A, B, and C", "remain concentrated
      // on capturing X" (not "focusing on X", a direction that may be a plan).
      `${ATTACKER} focused|focusing|concentrated|concentrating|centered|centering on taking|capturing|seizing|encircling|attacking ${SETTLEMENT} O:Place+^>`,
      // "fighting for control of X", "fighting for X" (a town or a region: who fights "for Russia" fights on its side;
      // branch iswatk4, 1 such statement on the 294 ISW reports).
      `${ATTACKER} ${FIGHTING} for ?the ?full|complete control of|over ${PART} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} ${FIGHTING} for ${PART} ${SETTLEMENT} O:City|Region+^>`,
      // An effort or an operation to take a place attacks it: "continued unsuccessful operations to seize A and B",
      // "launched an assault to capture X", "attempted to encircle X" (no capture: captured-place stops at "to").
      `${ATTACKER} ${TRYING} to ${TAKING} ${PORTION} ${SETTLEMENT} O:Place+`,
      // …and an attempt to take what stands at a place, as the attack verbs read their targets: "attempted to seize positions near
      // X", "tried to capture Ukrainian positions in X", "attempting to secure a river bank in X", "an
      // attempt to push through the defenses on the outskirts of X", "tried to seize settlements north of X"
      // (branch rec19: misses in four guideline-alone batches, blind15, blind17, blind18 and blind dev).
      ...[TAKING_AT, 'push|break through'].flatMap((taking) => [
        `${ATTACKER} ${ATTEMPTING} to ${taking} ${TAKEN_WORDS} ?_:Demonym ${TAKEN_WORDS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
        `${ATTACKER} ${ATTEMPTING} to ${taking} ${TAKEN_WORDS} ${DIRECTIONS} ${SETTLEMENT} O:Place+^>`,
      ]),
    ],
  },
  {
    // Who fights in a place attacks there: "continued street fights in X", "are fighting near X", "engaged in
    // clashes north of X" — one side: "Ukrainian and Russian forces fought near X" names no attacker.
    name: 'attacked-fighting',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    oneSide: true,
    patterns: [
      // (A town or a village only: fighting "in Ukraine" or "in Donbas" is the war, not an attack.)
      `${FIGHTER} ${FIGHTING}|fights *3[vehicle|vehicles] in|near|around|within|outside ${SETTLEMENT} O:City+>`,
      `${FIGHTER} ${FIGHTING}|fights *3[vehicle|vehicles] ${DIRECTIONS} ${SETTLEMENT} O:City+>`,
    ],
  },
  {
    // A "where" clause whose attack names no place of its own happened at the head noun's place: "fighting
    // continued in X, where Russian forces attacked on May 5." (not "…, where they attacked near Y"). Not an
    // `actor` rule: the match starts at the place, which may well follow "in".
    name: 'attacked-where',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [`O:Place+ $tail , where ${ATTACKER} ${ATTACKS} *4 .|;|,|but`],
  },
  {
    // Who is repelled attacked: "Russian troops repelled Ukrainian forces in the vicinity of X". Not an `actor`
    // rule: the attacker is the object of "repelled".
    name: 'repelled-force',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [
      `${REPELLING} ?the S:Belligerent+ ${FORCES} *3 ${ATTACK_AT} ${SETTLEMENT} O:Place+>`,
      // Who was repelled as it tried: "repelled Ukrainian formations that attempted to attack X", "defeated three
      // Ukrainian company tactical groups that tried to advance toward A, B, and C" (a bracket may hold the nationality).
      `${REPELLING}|defeated|destroyed|neutralized *4 S:Belligerent+ *5[${NEW_CLAUSE}|,|;] that|who|which|as ?they attempted|tried|sought|were|was ?attempting|trying to ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+>`,
      `${REPELLING}|defeated|destroyed|neutralized *4 S:Belligerent+ *5[${NEW_CLAUSE}|,|;] that|who|which|as ?they attempted|tried|sought|were|was ?attempting|trying to ${ATTACKS} ${SETTLEMENT} O:Place+>`,
    ],
  },
  {
    // "launched 40 missiles on X", "fired rockets at Ukrainian positions around X", "conducted airstrikes on X".
    name: 'attacked-fire',
    predicate: 'attacked',
    confidence: 0.8,
    actor: true,
    patterns: [
      // (Not past a pause, nor past a clause of time: "conducted an operational pause on April 9 after capturing the city".)
      // (The target may be counted: "fired munitions at a Ukrainian force concentration in X".)
      `${ATTACKER} ${FIRING} *7[${FIRE_GAP_STOPS}] on|at|against|into ?the|a|an ?_:Demonym *6[${FIRE_GAP_STOPS}] ?${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // The weapons may carry a nationality: "launched Iranian-made drones at X" (its own pattern, which only
      // sentences with "made" and the like try, rather than one more gap in the pattern above).
      `${ATTACKER} ${FIRING} *3 _:Demonym - made|produced|supplied|built *5 on|at|against|into ?the ?_:Demonym *6 ?${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // The weapons may be named ("fired 40 rockets from Grad MLRS systems at X", "launched S-300 missiles and
      // Uragan rockets at X"): a longer gap, over names, that ends in a weapon noun right before "at"/"on" and
      // never crosses an earlier target or another clause.
      `${ATTACKER} ${FIRING} **12[${FIRE_GAP_STOPS}|${NEW_CLAUSE}|at|on|against|into|;] ${WEAPON_HEADS} ?\u2013|\u2014 at|on|onto|against|toward|towards ?the ?_:Demonym *6[${FIRE_GAP_STOPS}] ?${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} ${USING} *5 against ?the ?_:Demonym *6 ?${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // Weapons used or directed, counted and named, as the fired ones above: "used a total of 40 Freedonian-made drones
      // against X", "directed dozens of drones against targets in X" (branch rec13: fresh13 1 missed, ISW dev 1).
      `${ATTACKER} ${USING}|directed|directing **12[${FIRE_GAP_STOPS}|${NEW_CLAUSE}|at|on|against|into|;] ${WEAPON_HEADS} against|at ?the ?_:Demonym *6[${FIRE_GAP_STOPS}] ?${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} ${USING} *3 ${WEAPONS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // A weapon used to attack: "utilized a drone to attack infrastructure in X", "used artillery systems, a
      // high-value asset, to strike positions in the X area" (the aside is skipped).
      // (One gap over words, names and the aside's commas: nested gaps here cost the stage time on every "used".)
      `${ATTACKER} ${USING}|utilized|utilizing **16 to ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
    ],
  },
  {
    // The agent of an attack noun after "by": "repelled an assault by elements of the 14th Brigade near X",
    // "a strike by the 3rd Brigade on positions near X". Who repels is not who attacks.
    name: 'attacked-by-agent',
    predicate: 'attacked',
    confidence: 0.75,
    // Only an attack that happened: one repelled or reported, or one that opens its clause ("A strike by X on Y
    // killed …"), not one expected or feared ("officials expect an offensive by X near Y").
    patterns: [`repelled|repulsed|repelling|repel|repels|repulsing|stopped|stopping|halted|halting|thwarted|thwarting|defeated|defeating|reported|recorded|documented|resisted|resisting *4 ${AGENT_ATTACK}`, `$clause ?a|an|the|another ${AGENT_ATTACK}`],
  },
  {
    // "Russian forces attacked the 14th Brigade", "strikes against the 14th Brigade".
    name: 'attacked-unit',
    predicate: 'attacked',
    confidence: 0.7,
    actor: true,
    // Losses inflicted on a named unit are fighting it, no attack (annotation guidelines; fought-losses reads them).
    blockers: ['destroyed', 'destroying'],
    patterns: [`${ATTACKER} ${ATTACKS} ?on|against ?the ?_:Demonym O:Unit+`],
  },
  {
    // "Russian forces captured X", "Ukrainian forces liberated the town of X", "seized most of X", "took control of X".
    name: 'captured-place',
    predicate: 'captured',
    subjectActs: true,
    confidence: 0.8,
    actor: true,
    patterns: [
      ...taken(`${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`),
      `${NOMINAL_TAKER} ?'s ${CAPTURE_NOUNS} of ${PART} ${SETTLEMENT} O:Place+`,
      // A party claiming its own capture of a place (annotation guidelines: "claimed to capture X" is a capture): "Russian forces
      // claimed the capture of X" (a reporter is no such party: NOT_THE_ACTOR, reporter-subject.ts).
      `${CLAIMANT} claimed|claims|announced|announces ?the ?full|complete|final capture|seizure|liberation of ${PART} ${SETTLEMENT} O:Place+`,
      // "captured more than 90 percent of X".
      ...taken(`${CAPTURES} *4 %|percent of ${SETTLEMENT} O:Place+`),
      // "liberated several settlements in X Oblast, including A and B".
      ...taken(`${CAPTURES} ${EXAMPLES} O:Place+`),
      `${coActor(TAKER_STOPS)} ${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`,
      // (A part of it too: "Russian forces have occupied the eastern part of X".)
      `${OCCUPIER} occupied|occupy|occupies|occupying ${PART} ${SETTLEMENT} O:Place+`,
      // "Russian forces control most of X", "consolidated their administrative control of X" (not "lost control of").
      // The verb takes the place right after it or after a part: "control X", "control most of X", "control the
      // town of X" (not SETTLEMENT, whose lone "of" would read the noun: "Russian control of X").
      ...controlled(`?full|complete|total|effective|administrative ?military control|controls|controlled ?the ?${COMPASS_PART} O:Place+`),
      ...controlled(`?full|complete|total|effective|administrative ?military control|controls|controlled ${PORTION_OF} ${SETTLEMENT} O:Place+`),
      // A share of it, as a number: "control approximately 20% of X", "have control over more than 85 percent of X",
      // "have taken control of over 95% of X" (as "captured more than 90 percent of X").
      ...controlled(`control|controls|controlled *4 %|percent of ${SETTLEMENT} O:Place+`),
      ...controlled(`${HOLDING} *3 control of|over *4 %|percent of ${SETTLEMENT} O:Place+`),
      ...taken(`took|taken|gained|established|regained ?full|complete|effective ?military control of|over *4 %|percent of ${SETTLEMENT} O:Place+`),
      ...controlled(`?full|complete|total|effective|administrative ?military control|controls|controlled ?the ?${COMPASS_PART} ${PLACE_NOUNS} of O:Place+`),
      // The noun needs a verb of holding: "have full control of X", "consolidated their control over X". Right
      // after a nationality it is a noun phrase, no statement of who holds what ("threatening Russian control of X",
      // "verify Russian control of the settlement", "Ukrainian fire control over X").
      ...controlled(`${HOLDING} *3 control of|over ${PART} ${SETTLEMENT} O:Place+`),
      ...taken(`took|take|takes|taking|taken|retook|re-took|retake|re-take|retaken|re-taken|gained|gain|gains|established|establish|assumed|restored|restore|restores|regained ?full|complete|partial|total|effective ?military control of|over ${PART} ${SETTLEMENT} O:Place+`),
      // Settlements taken in a place, counted, are parts of it taken: "recaptured five settlements in X Oblast",
      // "occupied all settlements in X district" (no count: "occupied settlements in X" is mostly an adjective; no "the": "in the X direction" is a sector).
      ...taken(`${CAPTURES} ${COUNTED} settlements|villages|towns|localities|hamlets in|within ?${COMPASS_PART} O:Place+`),
      `${OCCUPIER} occupied ${COUNTED} settlements|villages|towns|localities|hamlets in|within ?${COMPASS_PART} O:Place+`,
      // Positions taken at a place are part of it taken: "captured two former Ukrainian positions in the vicinity of X".
      ...positionsTaken(`${CAPTURES} ?former|several|some|new|more|two|three|multiple|enemy ?_:Demonym ?enemy|forward|defensive|frontline|stronghold positions|trenches|strongholds|lines *2[${NEW_CLAUSE}] in|near|around|outside|on ?the ?${COMPASS_PART} ?vicinity|outskirts ?of ?the O:Place+`),
      // Control taken over them is the same: "established control over several positions on the outskirts of X", "took full control of
      // Ukrainian strongholds in X" (branch iswops5: read as a miss in a fresh sample; "established control over X" is
      // read above, its positions were not).
      ...positionsTaken(`${CONTROL_TAKEN} ?full|complete|partial|total|effective control of|over ?the|a|an ?former|several|some|new|more|two|three|multiple|enemy ?_:Demonym ?enemy|forward|defensive|frontline|stronghold position|positions|trenches|stronghold|strongholds|lines *2[${NEW_CLAUSE}] in|near|around|outside|on ?the ?${COMPASS_PART} ?vicinity|outskirts ?of ?the O:Place+`),
      // Consolidating positions in a place follows its capture: "are consolidating their positions in A and B".
      // Also positions newly taken: "consolidated newly-controlled positions in A, B, and C" (branch events22: blind19's 3 misses).
      ...taken(`consolidated|consolidating|consolidate|consolidates ?their|its|new ?newly|recently ?- ?controlled|captured|seized|taken|gained|won positions|position in ${PART} ${SETTLEMENT} O:Place+`),
      // So does consolidating control of it, also as a focus or a purpose: "are focusing on consolidating control of X", "are
      // using drones to consolidate control over X" (annotation guidelines: "consolidated control of X" is a capture; branch
      // iswatk6: 1 of fresh7-read's and 1 of the ISW dev split's missed captures).
      `${CONSOLIDATOR} consolidated|consolidating|consolidate|consolidates|consolidation ?of ?their|its ?full|complete|total|effective|administrative ?military control|hold of|over|on ${PART} ${SETTLEMENT} O:Place+`,
    ],
  },
  {
    // "Russian forces withdrew from X", "pulled back from X", "left X".
    name: 'withdrew-from',
    predicate: 'withdrewFrom',
    subjectActs: true,
    confidence: 0.75,
    actor: true,
    // Where a withdrawal heads is not what was left: "retreated in the direction of X", "pulled back toward X".
    atThePlace: true,
    patterns: [
      // "withdrew from X", "pulled back out of X", "withdrew the remaining units from X", "withdrew an S-400 air defense system from X".
      // (Also from the surroundings of a place: "Russian forces withdrawn from around Kyiv".)
      // (A bare "of" is no leaving: "redeployed troops east of X" went there; "out of X" is.)
      `${LEAVER} ${WITHDRAWALS} ?back|out *6[${WITHDRAWN_STOPS}] from|out ?of ?around ${PART} ${SETTLEMENT} ${BANK} O:Place+`,
      // What was withdrawn may carry its acronym in brackets: "withdrew up to four battalion tactical groups (BTGs) from around X".
      `${LEAVER} ${WITHDRAWALS} ?back|out *6[${WITHDRAWN_STOPS}] ( *2 ) *3[${WITHDRAWN_STOPS}] from|out ?of ?around ${PART} ${SETTLEMENT} ${BANK} O:Place+`,
      // A count of what was withdrawn, whose "to" is no heading: "withdrew up to five BTGs from around X".
      `${LEAVER} ${WITHDRAWALS} up to *6[${WITHDRAWN_STOPS}] ?( ?*2 ?) from|out ?of ?around ${PART} ${SETTLEMENT} ${BANK} O:Place+`,
      `${LEAVER} ${LEAVING} ?back|out from ${GLOSSED_BANK} O:Place+`,
      // "moved out of X", "rotated out of the X area".
      `${LEAVER} moved|rotated|moving|rotating out of ${SETTLEMENT} O:Place+`,
      // "pulled back from positions near X", "withdrew from positions northwest of X".
      // What was withdrawn may stand before: "began withdrawing troops from positions in X".
      `${LEAVER} ${WITHDRAWALS} ?back|out *4[${WITHDRAWN_STOPS}] from|out ?of ?their|its|the *2 ${HELD_GROUND} ?in|near|around|outside ${GROUND_LOCUS} O:Place+`,
      `${LEAVER} ${WITHDRAWALS} ?back|out *4[${WITHDRAWN_STOPS}] from|out ?of ?their|its|the *2 ${HELD_GROUND} ${DIRECTIONS} ?the O:Place+`,
      // "the withdrawal of Ukrainian forces from X".
      // "a partial withdrawal of Russian combat troops from X".
      `withdrawal|retreat|withdrawals|retrograde of ?the ?elements|units|remnants ?of ?the S:Belligerent+ $tail ?combat|ground|main|remaining|military|airborne|regular|conventional ${FORCES} from ${SETTLEMENT} O:Place+`,
      `${LEAVER} abandoned|abandoning|abandon|abandons|fled|vacated|vacating|vacate|vacates ${SETTLEMENT} ${BANK} O:Place+`,
      // "abandoned their positions in X", "fled positions near X".
      // (Fleeing too, with the ground named: "Ukrainian forces are fleeing positions near X"; "fleeing X" alone is as often civilians'.)
      `${LEAVER} abandoned|abandoning|abandon|abandons|fled|fleeing|flee|flees|left|vacated|vacating|vacate|vacates ?their|its|the *2 ${HELD_GROUND} in|near|around|outside|at ${GROUND_LOCUS} O:Place+`,
      // Evacuating one's own positions too, the ground right after the possessive: "the X evacuated their positions in Y"
      // (branch defence8; not "evacuated civilians from positions near Y").
      `${LEAVER} evacuated|evacuating their|its ?remaining|last|forward|frontline ${HELD_GROUND} in|near|around|outside|at ${GROUND_LOCUS} O:Place+`,
      // "left" is mostly the adjective of a river's bank ("positions on the left bank of the X"): no bank after it.
      `${LEAVER} left ${SETTLEMENT} O:Place+`,
      // "Russian forces are leaving X", "Russian troops evacuated X": the verb right after the forces' words, none of
      // them a preposition or an article ("prohibiting civilians from leaving X", "return to the evacuated zones of X").
      `${EVACUATOR} leaving|evacuated|evacuating ${SETTLEMENT} O:Place+`,
      // "the brigade broke out of X".
      `${LEAVER} broke|break|breaks|breaking out of ${SETTLEMENT} O:Place+`,
      // "during their breakout from the X plant".
      `${LEAVER} breakout from|out ?of ${SETTLEMENT} O:Place+`,
    ],
  },
  {
    // "Ukrainian forces forced Russian troops out of X": who was pushed out withdrew.
    name: 'forced-out',
    predicate: 'withdrewFrom',
    confidence: 0.7,
    patterns: [
      // (Also out of a part of it: "pushed Ukrainian forces out of much of X", "from the northern part of X".)
      `${PUSHED_OUT} ${PUSHED_GAP} out|from ?of ${PART} ${SETTLEMENT} O:Place+`,
      // Pushed off by a distance: "pushed Y forces some 20 kilometers away from X" (branch rec15b: blind15 1 of 1, and 3
      // such sentences in the 168 non-held-out ISW reports, none read before; dev gold has none realized — its two are
      // purposes, "to push Y forces away from …", which no verb form here reads).
      `${PUSHED_OUT} ${PUSHED_DISTANCE} away|back from ${SETTLEMENT} O:Place+`,
      // The passive, the party first: "X militants were expelled from Y", "X fighters have been driven out of Y" (branch defence8).
      `$clause S:Belligerent+ $tail ${FORCES} ?had|have|has ?been|were|was|are|is ?reportedly|finally|eventually expelled|driven|ousted|dislodged|routed|forced|pushed ?back|out from|of ?of ${PART} ${SETTLEMENT} O:Place+`,
      // Out of ground held at a place: "pushed Russian units out of positions in X", "out of their positions around X".
      `${PUSHED_OUT} ${PUSHED_GAP} out|from ?of ?their|its|the *3 ${HELD_GROUND}|stronghold|position in|near|around|at|outside ${GROUND_LOCUS} O:Place+`,
      // …or placed by a bearing, as withdrew-from reads it: "pushed Ukrainian troops out of positions southeast of X" (branch
      // iswatk6: 1 of fresh7-orbat-read's missed withdrawals).
      `${PUSHED_OUT} ${PUSHED_GAP} out|from ?of ?their|its|the *3 ${HELD_GROUND}|stronghold|position ${DIRECTIONS} ?the O:Place+`,
    ],
  },
  {
    // "Russian forces encircled X and intensified shelling in Y": the first verb's actor attacked Y too.
    name: 'attacked-and',
    predicate: 'attacked',
    confidence: 0.7,
    actorOpensClause: true,
    patterns: [CARRIED_ATTACK, CARRIED_ATTACK_DIRECT, CARRIED_FIRE, PARTICIPLE_ATTACK],
  },
  {
    // "Ukrainian forces continued counterattacks near X and recaptured Y".
    name: 'captured-and',
    predicate: 'captured',
    confidence: 0.75,
    actorOpensClause: true,
    patterns: [CARRIED_CAPTURE, CARRIED_CONTROL, PARTICIPLE_CAPTURE],
  },
  {
    // "Tokmak was shelled by Russian forces".
    name: 'attacked-passive',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [...passive(ATTACKED), reducedPassive(ATTACKED)],
  },
  {
    // "Tokmak was retaken by Ukrainian forces".
    name: 'captured-passive',
    predicate: 'captured',
    confidence: 0.75,
    patterns: [
      ...passive(TAKEN),
      reducedPassive(TAKEN),
      // The place described in an apposition: "X, a village recaptured by Ukrainian forces in May".
      `O:Place+ $tail , a|an|the ?small|key|nearby|strategic ${PLACE_NOUNS} ?recently|reportedly|previously|already|allegedly|newly|partially ${TAKEN} by ?the S:Belligerent+`,
    ],
  },
  {
    // The place as subject: "Soledar fell to Russian forces", "Tokmak came under full Russian control". A place
    // that "may fall" or "is at risk of falling" has not (IRREALIS stops the words before the verb).
    name: 'captured-fell',
    predicate: 'captured',
    confidence: 0.75,
    patterns: [
      `O:Place+ $tail ?$aside *3[${IRREALIS.join('|')}|risk|danger|threat|before] fell|falls to ?the S:Belligerent+`,
      `O:Place+ $tail ?$aside *3[${IRREALIS.join('|')}|risk|danger|threat|before] came|fell|comes|come under ?full|complete|total|effective S:Belligerent+ ?military control`,
    ],
  },
  {
    // "Russian forces clashed with Ukrainian troops", "battles between the 14th Brigade and Russian forces".
    name: 'fought-against',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actor: true,
    // "fought against Russian assaults", "battle Ukrainian positions" name no party (party-forces.ts).
    partyForces: true,
    // A volunteer "fighting with" a side fights on its side ("a Georgian volunteer fighting with Ukrainian forces").
    blockers: ['volunteer', 'volunteers'],
    patterns: [
      `${ATTACKER} ${FIGHTING} ?with|against ?the ?remaining O:Belligerent+`,
      `${ATTACKER} engaged|engaging|engages|involved in *2 fighting|battles|combat|clashes with|against ?the ?remaining O:Belligerent+`,
      // A part of a named party is the party fought: "clashed with elements of the 14th Brigade", "fought units of the
      // Wagner Group" (annotation guidelines: elements of a unit act as the unit).
      `${ATTACKER} ${FIGHTING}|engaging ?with|against ?the ?remaining ${PARTY_PARTS} of ?the ?_:Demonym O:Unit|Org+`,
      `${ATTACKER} engaged|engaging|engages|involved in *2 fighting|battles|combat|clashes with|against ?the ?remaining ${PARTY_PARTS} of ?the ?_:Demonym O:Unit|Org+`,
    ],
  },
  {
    // "Russian forces seized a hotel and continued fighting with Ukrainian defenders".
    name: 'fought-and',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actorOpensClause: true,
    partyForces: true,
    patterns: [
      `${carried([...IRREALIS, ...NOT_THE_ACTOR])} ${FIGHTING} with|against ?the ?remaining O:Belligerent+`,
      // "… attempted to advance on X and are engaged in heavy battles with Ukrainian forces".
      `${carried([...IRREALIS, ...NOT_THE_ACTOR])} engaged|engaging|involved in *2 fighting|battles|combat|clashes with|against ?the ?remaining O:Belligerent+`,
    ],
  },
  {
    // Losses inflicted on a named party are fighting (annotation guidelines): "destroyed the Russian 237th
    // Regiment", "continued to confront Russian units of the 9th Army".
    name: 'fought-losses',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actor: true,
    // The party itself, not a thing of it ("destroyed command posts of the 14th Brigade" is an attack on it);
    // nationalities alone are no party to `foughtAgainst` (annotation guidelines).
    // A thing named after the party is not the party: "destroyed a Rosgvardia checkpoint".
    blockers: ['checkpoint', 'checkpoints', 'base', 'bases', 'headquarters', 'post', 'posts', 'depot', 'depots', 'positions', 'equipment', 'vehicle', 'vehicles', 'warehouse', 'station', 'stations', 'facility', 'facilities', 'building', 'buildings', 'cell'],
    patterns: [
      `${ATTACKER} ${VERB_QUOTE_OPEN} ${LOSSES} ${VERB_QUOTE_CLOSE} ?a|an|the|several|some|remaining ?_:Demonym ?units|elements|troops|forces|remnants|servicemen|personnel|parts ?of ?the O:Unit|Org+`,
      // Killing or wounding its people, counted or by office: "HIMARS strikes killed or wounded four Russian 106th Division
      // deputy commanders", "killed the commander of the 12th Brigade" (branch iswatk6: 1 such foughtAgainst missed on the ISW
      // dev split, 1 on fresh7-orbat-read).
      // ("wounded" alone only before a determiner or a count: "treating wounded X fighters" is an adjective.)
      `${ATTACKER} killed ?or|and ?wounded|injured ?a|an|the|two|three|four|five|six|several|some|dozens ?of ?_:Demonym ?deputy ?commander|commanders|officers|soldiers|servicemen|personnel ?of ?the O:Unit|Org+^`,
      `${ATTACKER} wounded|injured ?or|and ?killed a|an|the|two|three|four|five|six|several|some|dozens ?of ?_:Demonym ?deputy ?commander|commanders|officers|soldiers|servicemen|personnel ?of ?the O:Unit|Org+^`,
    ],
  },
  {
    // "battles between the 14th Brigade and Russian forces".
    name: 'fought-between',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    patterns: [
      // (A verb may stand before "between": "clashes erupted between A and B".)
      `${FIGHTING}|clashes|combat|engagements|hostilities ${FIGHT_BROKE_OUT} between ?the S:Belligerent ${FORCES} and ?the O:Belligerent`,
      // A part of a named party is the party (annotation guidelines: elements of a unit act as the unit): "fighting
      // between Ukrainian troops and elements of the Wagner Group".
      `${FIGHTING}|clashes|combat|engagements|hostilities ${FIGHT_BROKE_OUT} between ?the S:Belligerent ${FORCES} and ?the ${PARTY_PARTS} of ?the ?_:Demonym O:Unit|Org`,
      // "Russian and Ukrainian forces clashed near X".
      // (Not their reporters: "Russian and Ukrainian sources reported fighting near X" names no fight between them.)
      `$clause S:Belligerent and ?the O:Belligerent ${FORCES} *2[${[...NOT_THE_ACTOR, ...REPORTING].join('|')}] ${FIGHTING}`,
    ],
  },
  {
    // "the 14th Brigade repelled an assault by the 155th Brigade": who repels fought who attacked.
    name: 'repelled-attack-of',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actor: true,
    patterns: [
      // Repelling the party itself, or its elements: "Ukrainian troops repelling Russian Naval Infantry elements west of X"
      // (branch iswatk6: 1 of fresh7-orbat-read's missed foughtAgainst; a nationality alone is no party: O:Unit|Org).
      `${ATTACKER} ${STOPPING} ?the ?_:Demonym O:Unit|Org+`,
      // Stopping an advance is repelling it, and the party may be named by its parts: "halted the advance of elements of the
      // 4th Regiment", "\u201cdestroyed\u201d and halted the advance of unspecified units of the 4th Regiment" (branch iswatk6:
      // fresh7-read's 2 missed foughtAgainst).
      `${ATTACKER} ${VERB_QUOTE_OPEN} ?${LOSSES} ${VERB_QUOTE_CLOSE} ?and ${STOPPING} ?a|an|the|several|multiple|two|three *2 attack|attacks|assault|assaults|offensive|advance|advances|counterattack|counterattacks by|of ?the ?unspecified|some|several|remaining ?${PARTY_PARTS} ?of ?the O:Unit|Org+`,
      // The attacker named before the noun: "repelled a Wagner Group assault", "repelled the 155th Brigade's attacks".
      `${ATTACKER} repelled|repulsed|repelling|repel|repels ?a|an|the|several|multiple|two|three O:Unit|Org $tail ?'s *2 attack|attacks|assault|assaults|offensive|advance|counterattack|counterattacks`,
    ],
  },
];

/**
 * Police work is no attack: "raids and searches of homes in X", "increasing checks and raids in occupied X"
 * (occupation forces' raids name a search, a military raid names no searching).
 */
const POLICING = ['searches', 'search', 'searching', 'checks', 'checking', 'filtration', 'arrests', 'detentions', 'detained', 'inspections', 'deserters'];

/** A rule with the blockers every event rule has (the unreal after the event; police work for attacks). */
export const withEventBlockers = (rule: RelationRuleSpec): RelationRuleSpec => ({
  ...rule,
  blockers: [...(rule.blockers ?? []), ...(rule.predicate === 'attacked' ? [...UNREAL_AFTER, ...POLICING] : UNREAL_AFTER)],
});

export const eventRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
