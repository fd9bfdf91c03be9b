import type { RelationRuleSpec } from '../rule-spec.js';
import { attackShapeRules } from './attack-shapes.js';
import { captureCompoundRules } from './capture-compound.js';
import { attackVerbListRules } from './attack-verb-list.js';
import { attackRepelledListRules } from './attack-repelled-list.js';
import { attackRefinedPlaceRules } from './attack-refined-place.js';
import { attackReachRules } from './attack-reach.js';
import { attackBreakthroughRules } from './attack-breakthrough.js';
import { attackEncirclementRules } from './attack-encirclement.js';
import { attackAttemptRules } from './attack-attempts.js';
import { attackTheseAreasRules } from './attack-these-areas.js';
import { attackBankRules } from './attack-bank.js';
import { attackEntryRules } from './attack-entry.js';
import { eventRules } from './events.js';
import { allianceRules } from './alliances.js';
import { forceFightingRules } from './force-fighting.js';
import { withdrawalShapeRules } from './withdrawal-shapes.js';
import { withdrawalTransferRules } from './withdrawal-transfer.js';
import { takingShapeRules } from './taking-shapes.js';
import { eventChainRules } from './event-chains.js';
import { frontedParticipleRules } from './fronted-participle.js';
import { captureClearingRules } from './capture-clearing.js';
import { countedPlaceRules } from './counted-places.js';
import { PRESENCE_NOUNS, presenceRules } from './presence-rules.js';
import { orgActivityRules } from './org-activity.js';
import { orgForcePresenceRules } from './org-force-presence.js';
import { orgWorkInPlaceRules } from './org-work-in-place.js';
import { attackAccusationRules } from './attack-accusation.js';
import { unitHomeBaseRules } from './unit-home-base.js';
import { unitReinforcingRules } from './unit-reinforcing.js';
import { unitCombatNounRules } from './unit-combat-noun.js';
import { unitPeopleActRules } from './unit-people-act.js';
import { fightingBetweenPresenceRules } from './fighting-between-presence.js';
import { visitShapeRules } from './visit-shapes.js';
import { meetingShapeRules } from './meeting-shapes.js';
import { ownedBodyOfficeRules } from './owned-body-office.js';
import { newsFightingRules } from './news-fighting.js';
import { communicationShapeRules } from './communication-shapes.js';
import { CALLS, COUNTERPART, REMOTE } from './meeting-words.js';
import { unitHedgeRules } from './unit-hedges.js';
import { groupCoalitionRules } from './group-coalition.js';
import { unitWhereaboutsRules } from './unit-whereabouts.js';
import { placeBracketAreaRules } from './place-bracket-area.js';
import { withdrawalHeldRules } from './withdrawal-held.js';
import { placeDistrictRules } from './place-district.js';
import { placeSiteAreaRules } from './place-site-area.js';
import { placeAreaIncludingRules } from './place-area-including.js';
import { placeOfKindRules } from './place-of-kind.js';
import { memberPossessiveRules } from './member-possessive.js';
import { LOSS_VERBS, NOT_YET, NOT_YET_WORDS } from './unit-action-words.js';
import type { SecondPhraseWords } from '../second-phrase.js';

/**
 * Verbs of a unit's presence or action at a place ("operating near", "seized", "deployed to"). Where a
 * unit is based or garrisoned is its home, not where it operates: those verbs are left out.
 */
const UNIT_ACTIONS = [
  'operating', 'operate', 'operates', 'operated', 'active', 'deployed', 'deploys', 'deploying', 'redeployed',
  'stationed', 'fighting', 'fought', 'fights', 'attacking', 'attacked', 'attacks', 'attack',
  'advanced', 'advancing', 'advances', 'advance', 'assembling', 'assembled', 'concentrated', 'concentrating',
  'defending', 'defended', 'defends', 'positioned', 'shelled', 'shelling', 'struck', 'strikes', 'seized',
  'seizing', 'seize', 'seizes', 'captured', 'capturing', 'capture', 'captures', 'entered', 'entering',
  'encircled', 'encircling', 'crossed', 'crossing', 'cross', 'holding', 'held', 'took',
  // Engaging the enemy at a place: "elements of the 5th Brigade are engaging Ukrainian forces near X".
  'engaging', 'engaged',
  'counterattacked', 'assaulted', 'assaulting', 'stormed', 'storming', 'occupied', 'occupying',
  // Leaving or holding off an attack at a place means having been there.
  'withdrew', 'withdrawn', 'withdrawing', 'retreated', 'retreating', 'repelled', 'repelling', 'repulsed', 'regrouped', 'regrouping',
  // Pushing on a place or taking losses at it puts a unit there too: "continued pushing on X", "suffered heavy losses near X".
  'pushing', 'pushed', 'suffered', 'suffering', 'sustained', 'lost', 'losing',
  // Massing there too, the unit itself or what it masses: "elements of the 8th Regiment amassing east of X".
  'amassing', 'amassed', 'massing', 'massed',
  // So do surrendering there, passing through it and breaking out of it.
  'surrendered', 'surrendering', 'traveled', 'travelled', 'passed', 'transited', 'broke', 'break', 'breaking',
  // Serving in a place is being there: "volunteers of X who served in Y".
  'served', 'serving', 'serves',
  // Conducting operations and reaching a place: "are conducting an envelopment through X", "reached the outskirts of X",
  // "are involved in operations around X". (Not "fight": mostly a purpose, "recruited convicts to fight in X".)
  'conducting', 'reached', 'involved',
  // Retaking a place is acting in it as much as taking it: "the 80th Brigade liberated villages in southern X".
  'liberated', 'liberating', 'recaptured', 'recapturing', 'retook', 'retaking', 'regained', 'cleared', 'clearing',
  // Firing is acting from where the unit stands: "continued to shell X", "artillery units of the 9th Brigade shooting at
  // positions near X" (the base forms after "continued to": a plan or a forecast is NOT_YET's).
  'shell', 'shells', 'shoot', 'shooting', 'firing',
  // Beating off or destroying an enemy at a place, and digging in there: "defeated Ukrainian brigades near X",
  // "entrenched themselves south of X".
  'defeated', 'destroyed', 'entrenched', 'entrenching',
  // "units are taking ground in X".
  'taking',
  // Landing at a place, sweeping, patrolling, guarding or manning it, and killing people there: "airborne troops landed
  // at X", "special police sweeping X", "mercenaries killed a family in X".
  'landed', 'landing', 'sweeping', 'swept', 'patrolling', 'patrolled', 'guarding', 'guarded', 'manning', 'manned',
  'killed', 'killing',
  // Gaining ground at a place and keeping up a defense or positions there: "gained ground around X", "are maintaining
  // the defense of X".
  'gained', 'gaining', 'maintaining', 'maintained', 'maintains',
  // Closing a ring around a place: "continued operations to surround X", "besieging X".
  'encircle', 'surround', 'surrounded', 'surrounding', 'blockading', 'blockaded', 'besieging', 'besieged',
].join('|');

/**
 * Base forms read only after "continued to" ("continued to withdraw from X", "continue to maintain positions near X"):
 * elsewhere mostly a purpose ("formed the corps to defend X", "sent to hold X" is a sending's).
 */
const GOING_ON = 'continue|continues|continued|continuing|began|begin|begins|started|start|starts|kept|keep|keeps';
const ONGOING_ACTIONS = 'withdraw|retreat|repel|defend|hold|push|storm|enter|liberate|recapture|occupy|maintain|reinforce|strengthen|operate|fight';

/** Words that name a unit as a part of another ("an element of", "subordinate to"), and the copulas before them. */
const PART_NOUNS = 'part|unit|units|formation|formations|subunit|subunits|element|elements|subordinate|subordinated|attached|belongs|belonging|assigned|transferred|resubordinated';
/** Formations counted as an owner's ("one of three divisions of the 1st Army"). */
const ECHELON_PLURALS = 'divisions|brigades|regiments|battalions|corps|armies|fleets|flotillas|detachments|companies|formations|units';
const PART_COPULAS = 'is|are|was|were|remains|remain|remained|became|become|becomes|has|have|had|being';

/**
 * Between a unit's action and its place: up to four words, a nationality ("shelled Ukrainian positions near Y"),
 * up to three more — none opening another clause ("deployed to training grounds and that Y is forming …": Y is
 * no place of the unit's).
 */
const CLAUSE_OPENERS = 'that|which|who|whom|whose';
/**
 * A second actor joined to a unit and named by its side only ("and Ukrainian forces", "and the DNR (DNR) 7th tactical
 * formation", "and Russian airborne troops"): the unit acts with it. A quantifier and a second side may come with it
 * ("and some A and B units", "and several A or B battalions": a miss of fresh7-orbat-read, 2 places).
 */
const CO_ACTOR = "and ?the|other|some|several|many|unspecified ?_:Demonym|Polity ?( ?_:Polity ?) ?and|or ?_:Demonym|Polity *3[that|which|who|whom|whose] forces|troops|units|elements|formation|formations|detachments|fighters|servicemen|personnel|battalions|brigades|regiments|militia|reservists|volunteers|paratroopers|marines";

/** Quotation marks around a term in the phrase ("maintaining the “circular defense” of X"): passed like its words (the
 * words between the action and the place are as many as before: 4 + 2 + 1 without quotes). */
const QUOTE = '?\u201c|\u201d|"';
const AFTER_ACTION = `*4[${CLAUSE_OPENERS}] ${QUOTE} ?_:Demonym *2[${CLAUSE_OPENERS}] ${QUOTE} *1[${CLAUSE_OPENERS}]`;

/**
 * Verbs of being somewhere, not of acting: "is based in X", "remains near X", "was spotted in X". Read only
 * right before the preposition of the place (unit-stationed-at-place), so "arrived from X" is not a presence.
 */
const UNIT_STATES = [
  'based', 'garrisoned', 'stationed', 'present', 'headquartered', 'located', 'remain', 'remains', 'remained',
  'arrived', 'arrive', 'arrives', 'spotted', 'seen', 'observed', 'filmed', 'reinforcing', 'reinforced', 'reinforce',
  'participating', 'participated', 'participate', 'hold', 'holds', 'holding', 'position', 'positions', 'operations',
  'rotated', 'returned',
  // Training somewhere is being there: "elements of the 2nd Division are training in X".
  'training', 'trained', 'exercising',
  // Shown at a place in footage: "footage shows X fighters posing in Y".
  'posing', 'posed', 'pictured', 'photographed',
  // So is forming there (the gold places a corps where it is formed: "the X battalion is forming in Y"), and
  // reconstituting or refitting there.
  'forming', 'formed', 'reconstituting', 'reconstituted', 'refitting', 'refitted', 'resting',
  // Hiding or sheltering somewhere: "servicemen of the 5th Regiment hid near X", "a BTG is sheltering in Y".
  'hiding', 'hid', 'hidden', 'sheltering', 'sheltered',
].join('|');

/**
 * Moving through a place is being in it on the way ("a column of the 2nd Army was seen moving through X"); read only
 * with a preposition of passing (unit-stationed-at-place): "moving from X" names where it set out, "moved to X" is a
 * sending's (unit-sent-to-place), "moving toward X" a heading.
 */
const PASSING = 'moving|moved|moves|driving|drove|marching|marched|rolling|rolled|traveling|travelling|traveled|travelled|passing|passed|transiting|transited';
const THROUGH = 'through|across|via|within';

/** Getting ready for an attack where the unit stands ("preparing for an offensive south of X"). */
const READYING = 'preparing|prepared|prepares|poised|massing|concentrating|assembling|gathering|regrouping';
const ATTACK_NOUNS = 'offensive|offensives|attack|attacks|assault|assaults|counteroffensive|counterattack|counterattacks|push|operations|operation';

/**
 * A unit's people at work at a place: taking part in combat there, or carrying out a mission there ("participated in
 * its second combat operation in an unspecified location in X", "BARS personnel performing a combat mission in the X
 * area"). The bare forms are left out: "refused to participate in combat in X", "ordered to perform a mission at X".
 */
const TAKING_PART = 'participated|participating|participates|involved|took|taking|takes ?part';
const CARRYING_OUT = 'performing|performed|performs|carrying|carried|carries|fulfilling|fulfilled ?out';
const COMBAT_WORK = '?its|their|the|a|an ?first|active|ongoing|recent|further|daily ?combat|military|offensive|defensive|assault|reconnaissance|special ?operations|operation|combat|hostilities|missions|mission|tasks|task';


/**
 * The words of a second verb phrase of a unit ("… near X and continued to operate near Y": second-phrase.ts): its
 * verbs, and the words that end its opener — a plan, a forecast, a new clause ("and will likely …", "and that …").
 */
export const SECOND_PHRASE_WORDS: SecondPhraseWords = {
  // Not "returned": "volunteers who served in X and returned to Y" went home.
  verbs: new Set([...UNIT_ACTIONS.split('|'), ...UNIT_STATES.split('|')].filter((w) => w !== 'returned' && w !== 'rotated')),
  stops: new Set(`that|which|who|${NOT_YET_WORDS}|intend|intends|aims|expected|expect|expects|scheduled|set|tasked`.split('|')),
};

/** Head nouns after a unit's name: "a Wagner Group assault detachment", "the BARS-13 battalion". */
const UNIT_HEADS = 'units|unit|elements|element|forces|troops|detachment|detachments|battalion|battalions|company|companies|brigade|regiment|servicemen|personnel|fighters|reservists|volunteers|group|groups|btg|btgs|subunits|formations|formation';

/** What a unit is named as in a place ("the main Ukrainian defenders in X", "the primary Russian forces in Y"). */
const MAIN_FORCE = 'unit|units|formation|formations|force|forces|grouping|group|brigade|division|regiment|defenders|defender|garrison';

/** Participles of being at a place after a noun of forces ("units fighting in X", "troops deployed near Y"). */
const FORCE_THERE = 'fighting|operating|deployed|stationed|active|defending|positioned';

/** A unit's part in a battle ("the X Group's role in capturing Y"). */
const UNIT_PART_IN = 'role|involvement|participation|part|operations|successes|success';
/** The battle, or its verb of taking or holding ("in capturing Y", "in the battle for Y"). */
const BATTLE_FOR = 'battle|battles|fighting|capture|seizure|defense|defence|siege|assault|storming|capturing|seizing|defending|taking|holding|encirclement|encircling';
/**
 * The war or the operations a unit has a part in, which happen at their place as a battle does ("the X Group's role in
 * operations around Y", "its involvement in the war in Y", "the commitment of the X to the fight around Y").
 */
const WAR_FOR = `${BATTLE_FOR}|war|fight|fights|operations|offensive|offensives|combat|hostilities|campaign|counteroffensive`;
/** Who wages the war or what kind it is, before its noun: "Putin's war", "Russian offensive operations", "a costly war". */
const WAR_WHOSE = '?the|a|an|its|their ?_:Person|Country|Demonym ?\'s ?ongoing|current|continued|recent|costly|grinding|protracted|full-scale|wider|broader|ground|military|offensive|defensive|combat|special ?military|offensive|combat|ground';
/** Words of weight before a part: "the X Group's outsized role", "a largely attritional role". */
const PART_WEIGHT = '?largely|very|increasingly ?outsized|major|key|central|continued|growing|expanding|leading|direct|active|important|significant|prominent|decisive|attritional|limited|supporting|critical|crucial';

/** A unit's posts, groupings and materiel (unit-post-at-place). Not "command" ("the command of X" is its leadership). */
const UNIT_POSTS = 'post|posts|headquarters|base|bases|checkpoint|checkpoints|camp|camps|garrison|positions|btg|btgs|depot|depots|column|columns|convoy|convoys|stronghold|strongholds|points|equipment|warehouse|warehouses|barracks|concentration|concentrations';
/**
 * Words that send the place to another clause, a purpose or a source, not the post's place; and verbs of heading for a
 * place ("14 BTGs of the X are driving on the Y suburbs": 2 wrong statements on the 294 reports once a bearing word
 * could stand before the place).
 */
const NOT_AT_THE_POST = 'that|which|who|from|to|toward|towards|after|before|when|while|and|or|but|returned|redeployed|deployed|moved|transferred|driving|drove|drive|drives|heading|headed';

/** A group's people, named by a possessive of the group ("its personnel"). */
const GROUP_PEOPLE = 'personnel|troops|forces|fighters|units|servicemen|soldiers|members|elements|subunits|employees|officers';

/** Before a unit an aside names ("including the 1st Army"), words that make it what the force acts on, not one of its parts. */
const NOT_MEMBER = `${UNIT_ACTIONS}|destroying|defeating|degrading|targeting|against|with`;

/** Verbs of putting a unit somewhere, with the unit as their object ("concentrating elements of X near Y"). */
const UNIT_PLACING = 'concentrating|concentrated|concentrate|concentrates|massing|massed|amassing|amassed|stationing|keeping|kept|maintaining|maintained|positioning|garrisoning|observed|spotted|identified|deploying|deployed|deploys';

/** Verbs of joining or filling up a unit, with the unit as their object ("joined the 5th Brigade in combat in X"). */
const JOINING = 'joined|joining|join|joins|reinforced|reinforcing|reinforce|reinforces|replenished|replenishing|replenish|replenishes|augmented|augmenting|bolstered|bolstering';

/** Verbs of sending a unit somewhere ("sending elements of X to Y"). */
const UNIT_SENDING = [
  'sent', 'send', 'sends', 'sending', 'deployed', 'deploy', 'deploying', 'redeployed', 'redeploy', 'redeploying',
  'transferred', 'transfer', 'transferring', 'moved', 'move', 'moving', 'relocated', 'relocating', 'shifted',
  'shifting', 'committed', 'commit', 'committing', 'dispatched', 'dispatching', 'rotating', 'rotated', 'rotates',
].join('|');

/**
 * The nouns of sending, read only with the unit after "of" ("ordered the redeployment of the A, B, and C regiments
 * to X and Y"): after the unit they are mostly a purpose ("formed the X battalion for deployment to Y").
 */
/** Nouns of a part of a town after a bearing word: "in the eastern part of X", "on the northern edge of X". */
const PART_OF_PLACE = 'part|parts|edge|section|sections|district|districts|zone|half|portion|neighborhood|neighborhoods|approaches';

/**
 * Words that cannot describe an organization between "Y-based" and its name: a clause's or a phrase's opening, a verb
 * of saying or blaming ("a Y-based platoon that blamed X": on the 294 ISW reports the one such statement was wrong).
 */
const NOT_A_DESCRIPTION = 'that|which|who|whom|whose|said|says|say|reported|reports|claimed|claims|stated|states|blamed|accused|is|was|are|were|has|had|have|and|or|but|of|in|on|at|for|to|from|by|with|against|about|the|a|an';

/** A noun after a place that names its area ("from the X area", "the X direction"). */
const PLACE_NOUN = 'area|direction|axis|sector|front|frontline|region';
const SENDING_NOUNS = 'deployment|deployments|redeployment|redeployments|transfer|transfers|relocation|dispatch';

/** What a unit is sent to do where it goes: hold, reinforce or fight ("sent to reinforce positions near X"). */
const SENT_TO_DO = 'reinforce|support|defend|hold|fight|strengthen|bolster|replace|relieve|replenish|man|secure|guard|garrison|conduct|participate|operate|serve';

/**
 * The purpose a unit is sent for, up to the place where it is carried out: "to reinforce positions near X", "to
 * “replenish the losses of the 5th Army group” in X" (the unit it joins may be named, and the purpose quoted).
 */
const SENT_PURPOSE = `${QUOTE} ${SENT_TO_DO} *4[${CLAUSE_OPENERS}] ?_:Demonym|Unit *2[${CLAUSE_OPENERS}] ${QUOTE}`;

/** "committed in response to X", "moved in order to …": a "to" after these is no destination. */
const NOT_A_DESTINATION = 'response|addition|order|reply|return|exchange|contrast|relation|regard';

/** The description of losses ends at another clause or at an infliction on someone else. */
const LOSS_GAP_STOPS = 'that|which|who|where|when|while|but|to|from|on|against|inflicted|inflicting|after|before|since';

/** Verbs of leaving a place, after which "into Y" or "to Y" is where the unit went. */
const UNIT_LEAVING = 'withdrew|withdrawn|withdrawing|retreated|retreating|pulled|moved|moving|rotated|relocated';
/** The words of the place left end at another clause or at where the unit went. */
const LEFT_PLACE_ENDS = 'that|which|who|where|when|while|but|after|before|from|to|toward|towards|into';

const COMPASS = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west';

/** Nouns of fighting a unit may be named as leading (unit-among-forces: "operations around X, led by the Y"). */
const LED_OPERATIONS = 'operations|operation|offensive|offensives|efforts|effort|assaults|attacks|fighting|push|advances|counteroffensive';
/**
 * Digging in at a place, which is being there: "establishing defensive positions on the eastern (left) bank of X", "are
 * preparing defenses in X" (not "preparing to attack X": the noun of the works must follow the verb). Read after the unit
 * (unit-stationed-at-place) and after a force that names it ("Russian troops, likely including elements of the 3rd
 * Division, are preparing defenses in X": unit-among-forces, whose gap before its verb passes no "preparing").
 */
const DIGGING_IN = `establishing|established|establish|establishes|building|built|build|builds|digging|dug|constructing|constructed|fortifying|fortified|equipping|equipped|preparing|prepared ?_:Demonym ?new|defensive|fortified|firing|frontline|additional positions|defenses|defences|fortifications|trenches|lines in|near|at|around|outside|along|on ?the ?${COMPASS} ?( ?left|right ?) ?vicinity|outskirts|bank|banks|area ?of ?the O:Place+>`;

/** Where a unit's work was: the place, or an unnamed part of it ("in an unspecified location in X", "in the X area"). */
const WORK_PLACE = `in|near|around|at|along|on ?a|an|the ?unspecified|undisclosed ?location|locations|area|areas|vicinity|outskirts ?in|of|near ?the ?${COMPASS} O:Place+>`;

/** A delegation met, then its head or one of its members: "a Russian delegation led by Y's head X", "a delegation that included X". */
const DELEGATION = "?a|an|the ?_:Demonym|Polity|Org delegation|group ?of *2 led|headed|including|included|which|that ?included|includes|was ?led|headed ?by ?_:Group|Polity ?'s ?$honorific";

/** Verbs of one person acting on another face to face ("pressed X at a summit"). */
const FACE_TO_FACE = [
  'pressed', 'presses', 'urged', 'urges', 'told', 'tells', 'asked', 'asks', 'thanked', 'thanks', 'greeted', 'greets',
  'lobbied', 'lobbies', 'briefed', 'briefs', 'assured', 'assures', 'embraced', 'joined', 'joins', 'accompanied',
  'accompanies', 'shook',
].join('|');

/** What a visitor meets at the front: visiting them near a place means being there. */
/** Words of a visit still to come or called off ("Putin's upcoming visit to X"). */
const VISIT_TO_COME = 'upcoming|planned|expected|possible|potential|proposed|future|next|scheduled|slated|anticipated|canceled|cancelled|postponed|rumored';
/** Between a traveller and a verb of arrival: a word of a trip still to come ("will arrive", "is to travel", "when he arrives"). */
const TRIP_TO_COME = `${NOT_YET_WORDS}|${VISIT_TO_COME}|to|set|due|going|when|once|if|unless|until|before|whenever`;

/** Words of a meeting still to come, asked for or offered: "X's upcoming meeting with Y", "X demanded a meeting with Y". */
/** Words that open what a meeting was about: a place after them is its topic ("to discuss the fighting in X"), not where it was. */
const MEETING_TOPIC = 'to|about|regarding|concerning|discuss|discussed|discussing';

/** Words before a meeting noun that put it ahead (a visit is only inferred from a meeting that took place). */
const MEETING_AHEAD = ['upcoming', 'planned', 'expected', 'proposed', 'future', 'scheduled', 'anticipated', 'canceled', 'cancelled', 'postponed', 'rumored'];

/**
 * Words before "meet" that make it a meeting still to come. "slated", "prepared", "ready", "willing": "was slated to meet
 * Y", "says he is prepared to meet Y" (wire-news dev: 2 of its 3 false `metWith` statements; annotation guidelines:
 * planned meetings → nothing).
 */
const MEETING_TO_COME = `${VISIT_TO_COME}|demanded|demands|demanding|requested|requests|requesting|sought|seeks|seeking|proposed|proposes|offered|offers|called|calls|will|would|plans|intends|intended|slated|prepared|ready|willing`;

/** Words that open a clause or a time of its own between what is visited and a place, which then is not where the visit was. */
const NOT_AT_THE_VISIT = 'who|which|that|where|when|while|after|before|from|to|of|had|have|has|was|were|is|are|fought|served|killed|died|wounded|born|previously|formerly|once';

/**
 * What may qualify the wider place of a containment without changing it: "in Russian-occupied Crimea",
 * ", occupied Zaporizhia Oblast", "in Ukrainian-held X".
 */
const HELD = '?_:Demonym ?- ?occupied|controlled|held|annexed|administered';

/**
 * A place's apposition that says what kind of place it is, with words on which one before the kind and a description
 * after it: "X, a small village recaptured in mid-June in the far north of Y Oblast", "X, the illegally occupied
 * territory in Y", "X, one of the largest cities in Y". The words before the kind hold no preposition or clause word (no
 * second place of a route: "from A toward the city of B"); the description runs to "in" over a participle, a date, a
 * distance or a bearing ("5km north of A"), and stops where a new clause, a list or a bracket starts.
 */
const APPOSED_KIND = 'town|towns|city|cities|village|villages|settlement|settlements|territory|territories|region|port|hub|suburb|district|locality|center|centre';
const BEFORE_KIND = '**3[the|a|an|of|and|or|in|near|from|to|toward|towards|through|at|on|by|for|with|that|which|who|where|said|says|,]';
const AFTER_KIND = '**8[and|or|but|while|whereas|which|that|who|where|said|says|claimed|reported|toward|towards|from|,|;|(|)]';

/**
 * Words naming the administration an office belongs to, between the place or body and the office holder:
 * "Kherson occupation deputy X", "Y Oblast military administration head Z", "Y Mayoral Advisor X"; or the
 * rank of the office the person's own title leaves out ("Y First Deputy Information Minister X").
 */
const OFFICE_SETTING = '?occupation|community|regional|city|military|civil|civilian|municipal|local|state|administration|council|mayoral|first|government|regime|authorities';

/**
 * Who put an administration or a body in place, hyphenated before its name: "the Russian-appointed Y
 * occupation administration", "the Kremlin-backed Y council". It says who appointed it, not whose it is.
 */
const APPOINTED_BY = '?_:Demonym|Org ?- ?appointed|backed|installed|controlled|imposed|led';

/**
 * Words that end an office's field spelled out before a name ("Minister for Construction and Regional
 * Development X"): a field is a few nouns, so a verb, an auxiliary or a preposition of place or time means a
 * clause has begun ("the minister of housing said that X …").
 */
const NOT_A_FIELD = 'that|which|who|whom|said|says|stated|states|claimed|claims|reported|reports|announced|announces|told|noted|added|warned|met|visited|is|was|were|are|has|had|have|will|would|to|in|on|at|with|by|from|as|after|before|since|during';

/** Words on a holder's standing in an apposition before the body and the office: "X, a senior Y commander". */
const APPOSED_STANDING = 'senior|top|key|prominent|leading|longtime|veteran|influential|powerful|hardline|hard-line|moderate|radical|high-ranking|ranking|mid-level|low-level|local|regional|asylum-seeking|self-proclaimed|self-styled|alleged|suspected|jailed|detained|imprisoned|exiled|wanted|fugitive|slain|late';

/** Words of standing before a body and its office after a copula: "X is the most senior Y official", "a prominent Y lawmaker". */
const COPULA_RANK = 'most|highest|highest-ranking|high-ranking|senior|top|prominent|leading|longtime|veteran|former|current|ranking';

/** Adverbs of when or how surely an office was held: "X, who had previously served as …", "X, who was likely the …". */
const HOLDING_ADVERBS = 'previously|formerly|also|then|currently|now|still|briefly|once|reportedly|likely|probably|allegedly';

/**
 * What may qualify a body between "of the" and its name: whose it is, or where it is based ("commander of the
 * Crimean-based Y Fleet", "head of the Kremlin-backed Y", "commander of the Russian Y").
 */
const BODY_QUALIFIER = '?_:Demonym|Org|Place ?- ?based|backed|appointed|installed|controlled|affiliated|linked';

/** Verbs of being put into an office ("was appointed commander of", "named as the new head of"). */
const APPOINTED = 'appointed|named|promoted|nominated|reappointed|installed|elected|made|designated';

/** Gatherings where the people named were present in person. */
const GATHERINGS = 'summit|summits|meeting|meetings|talks|conference|forum|ceremony|sidelines|gathering';

/**
 * The built-in relation rules. Each rule is one way English reporting states a relation; the rule's name
 * is written on every statement it produces. Order does not matter: when two rules produce the same
 * statement the higher confidence is kept.
 */
export const builtinRules: readonly RelationRuleSpec[] = [
  // ── visited ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'visited-verb',
    predicate: 'visited',
    confidence: 0.85,
    // "X, who visited Y on D, said …": the relative pronoun stands for the mention right before it.
    patterns: [
      // (Not a visit still to come: "X is scheduled to visit Y", "X plans to visit Y" — the gap stops at the plan.)
      // ("X is to visit Y" is a plan too: the infinitive's "to" stops the gap.)
      `S:Person|Group+ ?, ?who|which ?$aside *3[${NOT_YET_WORDS}|${VISIT_TO_COME}|set|due|going|wants|hopes|seeks|invited|to] visited|visits|visit|visiting|toured|tours|tour O:Place+`,
      // "X visited troops fighting near Y", "X visited penal colonies in Y", "X visited the frontlines in Y": what is
      // visited lies at the place, so the place is visited; no clause of its own between ("troops who fought in Y").
      // (Whose troops or which unit may be named on the way: "X visited Russian positions in Y".)
      // (A part of the place is the place: "visited the front lines in southern Y".)
      `S:Person|Group+ ?, ?who|which ?$aside *3 visited|visits|visiting|toured|tours *5[${NOT_AT_THE_VISIT}] ?_:Demonym|Group *4[${NOT_AT_THE_VISIT}] in|near|around|outside|at ?northern|southern|eastern|western|central O:Place+`,
      // "X visited the front at an unspecified location in Y": the front, wherever in Y it was.
      'S:Person|Group+ ?, ?who|which ?$aside *3 visited|visits|visiting|toured|tours ?the front|frontline|frontlines|front-line|front-lines ?line|lines ?at|in ?an|a|the ?unspecified|undisclosed location|locations|position|positions in|near O:Place+',
    ],
  },
  {
    // "X inspected troops in Y", "X, during an inspection of the Y Group of Forces in Z": an inspection is made on
    // the spot (a remote one — "by video link" — is none).
    name: 'visited-inspection',
    predicate: 'visited',
    confidence: 0.85,
    blockers: REMOTE,
    patterns: [
      `S:Person+ ?, ?who ?$aside *3 inspected|inspects|inspecting *5[${NOT_AT_THE_VISIT}] ?_:Demonym|Group *4[${NOT_AT_THE_VISIT}] in|near|around|outside|at O:Place+`,
      `S:Person+ ?$aside *3 during|on|for ?a|an|his|her|their|the *2 inspection|inspections ?tour|trip|visit of|to *4[${NOT_AT_THE_VISIT}] ?_:Demonym|Group *4[${NOT_AT_THE_VISIT}] in|near|around|outside|at O:Place+`,
      `S:Person+ ?$aside *3 during|on|for ?a|an|his|her|their|the *2 inspection|inspections ?tour|trip|visit to ?the O:Place+`,
    ],
  },
  {
    name: 'visited-noun',
    predicate: 'visited',
    confidence: 0.8,
    patterns: [
      // "X's official visit to Y", "X's frontline visit to Y": up to two words qualify the visit, none of one to come.
      // (No report between: "X said a visit to Y would help" speaks of a visit, it makes none: branch newsrel4.)
      `S:Person|Group ?'s *2[${VISIT_TO_COME}|said|says|say|told|tells] visit|visits|trip|trips|tour to|of O:Place+`,
      'visit|trip to O:Place by S:Person|Group+',
      // "X, on a two-day visit to Y, …", "X spoke during his trip to Y".
      'S:Person|Group+ ?, *3 on|during|for ?a|an|his|her|their|its|the *2 ?- *2 visit|visits|trip|trips|tour to O:Place+',
      // "X made a two-day working visit to Y", "X paid a visit to Y", "X took an unannounced trip to Y": the visit as
      // the object of a verb of doing (only the past of "take": "is taking a trip to Y next week" is a plan).
      `S:Person+ ?$aside *3 made|makes|paid|pays|began|begins|concluded|concludes|conducted|undertook|took ?a|an|his|her|their *2[${VISIT_TO_COME}] ?- *2[${VISIT_TO_COME}] visit|visits|trip|trips|tour to O:Place+`,
    ],
  },
  {
    name: 'visited-arrival',
    predicate: 'visited',
    confidence: 0.8,
    // A unit that arrives is stationed there (unit-stationed-at-place), it does not visit.
    // Fleeing to a place is travelling there ("X fled to Y", "escaped to Y").
    // (Going or coming to a place is travelling there: "X went to Y", "X came to Y".)
    // Not a trip still to come: wire news writes an itinerary in the present ("X travels to Y Tuesday", "then goes to
    // Y") and a plan with a modal or an infinitive ("will arrive", "is expected to arrive", "when he arrives"): the
    // present forms are left out, and the gap stops at a word of the future (3 of 4 of the rule's wire-news dev
    // statements were such trips).
    patterns: [`S:Person|CivilOrg+ ?$aside *3[${TRIP_TO_COME}] arrived|arrive|arriving|landed|travelled|traveled|traveling|travelling|flew|fled|escaped|went|came|journeyed in|at|to O:Place+`],
  },
  {
    name: 'visited-return',
    predicate: 'visited',
    confidence: 0.6,
    patterns: ['S:Person *3 returned|returns|return|returning from ?the O:Place'],
  },
  {
    // "X met Y … in Z", "X … at a summit in Z": the people meeting were in the city where they met.
    // The host, whose own country holds the city, received the others and did not visit it.
    name: 'visited-meeting-place',
    predicate: 'visited',
    confidence: 0.6,
    notByHost: true,
    blockers: [...REMOTE, ...MEETING_AHEAD],
    patterns: [
      // (Not a meeting to come: "X, Y and Z will be meeting in W"; branch wirerel7.)
      // (Not a possessive's owner: "X's envoy met Y in Z" is the envoy's trip; branch defence8.)
      // (An aside on the person may stand before the verb: "X, the leader of Y in Z, met W in V"; branch defence8.)
      `S:Person+ ?$aside *3[${MEETING_TO_COME}|'s] met|meets|meeting ?with **8[${MEETING_TOPIC}] in|at O:City`,
      "S:Person+ *3['s] held|holds|hold|holding *2 talks|meeting|meetings|discussions|negotiations with **8 in|at O:City",
      // …but the owner of the meeting itself met: "X's first meeting with Y in Z".
      `S:Person 's *2[${MEETING_TO_COME}] meeting|meetings|talks *2[${MEETING_TO_COME}] with **8[${MEETING_TOPIC}] in|at O:City`,
      // "X held talks in Geneva with Y and Z": the place comes before the people met.
      'S:Person+ *3 held|holds|hold|holding *2 talks|meeting|meetings|discussions|negotiations in|at O:City with',
      // (A remote kind before the noun is taken into the match, where the blockers see it: "phone talks".)
      `?${REMOTE.join('|')} talks|meeting|meetings|discussions|negotiations in|at O:City with ${COUNTERPART} S:Person+`,
      // (A purpose clause between names what is discussed, not where: "a meeting with X to discuss the fighting in Y".)
      `?${MEETING_AHEAD.join('|')} met|meets|meeting|talks|discussions|negotiations|hosted|hosts|received|receives|welcomed|welcomes ?with ${COUNTERPART} S:Person+ **6[${MEETING_TOPIC}] in|at O:City`,
      // (Not a possessive's owner: "X's detention was raised during a meeting in Z" names X as a topic: branch newsrel4.)
      `S:Person+ **8['s] at|during ?a|an|the *2 ${GATHERINGS} in O:City`,
      // "during the Eurasian Economic Forum summit in Bishkek, Kyrgyzstan": a named gathering, and the city's country too.
      `S:Person+ **8['s] at|during ?a|an|the ?_:Org *1 ${GATHERINGS} in O:City ?, ?O:Country`,
    ],
  },
  // ── visited: wire news' arrivals and own visits (rules/visit-shapes.ts)
  ...visitShapeRules,
  // ── metWith (symmetric) ──────────────────────────────────────────────────────────────────
  // (Between people only, as the guidelines type it: a unit or a body "met with" is no meeting of two people.)
  {
    name: 'met-verb',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.85,
    blockers: CALLS,
    patterns: [
      // Not a meeting still to come ("X … and will likely meet Y"): the gap stops at a plan or another clause's "and".
      `S:Person+ ?$aside *3[${NOT_YET_WORDS}|expected|and|${MEETING_TO_COME}] met|meets|meet|meeting|conferred|confers ?with ${COUNTERPART} O:Person+`,
      // "X met with the governor of Russia's Y Oblast, Z": a title and its complement in apposition before the name.
      'S:Person+ ?$aside *3 met|meets|meet|conferred|confers with the $title of|for|to ?the **5 , O:Person',
      // "X met with Governor of Russia's Y Oblast Z": the title's complement, then its holder's name at once.
      `S:Person+ ?$aside *3[${NOT_YET_WORDS}|expected|and|${MEETING_TO_COME}] met|meets|meet|conferred|confers with ?the ?_:Demonym $honorific of|for ?the **4[and|or|,] O:Person`,
      `S:Person and ?_:Demonym ?$honorific O:Person *2[${NOT_YET_WORDS}|${MEETING_TO_COME}] met|meet|meets|conferred|talked`,
      // "X met with a Y delegation led by Z", "… a delegation that included Z": its head or member was met.
      `S:Person+ ?$aside *3[${NOT_YET_WORDS}|expected|and|${MEETING_TO_COME}] met|meets|meet|conferred ?with ${DELEGATION} O:Person`,
      `S:Person **6 and ?later|then|also met|meets ?with ${DELEGATION} O:Person`,
      // "X visited Kyiv and met Y": the subject of the first verb.
      `S:Person **6 and ?later|then|also met|meets ?with ${COUNTERPART} O:Person+`,
    ],
  },
  {
    name: 'met-talks',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.8,
    blockers: CALLS,
    patterns: [
      `S:Person+ ?$aside *3 held|holds|hold|holding *2 talks|meeting|meetings|discussions|negotiations ?in|at ?the ?_:Place with ${COUNTERPART} O:Person+`,
      // "X and Y held talks in Z": the two named as holding them together.
      'S:Person and ?_:Demonym ?$honorific O:Person ?$aside *2 held|holds|hold *2 talks|meeting|meetings|discussions|negotiations',
    ],
  },
  {
    name: 'met-noun',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.8,
    blockers: CALLS,
    patterns: [
      `S:Person ?'s *2[${MEETING_TO_COME}] meeting|meetings|talks with ${COUNTERPART} O:Person+`,
      // "X's meeting with the commander of the Y Group Z", "X's talks with the head of Y, Z": the office and what it
      // heads before the name met, as after the verb (met-verb).
      `S:Person ?'s *2[${MEETING_TO_COME}] meeting|meetings|talks with ?the ?_:Demonym $honorific of|for ?the **5[and|or|,|;] ?, O:Person`,
      `S~Person meeting|meetings|talks with ${COUNTERPART} O:Person+`,
      'meeting|meetings|talks between S:Person and O:Person',
    ],
  },
  {
    name: 'met-hosted',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.7,
    blockers: CALLS,
    patterns: [`S:Person *2 hosted|hosts|received|receives|welcomed|welcomes ${COUNTERPART} O:Person+`],
  },
  {
    // "X pressed Y at a summit in Z": acting on someone at a gathering means meeting them there.
    name: 'met-at-gathering',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.7,
    blockers: CALLS,
    patterns: [`S:Person+ ?$aside *2 ${FACE_TO_FACE} ${COUNTERPART} O:Person+ *6 at|during|on ?a|an|the *2 ${GATHERINGS}`],
  },
  // ── metWith: wire news' talks after, meetings had, a second party (rules/meeting-shapes.ts)
  ...meetingShapeRules,
  // ── communicatedWith: calls, conversations and letters — no meeting (rules/communication-shapes.ts)
  ...communicationShapeRules,
  // ── leaderOf / memberOf: an office of a body a country owns, described before its name (rules/owned-body-office.ts)
  ...ownedBodyOfficeRules,
  // ── leaderOf / memberOf by the role ──────────────────────────────────────────────────────
  {
    // "the organization led by X", "a delegation of Belarusian ministers headed by Foreign Minister X".
    name: 'headed-by',
    predicate: 'leaderOf',
    byRole: true,
    notPartOwner: true,
    confidence: 0.75,
    patterns: [
      'O:Group|Polity $tail ?, *4 ?, led|headed|commanded|chaired by ?$title S:Person',
      // "the Tiger Forces, an elite unit of the Y Army led by X": the part the apposition is about is led (part-owner-led.ts).
      "O:Group $tail , ?a|an|the *3[and|or|which|that|who] unit|units|faction|factions|branch|wing|brigade|division|formation|component|member|part|affiliate|offshoot|detachment|battalion|regiment|group|militia|arm|force of ?the ?_:Demonym _:Group $tail led|headed|commanded by ?$title S:Person",
    ],
  },
  {
    // "X, the commander of Y", "X, who served as acting commander of Y", "X, a spokesman for Y".
    name: 'appositive-title-of',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    notRelativeAgent: true,
    confidence: 0.8,
    patterns: [
      // (A nationality may stand before the body: "X, spokesperson for the Ukrainian Y Command".)
      // (An adverb may follow the verb too, and a hedge stand before the office: "X, who was previously the
      // commander of Y", "X, the likely commander of Y".)
      `S:Person ?, ?who ?had|has|have ?${HOLDING_ADVERBS} ?is|was|served|serves|became|becomes|remains|remained|been ?${HOLDING_ADVERBS} ?been ?as ?the|a|an ?likely|reportedly|probably|possibly|allegedly $title of|for|at ?the ${BODY_QUALIFIER} O:Group|Place^`,
      // A second office in the same career: "X, the former deputy commander of A and current commander of B",
      // "X served as chief of staff of A and then commander of B" (the first office is A's rule's; B's decides here).
      `S:Person ?, ?who ?had|has|have ?${HOLDING_ADVERBS} ?is|was|served|serves|became|becomes|remains|remained|been ?${HOLDING_ADVERBS} ?been ?as ?the|a|an $honorific of|for|at ?the ?_:Demonym _:Group|Place $tail ?, and|then|before|later ?then|later|subsequently ?as ?the|a|an $title of|for|at ?the ?_:Demonym O:Group|Place^`,
      // (An office held before: "X, a former Y officer"; words on the holder's standing may come first: "X, a senior Y
      // commander", "X, a jailed former Y operative" — a closed list: a free gap read "X, inviting the Y president" as
      // an apposition, domain-dev.)
      `S:Person , ?the|a|an ?${APPOSED_STANDING} ?${APPOSED_STANDING} ?former|retired|onetime O:Group|Polity ?'s $title`,
      // "X, who previously served as a Y foreign minister", "X, who is the Y's deputy commander": a career's office
      // with its body before it.
      `S:Person ?, who ?had|has|have ?${HOLDING_ADVERBS} is|was|served|serves|became|becomes|remains|remained|been ?${HOLDING_ADVERBS} ?been ?as ?the|a|an ?former|current O:Group|Polity ?( ?_:Group|Polity ?) ?'s $title`,
      // The office in a bracket after the name: "General X (commander of the Y)", "X (the Y's former commander)".
      'S:Person ( ?the|a|an $title of|for|at ?the ?_:Demonym O:Group|Place^',
      "S:Person ( ?the|a|an O:Group|Polity ?'s $title )",
      // "X is the most senior Y official", "X was a Y Party activist": the copula with the body before the office, as
      // "Y official X" says it before the name (a few words of rank first; none that opens a clause). Not a unit: "X is
      // the second military district commander" counts commanders (the recognizers read a "2nd Military District").
      `S:Person ?, ?who is|was|remains|remained|became|becomes ?the|a|an ?${COPULA_RANK} ?${COPULA_RANK} O:Org|Polity $title`,
      // "X was Russia's defence minister until May", "X, who is the front's commander, …".
      "S:Person ?, ?who is|was|became|becomes|remains|remained|has|had ?been ?the O:Group|Polity 's $title",
      // "X … from his post as commander of Y": the post is X's.
      'S:Person *3 his|her ?former|current|new role|post|position|job|capacity|duties as ?the|a|an $title of|for|at ?the O:Group|Place^',
      // "X's previous experience as commander of Y", "X's appointment as head of Y": the office named after the holder's possessive.
      `S:Person 's ?previous|former|current|new|continued|recent|brief|reported role|post|position|job|capacity|duties|tenure|experience|time|service|appointment|stint as ?the|a|an $title of|for|at ?the ${BODY_QUALIFIER} O:Group|Place^`,
    ],
  },
  {
    // "Commander of the Central Military District Major General X", "Spokesperson for the Y X".
    name: 'title-of-name',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    confidence: 0.8,
    patterns: [
      // "Head of the self-proclaimed Y (DNR) X": how the body came to be said before its name.
      '?the $title of|for ?the ?self ?- ?proclaimed|styled|declared O:Group|Place^ $tail ?, ?$honorific S:Person',
      // "the Commander of the Y Armed Forces in Z, Army General X": where the body serves, then the name.
      '?the $title of|for ?the ?_:Demonym O:Group $tail in ?the _:Place ?, ?$honorific S:Person',
      // "the head of the Y peacekeeping force in southern Z, General X": the organization's force where it serves.
      '?the $title of|for ?the O:Org *2 force|forces|mission|troops|peacekeepers in ?the *1 _:Place , ?$honorific S:Person',
      // "Head of the Y Oblast occupation administration X", "the head of Y's civil-military administration, X": the
      // administration of a place, named by its kind, is the place's (as "Y Oblast occupation head X" is).
      // (Who appointed the administration may stand before it: "Head of the Russian-appointed Y occupation administration X".)
      `?the $title of|for ?the ${APPOINTED_BY} O:Place ?'s ${OFFICE_SETTING.slice(1)} ?- ${OFFICE_SETTING} ${OFFICE_SETTING} ?, ?$honorific S:Person`,
      // "Chairman of the Y Committee on Defense X": a committee named by its field, whose name the recognizers end
      // before "on"; the field's words run to the name.
      `?the $title of ?the ?_:Demonym O:Org on *5[${NOT_A_FIELD}] ?, ?$honorific S:Person`,
      // "Mayor of Y, Z Oblast, X": the place's own region in apposition between the office and the name.
      '?the $title of|for ?the O:Place , _:Region|Country , ?$honorific S:Person',
      // "Commander of the Russian reserve unit BARS-13, X": a nationality and a description before the name.
      '?the $title of|for ?the ?_:Demonym *4[of|in|at|for|from|with] O:Group $tail ?, ?$honorific S:Person',
      // "a member of X's Y Council, Z": the body owned by a person (a possessive the object's chain does not cross).
      "?the $title of|for ?the _:Person 's O:Group $tail ?, ?$honorific S:Person",
      // "the head of the Y administration, Ukrainian collaborator X, …": a word or two on who the holder is, in an
      // apposition closed after the name.
      `?the $title of|for ?the ${BODY_QUALIFIER} O:Group|Place^ $tail , ?_:Demonym *2[${NOT_A_FIELD}|and|or] ?$honorific S:Person ,`,
    ],
  },
  {
    // "Advisor to the Mayor of X, Y", "aide to the X Governor Y": the person serves the office-holder, so the
    // first title decides (a member), not the office named after "to the".
    name: 'aide-to-title',
    predicate: 'memberOf',
    byRole: true,
    requireRole: true,
    confidence: 0.85,
    patterns: [
      '$title to ?the $honorific of|for ?the O:Group|Place^ $tail ?, ?$honorific S:Person',
      // The body's country may own it, and the name may stand in apposition: "the advisor to Y's Z Military
      // Administration, X, said".
      "$title to ?the ?_:Polity ?'s O:Group|Place ?'s ?, S:Person",
      // "X, chief advisor to Ukrainian President Y", "X, an advisor to Mariupol's mayor": X serves the office's country or town.
      'S:Person , ?the|a|an $title to ?the O:Group|Polity|City',
      // "Y Advisor to the Interior Minister X", "Y (YR) Assistant to the Defense Minister X": the body before a serving
      // office whose complement is another of its offices (the words of that office are read with the name).
      // (Only an office's field between: another body named there is the one served, "Y Advisor to the Z Head X".)
      "O:Group|Polity ?'s ?( ?_:Org|Polity ?) $title to ?the internal|interior|foreign|defense|defence|justice|finance|health|economy|emergencies|information ?affairs|situations S:Person",
    ],
  },
  {
    // "Y Ambassador to Z X", "Y's Permanent Representative to the UN, X": an envoy serves who sent him (the host
    // after "to" is no employer: envoy.ts). Over a country a member, as ministers are.
    name: 'envoy-of',
    predicate: 'memberOf',
    confidence: 0.8,
    patterns: [
      "O:Group|Polity ?'s ?permanent|special|plenipotentiary|deputy ambassador|envoy|emissary|representative to ?the _:Place|Group ?, ?$honorific S:Person",
      // "the Y People's Republic (YPR) Ambassador to Z X": the sender's acronym in brackets.
      "O:Group|Polity ( _:Group|Polity ) ?permanent|special|plenipotentiary|deputy ambassador|envoy|emissary|representative to ?the _:Place|Group ?, ?$honorific S:Person",
    ],
  },
  {
    // "Melitopol Mayor X", "Kharkiv's mayor, X", "Kherson occupation deputy X": a town's own officials.
    name: 'city-official',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    localOffice: true,
    confidence: 0.75,
    patterns: ["O:City ?'s $title ?, S:Person", `O:City ?'s ${OFFICE_SETTING} ?${OFFICE_SETTING} S:Person`],
  },
  {
    // "Freedonian Chief of the General Staff X", "a note from Freedonian Chief of the Signal Troops X": a nationality
    // before the office of a named body is the official's country (annotation guidelines, titles: attached before; a
    // country's office: titles.ts decides leaderOf or memberOf over a country; the body's own leaderOf is
    // title-of-name's). Read golds (ISW dev, blind dev): 5 of 5 such titles opening their noun phrase annotated, at a
    // clause's start, after "and" or after a preposition ("from"), 0 of 2 after "the" ("the Freedonian Commander of
    // the Y, General X", a description): titleOpensPhrase, in place of the clause start title-before-name asked for
    // (branch known12).
    name: 'nationality-office-of-body',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    titleOpensPhrase: true,
    confidence: 0.8,
    patterns: ['O:Country $title of|for ?the _:Group $tail ?, ?$honorific S:Person'],
  },
  {
    // "Russian President X", "Finland's prime minister, X", "20th Division Commander X".
    name: 'title-before-name',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    confidence: 0.8,
    patterns: [
      "O:Group|Polity ?'s $title ?, S:Person",
      // "the top Y commander in the region, General X": where the office is held, between commas before the name.
      "O:Org $title in ?the *2 ?_:Place , ?$honorific S:Person",
      // The organization's possessive, and the area after "for" too: "the [Y Agency]'s top representative in [Z], X",
      // "[Y Group]'s director for [Z], X" (branch newsrel4: 3 on 480 stretches of unannotated wire news; the place is
      // the office's area and gets nothing: office-area.ts).
      "O:Org 's $title in|for ?the *2 ?_:Place , ?$honorific S:Person",
      "O:Org $title for ?the *2 ?_:Place , ?$honorific S:Person",
      // The name in a bracket after the office, as wire news writes it: "the [Y Council]'s secretary-general ([X])", "a
      // top [Freedonian] security official ([X])" (branch newsrel4: 3 on 480 stretches of unannotated wire news).
      "O:Group|Polity ?'s $title ( ?$honorific S:Person )",
      // The head of a country's government named after it: "the [Freedonian] government of President [X]" (wire-news
      // dev gold: leaderOf; branch newsrel4: 1 more on 480 stretches of unannotated wire news). Only a government, an
      // administration or a regime: "the [Y] party of President [X]" is party-of-person's memberOf.
      "?the O:Polity ?'s government|administration|regime of ?$title S:Person",
      // A quoted name before the office: 'the group "Y" head X', 'the "Y" channel's founder X'.
      "O:Group \"|\u201d ?'s ?$title ?, S:Person",
      // "Y Duma member (and member of Z's working group) X": a bracketed aside between the office and its holder.
      "O:Group|Polity ?'s $title ( **12 ) ?, S:Person",
      // The office's field in words of its own, no name among them: "Y Deputy Prime Minister for Transport and
      // Regional Development X", "Y Minister of Housing and Utilities X".
      // Also in apposition: "the Y Commissioner for Human Rights, X, said" (as "Y's spokesman, X," above).
      `O:Group|Polity ?'s $title of|for *5[${NOT_A_FIELD}] ?, S:Person`,
      // A field listed with commas: "Y occupation Deputy Minister for Culture, Youth, and Tourism X".
      `O:Group|Polity ?'s $title of|for *2[${NOT_A_FIELD}] , *5,[${NOT_A_FIELD}] ?, S:Person`,
      // The office in the owner's words, then its name in apposition before the holder: "Y's top uniformed
      // officer, Chief of the General Staff X" (the first office decides; the second's body is title-of-name's).
      "O:Group|Polity 's $title , ?the $honorific of|for ?the ?_:Demonym _:Group|Place $tail ?, ?$honorific S:Person",
      // The person's own title, maybe after the administration's words: "Y Oblast occupation head X".
      `O:Group|Polity ?'s ${OFFICE_SETTING} ?${OFFICE_SETTING} ?$title S:Person`,
      // "Main Intelligence Directorate (GUR) Chief X": the bracketed acronym between the body and the title.
      // (Not units: after "… of the Southern Military District (SMD)" a rank and a name follow a title.)
      "O:Org|Polity ( _:Org|Polity ) ?'s $title ?, S:Person",
      // "Y Head (YR) X", "Y's (YR) Deputy Minister X": the bracketed acronym after the title or the possessive.
      "O:Org|Polity ?'s ?( ?_:Org|Polity ?) $title ( _:Org|Polity ) ?, S:Person",
      "O:Org|Polity 's ( _:Org|Polity ) ?$title ?, S:Person",
      // "the 106th Division's deputy commanders Colonel A, Colonel B, and Colonel C": a plural office before a list;
      // each name's own title or rank decides (a rank makes it memberOf).
      "O:Group 's ?deputy|former|senior|top commanders|deputies|officers|officials|spokespeople|members ?, S:Person+",
      "O:Org|Polity ( _:Org|Polity ) ?'s S:Person",
      // "Y Movement (Ymove) Deputy Chief X", "Y Rada (parliament) deputy X": an acronym or a gloss the recognizers
      // did not name, in brackets between the body and the titled name.
      "O:Org|Polity ( *3 ) ?'s S:Person",
      // "Prime Minister X and other Y officials": "other" makes X one of the body's officials; X's own title decides.
      // ("other" is needed: "Y Foreign Minister X and Z officials" names two parties.)
      "S:Person and|, ?several|many|senior|top other|fellow ?senior|top|high-ranking O:Group|Polity ?senior|top|military|government|security|cabinet officials|leaders|ministers|commanders|lawmakers|diplomats|officers|members",
    ],
  },
  {
    // A nationality before a military formation and its office: "Freedonian Northern Military District (NMD) Commander
    // Colonel General X" serves the country as well as leading the formation (title-before-name and
    // title-after-department read that): a country's office that is no head of state's, so memberOf over the country
    // (country-office.ts). Branch rec12: the read golds mark it 2 of 2 (ISW dev 1, fresh12 1), both missed before; only
    // formations, since for civil bodies the golds split ("Y Oblast Head X": 1 of 3 with the nationality). Any office:
    // "Y Eastern Group of Forces Spokesperson X" is memberOf Y as the guidelines' "Y Defense Minister X" is (branch
    // abl18: the guideline-alone golds mark it 1 of 1, the older dev gold 0 of 1; all 8 such statements on the 294
    // reports are spokespeople of a nationality's formation, right by the guidelines). rec12 had it leading offices only.
    name: 'formation-office-nationality',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    confidence: 0.8,
    patterns: [
      '$clause O:Country _:Unit $tail $title ?, ?$honorific S:Person',
      '$clause O:Country _:Unit $tail ( _:Unit ) $title ?, ?$honorific S:Person',
      // The office already read with the name (the recognizer's role).
      '$clause O:Country _:Unit $tail S:Person',
      '$clause O:Country _:Unit $tail ( _:Unit ) S:Person',
    ],
  },
  {
    // "Y Air Force Command Spokesperson X", "Y General Staff Main Operations Deputy Chief X", "Ukrainian
    // Intelligence Chief X": a command or a department of the body, named in capitalized words between the body
    // and the office (namedGap: no clause words between). The body is the one named.
    name: 'title-after-department',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    namedGap: true,
    confidence: 0.75,
    patterns: [
      `O:Group|Polity ?'s *4[${NOT_A_FIELD}] $title ?, S:Person`,
      // A committee named by its field, whose name the recognizers end before "on": "Y Council Committee on
      // Regional Legislation and State Building Head X".
      `O:Org on *6[${NOT_A_FIELD}] ?$title ?, S:Person`,
      // The office already read with the name (the recognizer's role), the department's words before it.
      `O:Group|Polity ?'s *4[${NOT_A_FIELD}] S:Person`,
      // "Y Military District (YMD) Commander X", "Y Republic (YR) First Deputy Information Minister X".
      `O:Group|Polity ( _:Group|Polity ) *4[${NOT_A_FIELD}] $title ?, S:Person`,
      `O:Group|Polity ( _:Group|Polity ) *4[${NOT_A_FIELD}] S:Person`,
    ],
  },
  {
    // "Deputy Head of the Main Operations Department of the General Staff X", "Head of the General Staff's
    // Main Operations Department, General X": an office in a department of a body is a member's of the body.
    name: 'title-of-department',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    // Below the rules that read the office itself, which win for the same pair (leaderOf/memberOf dedupe).
    confidence: 0.7,
    patterns: [
      '?the $title of|for ?the ?_:Org *4 of ?the O:Group|Place^ $tail ?, ?$honorific S:Person',
      "?the $title of|for ?the O:Group 's ?_:Org *4 ?, ?$honorific S:Person",
    ],
  },
  {
    // "X was appointed commander of Y in 2022", "X, who was named acting head of Y", "Moscow appointed X as the
    // governor of Y": an appointment states the office (dated where the clause is).
    name: 'appointed-as',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    notRelativeAgent: true,
    confidence: 0.8,
    patterns: [
      // The appointed one: the office follows the verb at once or after "as"/"to" ("was appointed commander of",
      // "named as the head of"); in "X appointed a commander of Y" an object comes first, and X did the appointing.
      // (Anchored on the verb: anchoring on "was" tried the rule at every "was" — 4% of the stage.)
      `S:Person ?, ?who *3 ${APPOINTED} as|to ?the|a|an ?post|position|role ?of ?the|a|an $title of|for|at ?the O:Group|Place^`,
      `S:Person ?, ?who *3 ${APPOINTED} $title of|for|at ?the O:Group|Place^`,
      `S:Person ?, ?who *3 ${APPOINTED} as|to ?the|a|an O:Group|Polity 's $title`,
      // The appointee before a relative clause whose agent appointed him: "X, whom Putin appointed commander of Z".
      `S:Person , whom|who ?the **4 ${APPOINTED} ?as|to ?the|a|an ?post|position|role ?of ?the|a|an $title of|for|at ?the O:Group|Place^`,
      // "appointed X as the new Y Administration Head": the body named before its office.
      // (The appointee's own earlier title may stand before the name: "appointed former Mayor of Z X as …".)
      `${APPOINTED} **6[as|to|and|,] S:Person as ?the|a|an ?new|acting|interim|first O:Group ?'s $title`,
      `${APPOINTED} S:Person ?as|to ?the|a|an ?post|position|role ?of ?the|a|an $title of|for|at ?the O:Group|Place^`,
    ],
  },
  {
    // "Colonel X (58th Combined Arms Army)": the bracket names the formation the person serves in.
    name: 'person-parenthetical-group',
    predicate: 'memberOf',
    byRole: true,
    confidence: 0.7,
    patterns: ['S:Person ( ?the ?_:Demonym O:Group )'],
  },
  {
    // "X has replaced General Y as acting commander of Z": both held the office.
    name: 'replaced-as',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    confidence: 0.75,
    patterns: [
      `S:Person ?$aside ?, *3 replaced|replaces|replacing|replace|succeeded|succeeds|succeeding|succeed ?$honorific S:Person as ?the $title of|for ?the ${BODY_QUALIFIER} O:Group|Place^`,
      "S:Person ?$aside ?, *3 replaced|replaces|replacing|replace|succeeded|succeeds|succeeding|succeed ?$honorific S:Person as ?the O:Group|Polity ?'s $title",
      // "Y replaced X with Z as commander of W", "the replacement of X by Z as head of W": both held the office.
      `replaced|replaces|replacing|replace|replacement ?of ?$honorific S:Person with|by ?$honorific S:Person as ?the $title of|for ?the ${BODY_QUALIFIER} O:Group|Place^`,
    ],
  },
  {
    name: 'commands-verb',
    predicate: 'leaderOf',
    confidence: 0.75,
    patterns: [
      // "X, who heads Y", "X has commanded A, B, and C": a relative clause, and a career as a list.
      'S:Person ?, ?who *3 commands|commanded|command|commanding|leads|led|lead|leading|heads|headed|head|heading ?the O:Group|Polity^+',
      // "X led the leftist Y movement": words of its politics between the article and the body, then its kind (a
      // kind is required: "X led the attack on Y" names no body).
      'S:Person ?, ?who *3 leads|led|lead|leading|heads|headed|head|heading the *2 O:Org movement|party|faction|group|militia|organization|insurgency',
      // (Not one still to come: "X will take command of Y".)
      `S:Person *3[${NOT_YET_WORDS}] in|took|takes|assumed|assumes|assume|take command|charge|control of ?the O:Group^`,
      // "X took over the leadership of Y", "X assumed the leadership of Y" (branch defence8: armed groups' successions).
      `S:Person *3[${NOT_YET_WORDS}] took|takes|assumed|assumes|assume|take ?over the leadership|command|helm of ?the O:Group^`,
      'command of ?the O:Group *4 to S:Person',
      // "the 58th Army, under the command of Major General X, …".
      'O:Group $tail ?, ?which|who ?is|was|were|are|remains|remained under ?the command|leadership of ?$honorific S:Person',
      // "the 1st Tank Army under Lieutenant General X withdrew": a formation under a named officer is his command.
      'O:Unit $tail ?, under ?$honorific S:Person',
    ],
  },
  {
    // "X, who serves in the 1st Brigade", "X, a soldier with the Y Battalion", "X served in the Y before …":
    // serving in a formation is belonging to it, whatever the rank or post in it ("a commander in the Y
    // Group" leads a part of it, not the whole).
    name: 'serves-in',
    predicate: 'memberOf',
    confidence: 0.75,
    patterns: [
      `S:Person ?, ?who ?had|has|have ?${HOLDING_ADVERBS} ?been ?${HOLDING_ADVERBS} serves|served|serving|fought|fights|fighting in|with|within ?the ?_:Demonym O:Unit|ArmedOrg`,
    ],
  },
  {
    name: 'serves-in-title',
    predicate: 'memberOf',
    requireRole: true,
    confidence: 0.75,
    patterns: ["S:Person , ?a|an|the ?_:Demonym $title in|with|within ?the ?_:Demonym O:Unit|ArmedOrg"],
  },
  {
    name: 'person-possessive-unit',
    predicate: 'leaderOf',
    confidence: 0.6,
    patterns: ["S:Person 's ?\"|\u201c O:Unit"],
  },
  // ── memberOf ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'person-joined',
    predicate: 'memberOf',
    confidence: 0.7,
    patterns: ['S:Person *2 joined|joins|join|rejoined ?the O:Group'],
  },
  {
    name: 'person-of-group',
    predicate: 'memberOf',
    confidence: 0.6,
    // "from" only ties a person to a unit ("Sergeant X from the 14th Brigade"); "a call to X from the EU" is no membership.
    // (A party's standing may stand before its name: "X, of the opposition Y Party,"; so may the group's nationality and
    // kind: "Lieutenant X of the Freedonian PMC Y Group".)
    patterns: ['S:Person ?, of ?the ?_:Demonym ?ruling|governing|opposition|pmc O:Group', 'S:Person ?, from ?the O:Unit'],
  },
  // ── partOf ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'unit-of-unit',
    predicate: 'partOf',
    confidence: 0.85,
    patterns: [
      // (Through an owner's possessive to the formation itself: "the 4th Division of the Y District's 1st Army".) A
      // lower-case echelon after a code names no unit of its own: "the BARS-N detachment of the Y Group" (branch unit18).
      'S:Unit ?detachment|detachments|battalion|battalions|regiment|regiments|company|companies of|from ?the *1 O:Unit|Org^',
      // "the 3rd Battalion of the DNR's 105th Regiment": the owner's possessive before the formation.
      "S:Unit of|from ?the _:Polity 's O:Unit|Org",
      // "the 5th Brigade of the Y People's Republic 1st Army Corps": the owner's name as a modifier.
      'S:Unit of|from ?the _:Polity ?( ?_:Polity ?) O:Unit',
      // "the 7th Army Corps (AC) within the Y Military District"
      'S:Unit $tail within ?the O:Unit|Org',
      // "the 1st and 2nd Battalions, both of the 9th Brigade", "A and B, all from the Eastern Military District"
      'S:Unit+ , both|all of|from ?the O:Unit|Org',
      // "the 9th Division and its 33rd Regiment"
      'O:Unit and its S:Unit',
    ],
  },
  {
    // "the 29th, 35th, and 36th Armies of the Eastern Military District": a complement after the last conjunct
    // of a closed list names each one (unit-of-unit reads the last).
    name: 'units-of-unit',
    predicate: 'partOf',
    closedList: true,
    confidence: 0.8,
    patterns: ['S:Unit+ of|from ?the O:Unit|Org'],
  },
  {
    name: 'unit-possessive',
    predicate: 'partOf',
    confidence: 0.85,
    // "the 1st Army's 4th and 47th Divisions": each of a list after the owner's possessive.
    patterns: ["O:Unit|Org 's S:Unit+"],
  },
  {
    // "37th Brigade (36th Army, Eastern Military District)": each item is part of the next.
    name: 'unit-parenthetical',
    predicate: 'partOf',
    confidence: 0.8,
    patterns: [
      'S:Unit ( O:Unit|Org',
      // An article may open a bracket that only names the owner: "the 9th Army Corps (the Armed Forces of the Y Republic)";
      // not one that opens a clause ("(the Y General Staff reported …)").
      'S:Unit ( the O:Unit|Org )',
      '_:Unit ( S:Unit ?, O:Unit|Org',
      // "A (of the B, C)", "A (part of the B, C)": the bracket's chain read on after "of the" (A → B: unit-part-of).
      '_:Unit ( ?part|elements|subordinate ?of|to|from ?the S:Unit , O:Unit|Org',
      // "51st Army (CAA, formerly the 1st Army Corps [AC], Southern Military District [SMD])"
      'S:Unit ( ?_:Unit ?, formerly|previously ?known ?as ?the _:Unit|Org $tail , O:Unit|Org',
    ],
  },
  {
    name: 'unit-part-of',
    predicate: 'partOf',
    confidence: 0.8,
    ownBracket: true,
    patterns: [
      // "the 137th Regiment (subordinate to the 106th Division)"
      'S:Unit ( ?directly subordinate|subordinated|attached|assigned|belonging|part to|of ?the O:Unit|Org^',
      // "the A and B regiments (of the 3rd Division)", "A (both of the 3rd Division)": the bracket owns each of the list.
      'S:Unit+ ( ?both|all of|from ?the ?_:Polity ?\'s O:Unit|Org $tail )',
      // "A (of the B, C)", "A (of the B of the C Command)": a single unit's bracket, however it goes on after B.
      "S:Unit ( of|from ?the ?_:Polity ?'s O:Unit|Org",
      // "the 1st Army, which comprises the 4th and 47th Divisions", "the 1st Army's units, including its 4th Division".
      "O:Unit $tail ?, ?which|that *2 comprises|comprised|comprising|includes|included|including|consists|consisted|consisting ?of ?the|its S:Unit+",
      // "A and B are now under the operational command of Russia's Y", "A and B are officially a part of Y".
      `S:Unit+ $tail *3[${NOT_YET_WORDS}] under ?the ?operational|direct|overall|unified command|control of ?the ?_:Polity ?'s O:Unit|Org`,
      `S:Unit+ $tail *4[${NOT_YET_WORDS}] part of ?the ?_:Polity ?'s O:Unit|Org`,
      // (Not one it is only to become: "the regiment that will be an element of Y".) A gap opens only after a comma
      // or a relative pronoun; right after the unit only copulas and adverbs stand, so in "X attacked elements of Y"
      // X is the actor, not a part of Y. "Y's Z" names Z (the owner's partOf is unit-possessive's).
      `S:Unit $tail , ?which|that *4[and|or|${NOT_YET_WORDS}] ${PART_NOUNS} of|to ?the ?_:Polity ?'s O:Unit|Org^`,
      `S:Unit $tail which|that *4[and|or|${NOT_YET_WORDS}] ${PART_NOUNS} of|to ?the ?_:Polity ?'s O:Unit|Org^`,
      `S:Unit $tail ?${PART_COPULAS} ?been ?${HOLDING_ADVERBS} ?a|an|the ${PART_NOUNS} of|to ?the ?_:Polity ?'s O:Unit|Org^`,
      // "The 2nd Division is one of four divisions of the 1st Army": one of a counted set of the owner's formations.
      `S:Unit $tail ${PART_COPULAS} one of ?the ?two|three|four|five|six|several|many|its ?${ECHELON_PLURALS} of ?the ?_:Polity ?'s O:Unit|Org^`,
    ],
  },
  // ── formerlyKnownAs ──────────────────────────────────────────────────────────────────────
  {
    name: 'formerly',
    predicate: 'formerlyKnownAs',
    confidence: 0.85,
    patterns: [
      'S:Any ?, ?( ?_:Any ?, ?which ?was ?is formerly|previously|once ?known ?called ?named ?as ?the O:Any',
      'O:Any *3 renamed|rebranded|reorganized ?itself ?as|to|into ?the S:Any',
    ],
  },
  // ── locatedIn ────────────────────────────────────────────────────────────────────────────
  {
    name: 'place-comma-area',
    predicate: 'locatedIn',
    containment: true,
    notInList: true,
    confidence: 0.8,
    // "Lviv, western Ukraine", "X, southern Y Oblast": a bearing may say where in the wider place; "Kazan, Republic
    // of Tatarstan" where the recognizers named the republic without its kind.
    patterns: [`S:Place , ?the ?${COMPASS} ${HELD} ?republic ?of O:Area`],
  },
  {
    // "in Berdyansk and Melitopol, Zaporizhia Oblast": the region locates both towns.
    name: 'places-comma-area',
    predicate: 'locatedIn',
    containment: true,
    confidence: 0.75,
    // "in A, B, and C, Y Oblast": a list closed by "and" before the region, each of it (containment keeps the smaller places).
    patterns: ['S:Place and S:Place , O:Area', 'S:City+ , and|or S:City , O:Area'],
  },
  {
    name: 'place-in-area',
    predicate: 'locatedIn',
    containment: true,
    confidence: 0.8,
    patterns: [
      // Each place of a list before "in": "near A, B (5km west of C), and D in Z Oblast" — containment keeps only
      // places smaller than Z and in its country.
      `S:Place+ $tail in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
      // "A, B, and C areas in Z Oblast", "the A direction in Z Oblast": the places named as areas lie in Z all the same.
      // "X province in southern Y": wire news keeps a lowercase designator outside the place's span.
      `S:Place+ $tail area|areas|direction|directions|province|provinces|region|regions|district|districts in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
      // "the Antonivsky Bridge in Kherson City", "the X Nuclear Power Plant (NPP) in occupied Y": a site in a town.
      `S:Site $tail in ?the ?${COMPASS} ?part ?of ${HELD} O:City`,
      // "the Kupiansk Raion of Kharkiv Oblast"
      `S:Place of ${HELD} O:Area`,
      // "X, a suburb of Y": a site in a city (see plausiblyContained).
      'S:Place , ?a|an|the|another *2 suburb|suburbs|outskirts|district|neighborhood|neighbourhood|microdistrict of ?the O:City',
      'S:Place ?, ?the area|region|province|district|outskirts|capital|city|town|village|port|suburb|suburbs of ?the O:Area',
      // "X, a town in Y Oblast", "X, located in southern Y Oblast", "X, which is situated in Y": an apposition of kind.
      `S:Place , ?which|that ?is|was ?a|an|the ?small|large|major|frontline|border|occupied|industrial|coastal|key ?town|city|village|settlement|port|hub|suburb|district|locality ?located|situated|lying in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
      // The same with words of which one before the kind and a description after it (APPOSED_KIND).
      `S:Place , ?which|that ?is|was ?one ?of a|an|the ${BEFORE_KIND} ${APPOSED_KIND} ${AFTER_KIND} in ?the ?far ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
      `S:Place , ?which|that ?is|was a|an|the ${BEFORE_KIND} ${APPOSED_KIND} of ?the ${HELD} O:Area`,
      // "X and Y, two towns in Z Oblast": a counted apposition of kind locates each of the list.
      `S:Place+ , two|three|four|five|several towns|cities|villages|settlements ?located|situated in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
      // "the X and Y districts of Z City"; the areas and local communities of a region named by their towns alike: "the
      // A, B, and C areas of Y Oblast", "the A and B hromadas of Y Raion" (on the 294 ISW reports: 7 statements, 7 right).
      `S:Place+ district|districts|neighborhood|neighborhoods|neighbourhoods|microdistrict|microdistricts|area|areas|hromada|hromadas|raion|raions|community|communities of ?the ${HELD} O:City|Area`,
      // "X and Y, both in Z Oblast": the region locates each of the list.
      `S:Place+ , both|all ?located|situated in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
      // "the Kharkiv Oblast town of X".
      'O:Area town|city|village|villages|settlement|settlements|towns|port|suburb|district of S:Place+',
      // "X, near Y in southern Z", "X, 10km west of Y in Z": Z holds Y and X alike (a distance and a bearing only
      // between: in "gains south of X, and remained stuck near Y in Z" a new clause is about Y alone).
      `S:Place , *3[and|or|but|while|whereas|which|that|where] near|outside|of _:Place in ?the ?${COMPASS} ?part ?of ?the O:Area`,
      // "A, B, and C along the T1234 highway in northern Z Oblast": a road (no entity) between the places and their region.
      `S:Place+ $tail along|on|near ?the *2 highway|road|railway|railroad in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
      // "the city of Y, in which the X plant is located", "Y, where the X base is situated": a relative clause of place.
      `O:Place ?, in|at which|where ?the S:Place is|was|are|were ?reportedly located|situated|based`,
    ],
  },
  {
    // "in X, in the Y district of Z Oblast": the district named after its town holds X. The words say Y is a
    // district, so no containment by kind (a village and a town of the same kind in the gazetteer).
    name: 'place-in-district',
    predicate: 'locatedIn',
    confidence: 0.75,
    patterns: [`S:Place , in the O:City|Place district|raion|hromada|municipality`],
  },
  {
    // "Velykyi Burluk (Kharkiv Oblast)", "X (in occupied Y Oblast)".
    name: 'place-parenthetical-area',
    predicate: 'locatedIn',
    containment: true,
    confidence: 0.8,
    // "X (eastern Y Oblast)"
    patterns: [
      `S:Place ( ?in ?the ?${COMPASS} ${HELD} O:Area`,
      // "X (Russia's occupied territory in Y)", "X (10km north of Z in Y Oblast)": a description inside the brackets ending "in Y".
      `S:Place ( **5[)|(|and|or|not|toward|towards|from] in ?the ?${COMPASS} ${HELD} O:Area )`,
      // A list the brackets locate as a whole: "A, B, and C (all in Y Oblast)", "A and B (both in northern Y)".
      `S:Place+ ( all|both ?located|situated in ?the ?${COMPASS} ${HELD} O:Area`,
    ],
  },
  {
    // "X (in A, not B Oblast)": a town told apart from its namesake by its region, which may be named like its
    // capital ("in Kharkiv, not Luhansk Oblast"), so no containment by kind: the contrast says A is a region.
    name: 'place-disambiguated',
    predicate: 'locatedIn',
    confidence: 0.8,
    patterns: ['S:Place ( in ?the O:Place ?oblast|region|province , not ?in ?the _:Place ?oblast|region|province )'],
  },
  {
    // "Zaporizhia Oblast's Vasylivka", "Mariupol's Azovstal Steel Plant" (a site in a city: see plausiblyContained).
    name: 'place-possessive',
    predicate: 'locatedIn',
    containment: true,
    confidence: 0.75,
    patterns: ["O:Area|City 's S:Place"],
  },
  {
    name: 'place-on-coast',
    predicate: 'locatedIn',
    containment: true,
    confidence: 0.7,
    patterns: ["S:Place ?near|outside|by|north|south|east|west|of ?_:Place ?, on|along ?the O:Area 's coast|shore|shores|coastline|border|bank"],
  },
  {
    name: 'org-in-place',
    predicate: 'locatedIn',
    confidence: 0.65,
    // An armed organization "in X" operates there (rules/presence-rules.ts); it is based only where the text says so.
    patterns: [
      'S:Org ?, ?which ?is based|headquartered|located|seated in O:Place',
      'S:CivilOrg ?, which ?is in O:Place',
      'S:CivilOrg is in O:Place',
      // A bare "X in Y" with a country is mostly where X acts, not where it sits: "fighting NATO in Ukraine", "agencies
      // like Rosatom in occupied Ukraine", "the UN monitoring mission in Ukraine" (the dev gold marks none).
      // (Not an organization an action is against: "an offensive against X in Y" — stage.ts, targeted-org.ts.)
      'S:CivilOrg in O:City|Region',
      // "the Georgia-based outlet X", "Y-based independent Russian-language news agency X", 'the Y-based “X Foundation”': words
      // that say what the organization is, a language's nationality among them; none that opens a clause or a phrase ("a
      // Y-based platoon that blamed X", "Y-based bloggers said the X": X is not the one based there).
      `O:Place - based|headquartered *3[${NOT_A_DESCRIPTION}] ?_:Demonym ?- *3[${NOT_A_DESCRIPTION}] ?\u201c|" S:Org`,
      // "the Y Oblast local outlet X", "Y's regional broadcaster X": an outlet named by its place.
      "?the O:Place ?'s ?local|regional|independent|state|state-run|opposition|city outlet|newspaper|broadcaster|channel|publication|website S:Org",
    ],
  },
  // ── allyOf ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'ally-of',
    predicate: 'allyOf',
    confidence: 0.8,
    patterns: [
      'S:Person|Group|Polity *2 was|is|are|were|remains|remained|been|became|becomes ?a|an|the ?key|close|staunch|main|major|important|longtime|long-time|traditional|strategic|loyal|firm ally|allies of|to ?the O:Person|Group|Polity',
      'S:Person|Group|Polity *2 allied|aligned with ?the O:Person|Group|Polity',
      "O:Person|Group|Polity 's ?key|close|staunch|main|major|longtime|traditional|strategic ally S:Person|Group|Polity",
    ],
  },
  // ── operatesIn ───────────────────────────────────────────────────────────────────────────
  {
    name: 'unit-action-at-place',
    predicate: 'operatesIn',
    // Talks held at a place are no operation there ("the X held talks with Y officials in Z": a delegation's trip; branch defence8).
    blockers: ['talks', 'negotiations', 'consultations'],
    subjectActs: true,
    atThePlace: true,
    confidence: 0.75,
    patterns: [
      // A nationality may qualify what the unit acts on: "shelled Ukrainian positions near Y".
      `S:Unit|ArmedOrg+ $tail ?$aside ?( ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // A unit and a force named by its side only, as one actor: "Wagner Group units and Ukrainian troops are fighting on
      // the outskirts of X", "elements of the 155th Brigade and the DNR 7th tactical formation advanced southeast of X"
      // (the gap before the verb passes plain words only, so the side's name stopped these). The unit opens its clause,
      // maybe after a noun of its people: "entered the base of the X's 12th Brigade and DNR forces seized Y" has the
      // brigade only as what another acted on.
      `$clause ?${UNIT_HEADS} ?of|from ?the ?_:Demonym S:Unit|ArmedOrg+ $tail ?${UNIT_HEADS} ${CO_ACTOR} ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // The place after a longer locative phrase: "fighting enemy forces in the vicinity of X", "captured three
      // strongholds in unspecified areas near X", "struck positions at an unspecified location in X".
      // A part named by its bearing ("broke through defenses in the eastern part of X", "fighting on the southern outskirts
      // of X"): 3 such misses with a unit in the 262 non-test ISW reports (branch iswmove3).
      `S:Unit|ArmedOrg+ $tail ?$aside ?( ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} in|on|at ?the|an|a ?unspecified ?${COMPASS} vicinity|outskirts|area|areas|location|locations|${PART_OF_PLACE} of|near|in|around ?the O:Place+>`,
      // A participle clause of time says where the unit was: "suffered heavy losses over the past weeks while operating in
      // X", "withdrew to Y to restore combat capability after fighting in X" (not "before": still to come).
      `S:Unit|ArmedOrg+ $tail ?$aside *8[that|which|who|whom|where|but|and|or|will|would|may|might|could] while|when|after|during operating|fighting|defending|attacking|advancing|deployed|stationed|serving|holding *2 in|near|around|at|on|along ?the O:Place+>`,
      // A relative clause of the unit: "the 25th Army, which is operating near X, …", "the units that had been
      // operating in X", "A, B and C, all of which fought around X".
      `S:Unit|ArmedOrg+ $tail ?, which|that|who ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      `S:Unit|ArmedOrg+ $tail , all|both|each|some|most|many|several of which|whom ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // A head noun between the unit and its relative clause: "a BARS-13 reservist detachment that was occupying positions
      // near X", "Wagner Group units that fought in X".
      `S:Unit|ArmedOrg+ $tail ?reservist|volunteer|assault|tank|artillery|infantry|airborne|special|mobilized ${UNIT_HEADS} ?, which|that|who ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // A group reporting on its own people: "the X Ministry stated that its personnel are operating in A and B", "the
      // 9th Brigade said that its troops repelled attacks near Y" ("its" can only be the group that opens the clause).
      `S:Unit|Org+ $tail ?$aside *3[that|which|who] stated|said|reported|claimed|announced|noted|added|confirmed that its|their ${GROUP_PEOPLE} ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // What a unit goes on doing at a place: "continued to withdraw from X", "continue to maintain defensive positions near X".
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} ${GOING_ON} to ${ONGOING_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // Going on trying it, the place maybe on a part of it: "were continuing to attempt to push through Ukrainian positions on the
      // outskirts of X" (an attempt made at a place puts the unit there).
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} ${GOING_ON} to attempt|try to ${ONGOING_ACTIONS} ${AFTER_ACTION} ?in|on|at|near ?the|an|a ?unspecified ?vicinity|outskirts|area|areas ?of O:Place+>`,
      // Going on with (or opening) operations at a place: "continued unspecified offensive operations along the X line",
      // "launched ground attacks near X", and from it: "continued offensive operations from X towards Y" (the unit is at
      // X: a miss of batch fresh11; the place headed for is the attack rules' and event-presence's).
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} continued|continues|continue|continuing|resumed|resumes|resuming|launched|launches|launching|intensified|intensifying *3[${CLAUSE_OPENERS}] operations|offensive|offensives|attacks|assaults|counterattacks|counteroffensives|fighting|combat|defense|defenses|shelling|strikes *2[${CLAUSE_OPENERS}] in|near|around|along|on|at|outside|from ?the ?${COMPASS} ?vicinity|outskirts|area ?of ?the O:Place+>`,
      // A "where" clause's place is its head noun's: "… near X, where the 14th Brigade is operating".
      `O:Place+ $tail , where ?elements|units|servicemen|troops|forces ?of ?the S:Unit|ArmedOrg+ $tail ${NOT_YET} ${UNIT_ACTIONS}`,
      // A unit's zone: "forces in the 58th Army's area of responsibility near X", "the 35th Army's AOR in X".
      `S:Unit+ 's|' ?area|zone|sector ?of responsibility|operations|AOR *3 in|near|around|along|on ?the O:Place+>`,
      // "the 14th Brigade, operating near X, …": a participle aside places the unit too (the comma is optional
      // so that the pattern anchors on the participle: anchored on the comma it cost 70 ms per 150 reports).
      `S:Unit|ArmedOrg+ $tail ?, ?reportedly|likely|still|currently|previously|formerly|earlier|initially|originally|heavily|badly|severely operating|fighting|advancing|attacking|defending|holding|deployed|stationed|based|positioned|degraded|damaged|depleted|attrited *2 in|near|around|along|outside|at|on ?the O:Place+`,
      // Moving on after the first phrase: "fought in X before redeploying to Y", "… and, after regrouping, moved to Y".
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} ${UNIT_ACTIONS} ${AFTER_ACTION} ?_:Place+ *3[${CLAUSE_OPENERS}|and|to] before|after|then redeploying|deploying|moving|relocating|transferring|returning|advancing|withdrawing *2[${CLAUSE_OPENERS}] to|into ?the ?${COMPASS} O:Place+`,
      // A fronted clause of time says where the unit it precedes was: "After withdrawing from X, the 5th Brigade
      // regrouped in Y", "While fighting near X, the 4th Regiment suffered heavy losses".
      `$clause after|following|while|when|before operating|fighting|withdrawing|retreating|advancing|attacking|defending|holding|capturing|seizing|clearing|entering *3[${CLAUSE_OPENERS}|and|to] in|near|from|around|at|on|outside ?the ?${COMPASS} ?vicinity|outskirts|area ?of ?the O:Place+ *4[${CLAUSE_OPENERS}|and|to] , ?the|elements|units|troops ?of ?the ?_:Demonym S:Unit|ArmedOrg+`,
      // Losses taken at a place put a unit there, however the losses are described: "suffered up to 40% losses of
      // personnel and equipment in X", "have taken heavy losses near A, B, and C", "which suffered significant losses
      // during protracted operations for control of X".
      `S:Unit|ArmedOrg+ $tail ?, ?which|that|who ${NOT_YET} ${LOSS_VERBS} *4 losses|casualties *6[${LOSS_GAP_STOPS}] in|near|around|at|outside|along|of|on ?the ?vicinity|outskirts|area ?of ?the O:Place+>`,
      // Holding off an attack on a place is being there, however far the attack's place is described: "fighters of the
      // 11th Regiment repelling a Ukrainian attack on the southwestern outskirts of X near Y".
      `S:Unit|ArmedOrg+ $tail ?$aside ?( ${NOT_YET} repelled|repelling|repulsed|repulsing|repel|repels ?a|an|the|all|several|multiple|two|three ?_:Demonym *2 attack|attacks|assault|assaults|counterattack|counterattacks|advance|advances|attempts on|near|at|around|against|in ?the ?${COMPASS} ?outskirts|vicinity|edge|approaches ?of ?the O:Place+>`,
      // "… active on the western bank of the X River, particularly in the Y area": the narrower place too.
      `S:Unit|ArmedOrg+ $tail ?$aside ?( ${NOT_YET} ${UNIT_ACTIONS} *4 ?_:Demonym *3 _:Place ?area|region|direction|bank|outskirts , particularly|especially|mainly|primarily|notably|including in|near|around ?the O:Place+`,
    ],
  },
  {
    // A unit's post, grouping or materiel at a place puts the unit there, mostly named as a strike's target: "struck a
    // command post of the 58th Army in X", "destroyed two control points belonging to the 76th Division in X",
    // "inflicted losses on a BTG of the 59th Regiment at an unspecified location in X". Anchored on these rare nouns:
    // anchored on the verbs of striking, the rule cost the relations stage 10% (relbench B/A 1.096 against 0.997).
    name: 'unit-post-at-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.7,
    patterns: [
      // "during a strike on X": where the post was hit.
      // The place may take a bearing word: "struck a command post of the 49th Army in an unspecified location in southern X".
      `${UNIT_POSTS} of|belonging ?to ?the ?_:Demonym S:Unit|ArmedOrg+ $tail *4[${NOT_AT_THE_POST}] in|near|around|at|outside|on ?the ?vicinity|outskirts ?of ?the ?${COMPASS} O:Place+`,
      // The unit named before its post, as a possessive or a modifier: "the 5th Brigade's command post in X", "a
      // Wagner Group ammunition depot near X", "the 22nd Army Corps headquarters in X".
      `S:Unit|ArmedOrg $tail ?'s *2 ${UNIT_POSTS} *4[${NOT_AT_THE_POST}] in|near|around|at|outside|on ?the ?vicinity|outskirts ?of ?the O:Place+`,
      // A post the unit keeps or sets up: "the Wagner Group reportedly maintains a headquarters in X".
      `S:Unit|ArmedOrg $tail ?$aside ${NOT_YET} maintains|maintained|maintain|has|had|have|established|establishes|set|sets|opened|opens|built|builds ?up ?a|an|its|their|new|several|a ?new ?forward|field|command ${UNIT_POSTS} in|near|around|at|outside ?the ?vicinity|outskirts ?of ?the O:Place+`,
      // The unit named with its country's possessive: "ammunition depots of X's 22nd Army Corps in Y".
      `${UNIT_POSTS} of|belonging ?to ?the _:Country 's S:Unit|ArmedOrg+ $tail *4[${NOT_AT_THE_POST}] in|near|around|at|outside|on ?the ?vicinity|outskirts ?of ?the O:Place+`,
    ],
  },
  {
    name: 'unit-sent-to-place',
    predicate: 'operatesIn',
    subjectActs: true,
    confidence: 0.7,
    patterns: [
      // A sending told by its noun: "the redeployment of the A, B, and C regiments to X and Y".
      `${SENDING_NOUNS} of ?the *3 S:Unit|ArmedOrg+ $tail *2 to|into ?the *2 O:Place+^`,
      // A word or two may qualify the place: "transferred elements of the 76th Division to the vulnerable X sector".
      `${UNIT_SENDING} *5 S:Unit|ArmedOrg+ $tail *3 to|into|toward|towards ?the *2 O:Place+^`,
      // Sent to do something at the place, which is where it went: "sent elements of the 5th Brigade to reinforce
      // positions near X", "the 9th Regiment was deployed to support operations in X" (not "to capture X": a purpose of
      // taking, which may never be carried out).
      `${UNIT_SENDING} *5 S:Unit|ArmedOrg+ $tail ?$aside ?from ?the ?_:Place+ ?${PLACE_NOUN} to ${SENT_PURPOSE} in|near|around|at|along|on ?the ?${COMPASS} ?vicinity|outskirts|area ?of ?the O:Place+^`,
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}|ready|expected|set|to] ${UNIT_SENDING} ?back ?from ?the ?_:Place+ ?${PLACE_NOUN} to ${SENT_PURPOSE} in|near|around|at|along|on ?the ?${COMPASS} ?vicinity|outskirts|area ?of ?the O:Place+^`,
      // "transferred elements of the 7th Division from the X direction to the Y direction": where it went.
      `${UNIT_SENDING} *5 S:Unit|ArmedOrg+ $tail from ?the ?_:Place+ $tail *3 to|into|toward|towards ?the ?${COMPASS} O:Place+^`,
      `from ?the S:Unit|ArmedOrg+ $tail to|into|toward|towards ?the ?${COMPASS} O:Place+^`,
      // Where a unit was REdeployed from, it operated: "redeployed the 5th Brigade from X to Y" (the dev gold marks both;
      // not "deployed from X", the unit's home: home-origin.ts; nor "transferred from the X direction", which
      // test/relations/unit-presence.test.ts reads as the destination only).
      `redeployed|redeploying|redeploys|redeploy *5 S:Unit|ArmedOrg+ $tail from ?the ?${COMPASS} O:Place+ ?${PLACE_NOUN} *3 to|into|toward|towards`,
      // "servicemen of the 15th Regiment from X and Y to the frontline around Z": moved from home to Z.
      `S:Unit|ArmedOrg+ $tail from _:Place+ *2 to|into|toward|towards ?the *3 O:Place+^`,
      // Where a unit that left a place went: "withdrew from positions northwest of X into Y", "moved out of X and
      // into Y" (the place it left is withdrew-from's).
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}|ready|expected|set] ${UNIT_LEAVING} ?back|out from|of **6[${LEFT_PLACE_ENDS}] ?and into|to ?the ?${COMPASS} O:Place+^`,
      // The unit sends its own people: "the U Group is sending fighters, among them senior leaders, to eastern X".
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}|ready|expected|set|to] ${UNIT_SENDING} ?additional|more|new|its|their ?own forces|troops|personnel|fighters|mercenaries|reinforcements|reserves|servicemen ?$aside to|into ?the ?${COMPASS} O:Place+^`,
      // "the 45th Brigade was redeployed from X to Y", "has been transferred back to Y": where it went.
      // (Not one only planned or readied: "is preparing to deploy to Y", "will be sent to Y".)
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}|ready|expected|set|to] ${UNIT_SENDING} ?back ?from ?the ?_:Place+ $tail *3[${NOT_A_DESTINATION}] to|into|toward|towards ?the ?${COMPASS} O:Place+^`,
    ],
  },
  {
    name: 'unit-among-forces',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.7,
    // "Russian forces, including elements of X, shelled Y": the unit named in the aside took part.
    // "Russian forces (including the A and B) continued attacks near C": the aside may be bracketed.
    patterns: [
      // The aside may end in a noun of the unit's people ("including Wagner Group mercenaries, continued …") or a dash.
      // What the force does to the unit is no membership: "objectives including destroying the 1st Army, capturing X".
      `including|among|namely|alongside **4[${NOT_MEMBER}] S:Unit|Org+ $tail *2 ,|)|\u2014|\u2013 *2[${NOT_YET_WORDS}] ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // Or digs in there: "Russian troops, likely including elements of the 3rd Division, are preparing defenses in X and
      // Y" (branch iswops5: read as a miss in a fresh sample of 60 paragraphs; "preparing" stops the gap above, as a plan).
      `including|among|namely|alongside **4[${NOT_MEMBER}] S:Unit|Org+ $tail *2 ,|)|\u2014|\u2013 *2[${NOT_YET_WORDS}] ${DIGGING_IN}`,
      // The unit joined to the force by "along with": "Russian and proxy forces, along with Wagner Group fighters, are
      // fighting in X" (2 such misses, with "namely", in a fresh 600-paragraph sample).
      `along|together with **4[${NOT_MEMBER}] S:Unit|Org+ $tail *2 ,|)|\u2014|\u2013 *2[${NOT_YET_WORDS}] ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // A dash-delimited aside may say more of its units: "Russian forces—including the 1st Division, which fought near
      // Y last year—repelled attacks near X" (the dashes bound it).
      `\u2014|\u2013 including|among **4[${NOT_MEMBER}] S:Unit|Org+ $tail ?, ?which|that|who **10[\u2014|\u2013|;|:] \u2014|\u2013 *2[${NOT_YET_WORDS}] ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // The force named as (likely) elements of a unit: "Russian forces, likely elements of the 8th Army, are advancing on X".
      // Also of smaller groupings: "two batteries, likely in part from the 20th Army's 448th Brigade, deployed to X".
      `forces|troops|units|btgs|batteries|battalions|detachments|formations|groups ,|(|\u2014|\u2013 likely|reportedly|probably|possibly|mainly|mostly|primarily|predominantly ?in ?part ?elements|units|parts|troops ?of|from ?the S:Unit|ArmedOrg+^ $tail *2 ,|)|\u2014|\u2013 *2[${NOT_YET_WORDS}] ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // A force whose units are named in brackets acts with them: "four BTGs (two each from the A and the B) advanced to X".
      `( *3 from|of ?the S:Unit|ArmedOrg+ $tail ) *2[${NOT_YET_WORDS}] ${UNIT_ACTIONS} ${AFTER_ACTION} O:Place+>`,
      // Reinforcements join the force they reinforce where it is: "units that had been operating in the X area were being
      // reinforced by elements of the A and B" (not a forecast: "will be reinforced").
      `operating|fighting|deployed|stationed|active|defending|positioned in|near|around|along ?the ?${COMPASS} O:Place+ ?area|region|direction|sector *5[${NOT_YET_WORDS}|that|which|who|be] reinforced|replenished|augmented|bolstered|joined by ?elements|units|troops|forces|reserves|personnel ?of|from ?the S:Unit|ArmedOrg+`,
      // Operations at a place named as led by the unit: "the pace of Russian operations around X, led by the Wagner Group, …",
      // "offensive efforts in X that have been largely led by Y's Wagner Group" (branch iswops5: read as misses on fresh
      // paragraphs; 3 such sentences with a named place in the 294 ISW reports).
      `${LED_OPERATIONS} *2[${CLAUSE_OPENERS}] in|around|near|at|on|along|outside ?the ?${COMPASS} ?vicinity|outskirts|area ?of ?the O:Place+ ?area|region|direction|sector|axis ?, ?that|which ?have|has|had|are|is|were|was ?been|being ?largely|mostly|primarily|exclusively|reportedly|likely|mainly|chiefly led|spearheaded|conducted|carried|undertaken|mounted ?out by ?the ?elements|units|forces|fighters|troops ?of ?the ?_:Person ?'s S:Unit|ArmedOrg+`,
      // "Russian forces in X, including A and B, are …": the forces' place is the units'. A participle of being there may
      // come between ("several Russian units fighting in X (including the A, B, and C)": a miss of batch fresh11).
      `forces|troops|units|grouping ?${FORCE_THERE} in|near|around|at ?the ?${COMPASS} O:Place+ ,|( ?reportedly|likely including ?the ?_:Demonym ?elements ?of ?the S:Unit|ArmedOrg+`,
      // The units of such an aside said to be based somewhere: "units (including the A, B, and C) are still
      // stationed in or near X" (a miss of batch fresh11; "based" is no action, so the first pattern leaves it).
      `including|among|namely **4[${NOT_MEMBER}] S:Unit|ArmedOrg+ $tail *2 ,|)|\u2014|\u2013 *2[${NOT_YET_WORDS}] based|stationed|garrisoned|headquartered ?directly|permanently|still|currently in|near|at|around|outside ?or|and ?in|near|at|around|outside ?the ?${COMPASS} O:Place+>`,
    ],
  },
  {
    // "the 14th Brigade is based in X", "elements of the 5th Army remain near X", "were spotted in X". The place phrase
    // goes on to the next one ("participated in combat operations in X, A Oblast, and in Y": `>`), never to a place only
    // headed for (atThePlace: "preparing for an offensive south of X towards Y" put 14 wrong statements on ISW dev).
    name: 'unit-stationed-at-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.7,
    patterns: [
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}] ${UNIT_STATES} ?reportedly|likely|still|currently|now|also|already in|near|at|around|outside|along|on ?the ?vicinity|outskirts|area|areas|direction ?of ?the O:Place+>`,
      // A relative clause of being there: "the 5th Brigade, which had arrived in X last week, …", "units that remain near X".
      // (Units only: an armed organization "which is based in X" has its seat there, org-in-place's locatedIn.)
      `S:Unit+ $tail ?, which|that|who ${NOT_YET} ${UNIT_STATES} ?reportedly|likely|still|currently|now|also|already in|near|at|around|outside|along|on ?the ?vicinity|outskirts|area|areas|direction ?of ?the O:Place+>`,
      // Taking part in a battle for a place: "participated in the Battle of X", "took part in the assault on X".
      `S:Unit|ArmedOrg+ $tail ?$aside *3 participated|participating|participates|involved|took|taking|takes ?part in ?the battle|battles|fighting|siege|defense|defence|assault|assaults|capture|offensive|encirclement|storming|seizure of|for|on|in|around ?the O:Place+>`,
      // Readying an attack from a place: "elements of the A, B and C are preparing for an offensive south of X" (where
      // they gather, not the attack's target: "an offensive on X" is no presence).
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}] ${READYING} for ?a|an|the ?new|renewed|further|major|large-scale|possible|main ${ATTACK_NOUNS} ?${COMPASS}|northeast|northwest|southeast|southwest ?of|in|near|around|at|from ?the O:Place+>`,
      // Moving through a place: "a column of the 2nd Army was seen moving through X".
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}] ${PASSING} ${THROUGH} ?the O:Place+>`,
      // Its people at work there: "participated in combat operations in X", "personnel performing a combat mission in X".
      `S:Unit|ArmedOrg+ $tail ?$aside ?${UNIT_HEADS} *3[${NOT_YET_WORDS}] ${TAKING_PART} in ${COMBAT_WORK} ${WORK_PLACE}`,
      `S:Unit|ArmedOrg+ $tail ?$aside ?${UNIT_HEADS} *3[${NOT_YET_WORDS}] ${CARRYING_OUT} ${COMBAT_WORK} ${WORK_PLACE}`,
      // "based out of X", "operating out of X".
      `S:Unit|ArmedOrg+ $tail ?$aside *3 based|headquartered|stationed|operating|operates|operated|garrisoned ?reportedly|likely|still|currently|now out of ?the O:Place+>`,
      // Being there, said with the copula: "elements of the 1st Army are likely in X", "the 4th Brigade was near X in May".
      `S:Unit|ArmedOrg+ $tail ?$aside ?units|elements|troops|forces ?that|which|who ?has|have|had are|is|was|were|been ?reportedly|likely|probably|possibly|still|currently|now|also|already in|near|around|outside ?the ?vicinity|outskirts ?of ?the O:Place+>`,
      // A hedged past of being there: "the 9th Regiment, which may have been in X, …" (a perfect after "may" is no plan;
      // annotation guidelines: hedged statements are kept; a miss of batch fresh11).
      `S:Unit|ArmedOrg+ $tail ?, ?units|elements|troops|forces ?that|which|who may|might|could ?also|well have been ?reportedly|likely|still in|near|around|outside ?the ?vicinity|outskirts ?of ?the O:Place+>`,
      // Whose positions a unit holds or reinforces may be named: "were reinforcing Russian positions around X" (no
      // bare infinitive: "formed the corps to reinforce Russian positions near X" is a purpose).
      `S:Unit|ArmedOrg+ $tail ?$aside *3 holding|held|holds|reinforcing|reinforced|reinforces|strengthening|strengthened|maintaining|maintained ?their|its ?_:Demonym ?defensive|frontline|forward positions|defenses|lines in|near|at|around|outside|along|on ?the ?vicinity|outskirts ?of ?the O:Place+>`,
      // Digging in is being there: "elements of the 1st Corps establishing defensive positions on the eastern (left) bank of X".
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} ${DIGGING_IN}`,
      // The unit as what is placed: "Russian troops are concentrating elements of the 41st Army near the outskirts of X".
      `${UNIT_PLACING} ?additional|more|new|fresh|reserve|remaining ?elements|units|parts|subunits|forces|troops|personnel ?of ?the S:Unit|ArmedOrg+ $tail ?elements|units|assets|forces|troops|personnel|subunits|equipment|aviation ?reportedly|likely|still|currently|now|also in|near|at|around|outside|along|on|throughout ?the ?${COMPASS} ?vicinity|outskirts|area|areas|direction ?of ?the O:Place+>`,
      // The unit as what others join or reinforce where it fights: "mobilized men joined the 5th Brigade in combat in X",
      // "replacements arrived to reinforce elements of the 1st Regiment in unspecified areas of X", "volunteers joined the
      // 15th Brigade to fight near X" (a forecast, "will join", is irrealis.ts's).
      `${JOINING} ?the ?depleted|remaining|existing ?elements|units|remnants|ranks|personnel|forces|troops|servicemen ?of ?the ?_:Demonym S:Unit|ArmedOrg+ $tail ?already ?in|during ?combat|fighting|battles|operations|hostilities in|near|around|at|along|on ?the ?unspecified|several|various ?area|areas|parts|sectors ?of|in|near ?the ?${COMPASS} O:Place+>`,
      `${JOINING} ?the ?depleted|remaining|existing ?elements|units|remnants|ranks|personnel|forces|troops|servicemen ?of ?the ?_:Demonym S:Unit|ArmedOrg+ $tail to fight|operate|serve|defend|hold ?positions in|near|around|at|along|on ?the ?${COMPASS} O:Place+>`,
      // A unit named by its home: "the Novosibirsk-based "Vega" Volunteer Battalion", "the Crimean-based Black Sea Fleet".
      // (The quoted part of the name is often left out of the unit's mention.)
      `O:Place - based ?“|”|" *3 ?“|”|" S:Unit|ArmedOrg`,
      // "the 35th Army is responsible for the X direction", "… for the defense of X" (a miss of batch fresh11; 2 units so
      // in the 294 ISW reports), "… for defending X"; not a duty to come ("will be responsible for …").
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}] responsible for|covering|covers|cover ?the ?defense|defence|protection|security|holding ?of ?the O:Place+>`,
      `S:Unit|ArmedOrg+ $tail ?$aside *3[${NOT_YET_WORDS}] responsible for defending|holding|securing|protecting ?the O:Place+>`,
    ],
  },
  {
    // The bare "the 5th Brigade's units in X" reads no second phrase: "the command post of the 5th Brigade in X and an
    // ammunition depot in Y" names another target at Y (1 wrong statement on the 294 ISW reports).
    name: 'unit-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    patterns: [
      // "Black Sea Fleet commanders in X", "the 3rd Army Corps' units near X": the unit's people or parts there.
      `S:Unit $tail ?'s ?${PRESENCE_NOUNS} in|near|around|outside ?the ?vicinity ?of O:Place+`,
      // "servicemen of the 126th Brigade in an unspecified location in X", "the 5th Brigade's positions at an unspecified
      // area near X".
      `S:Unit|ArmedOrg $tail ?'s ?${PRESENCE_NOUNS} in|at an|a|the unspecified|unknown|undisclosed location|locations|area|areas|point|settlement in|near|of|around ?the ?${COMPASS} O:Place+`,
      // The same with a bearing word before the place: "the 3rd Corps' units in northeastern X".
      `S:Unit $tail ?'s ?${PRESENCE_NOUNS} in|near|around|outside ?the ${COMPASS} O:Place+`,
      // A unit's part in a battle for a place: "the X Group's role in capturing Y", "the involvement of the Baltic
      // Fleet in the battle of Y", "the 4th Brigade's participation in the defense of Y".
      `S:Unit|ArmedOrg $tail 's ?${PART_WEIGHT} ${UNIT_PART_IN} in ${WAR_WHOSE} ${WAR_FOR} ?of|for|on|in|around|near ?the O:Place+>`,
      `${UNIT_PART_IN} of ?the S:Unit|ArmedOrg+ $tail in ${WAR_WHOSE} ${WAR_FOR} ?of|for|on|in|around|near ?the O:Place+>`,
      // Committed to a fight: "the commitment of the X Fleet's marines to the fight around Y".
      `commitment|commitments of ?the S:Unit|ArmedOrg+ $tail ?'s *2 to ${WAR_WHOSE} ${WAR_FOR} ?of|for|on|in|around|near ?the O:Place+>`,
      // Playing a part: "Y units still play an outsized role in Z operations in X", "X forces are
      // serving a mostly attritional role in operations near Y".
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} play|plays|played|playing|serve|serves|served|serving ?a|an|the ${PART_WEIGHT} role|part in ${WAR_WHOSE} ${WAR_FOR} ?of|for|on|in|around|near ?the O:Place+>`,
      // The unit's grounds: "the 1st Tank Army training ground in X", "the 5th Brigade's firing range near X".
      `S:Unit $tail ?'s training|firing|test|testing ground|grounds|range|ranges in|near|at|outside ?the ?vicinity ?of O:Place+>`,
      // "the 150th Division, Russia's main maneuver unit in Donbas"
      // "the Azov Regiment (the main Ukrainian defenders in X)": an apposition in brackets too.
      // "the 36th Brigade (one of the last units remaining in X)": the noun may take a participle of staying there.
      // A dash sets off the apposition too ("the 8th Army—the main Russian combat force in eastern X—"), and the
      // place may take a bearing word.
      `S:Unit ,|(|\u2014|\u2013 ?the|a|an ?_:Polity ?'s *3 ?_:Demonym *1 ${MAIN_FORCE} ?remaining|operating|fighting|deployed|stationed|still in|near|around|of ?${COMPASS} O:Place+>`,
      // The same said with a copula: "the 58th and 8th Armies are the primary Russian forces in X".
      `S:Unit+ $tail is|are|was|were|remain|remains|remained ?reportedly|likely|still|now|currently ?the|a|an|one *3 ?_:Demonym *1 ${MAIN_FORCE} ?remaining|operating|fighting|deployed|stationed|still in|near|around ?${COMPASS} O:Place+>`,
      // The units added to them after the place: "… are the primary Russian forces in X, in addition to the A and B" (a miss
      // of batch fresh11: they are forces in X as well).
      `is|are|was|were|remain|remains|remained ?reportedly|likely|still|now|currently ?the|a|an|one *3 ?_:Demonym *1 ${MAIN_FORCE} ?remaining|operating|fighting|deployed|stationed|still in|near|around ?${COMPASS} O:Place+ , in addition to|alongside|besides ?the ?_:Demonym S:Unit|ArmedOrg+`,
      // A front named by its place, where the unit's clause puts it or its people: "published an appeal from the X Oblast
      // frontlines", "complained of shortages on the X front" (not "to the X front": a sending, maybe still to come).
      `S:Unit|ArmedOrg+ $tail ?$aside *10[${NOT_YET_WORDS}|that|which|who|whom|while|whereas|but|although|unlike|to|toward|towards|;|:] on|from|at|along ?the ?${COMPASS} O:Place+ ?oblast front|frontline|frontlines|front-line|front-lines`,
    ],
  },
  // ── attacked, captured, withdrewFrom, foughtAgainst (rules/events.ts) ───────────────────
  ...eventRules,
  ...attackShapeRules,
  ...attackVerbListRules,
  ...attackRepelledListRules,
  ...attackRefinedPlaceRules,
  ...attackReachRules,
  ...attackBreakthroughRules,
  ...attackEncirclementRules,
  ...attackAttemptRules,
  ...attackTheseAreasRules,
  ...attackBankRules,
  ...attackEntryRules,
  // ── attacked: an attack named in an accusation (rules/attack-accusation.ts)
  ...attackAccusationRules,
  ...presenceRules,
  ...orgActivityRules,
  // ── operatesIn: an organization's peacekeepers, troops or mission in a place (rules/org-force-presence.ts)
  ...orgForcePresenceRules,
  ...orgWorkInPlaceRules,
  // ── operatesIn: where a unit is based, said in an aside of its name (rules/unit-home-base.ts)
  ...unitHomeBaseRules,
  // ── operatesIn: a unit whose forces reinforce a place (rules/unit-reinforcing.ts)
  ...unitReinforcingRules,
  // ── operatesIn: a unit's fighting at a place named by a noun in its clause (rules/unit-combat-noun.ts)
  ...unitCombatNounRules,
  // ── operatesIn: a unit's people doing anything at a place (rules/unit-people-act.ts)
  ...unitPeopleActRules,
  // ── operatesIn: a named side of fighting at a place (rules/fighting-between-presence.ts)
  ...fightingBetweenPresenceRules,
  // ── allyOf named by the noun (rules/alliances.ts) ──────────────────────────────────────
  ...allianceRules,
  // ── foughtAgainst between forces named by nationality (rules/force-fighting.ts) ─────────
  ...forceFightingRules,
  // ── foughtAgainst between parties named with wire news' words for fighters (rules/news-fighting.ts)
  ...newsFightingRules,
  // ── withdrewFrom told in an aside on the party (rules/withdrawal-shapes.ts) ─────────────
  ...withdrawalShapeRules,
  ...withdrawalTransferRules,
  // ── captured and withdrewFrom in relative clauses, hedged pasts and "after capturing X" (rules/taking-shapes.ts)
  ...takingShapeRules,
  // ── captured, withdrewFrom, foughtAgainst: a finite past verb of a chain of verb phrases (rules/event-chains.ts)
  ...eventChainRules,
  // ── captured, withdrewFrom: a participle clause before the main clause (rules/fronted-participle.ts)
  ...frontedParticipleRules,
  // ── captured: a place cleared of the enemy (rules/capture-clearing.ts)
  ...captureClearingRules,
  ...captureCompoundRules,
  // ── captured: settlements taken in a place, counted (rules/counted-places.ts)
  ...countedPlaceRules,
  // ── partOf in hedged and bracketed asides (rules/unit-hedges.ts)
  ...unitHedgeRules,
  // ── partOf: an armed group in a coalition, an umbrella or a parent organization (rules/group-coalition.ts)
  ...groupCoalitionRules,
  // ── operatesIn: a unit placed by a bearing in an aside, or at its home or base (rules/unit-whereabouts.ts)
  ...unitWhereaboutsRules,
  // ── locatedIn: a town's region after a bracketed aside on it (rules/place-bracket-area.ts)
  ...placeBracketAreaRules,
  // ── withdrewFrom: the place the withdrawn forces held, and a withdrawal noun of the actor (rules/withdrawal-held.ts)
  ...withdrawalHeldRules,
  // ── locatedIn: a district named by its town and a lowercase "district" (rules/place-district.ts)
  ...placeDistrictRules,
  // ── locatedIn: a town named with a site of it or with others like it before "in Y" (rules/place-site-area.ts)
  ...placeSiteAreaRules,
  // ── locatedIn: a region, then the places of it picked out ("in Y Oblast, including A and B") (rules/place-area-including.ts)
  ...placeAreaIncludingRules,
  // ── locatedIn: a place named after its kind and the larger place ("the central X state of Y") (rules/place-of-kind.ts)
  ...placeOfKindRules,
  // ── memberOf: a possessive between a person and an organization ("X's Unity party", "Acme News' X") (rules/member-possessive.ts)
  ...memberPossessiveRules,
];
