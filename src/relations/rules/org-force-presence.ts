import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * An organization's armed or mission people, as wire news names them after the organization, and the posts they hold.
 * "coalition" and "outpost" (branch newsrel4): "the [NATO]-led coalition in [X]", "a [NATO] outpost in [X]" (2 of the
 * operatesIn misses in 80 stretches of unannotated wire news read before building).
 */
const FORCE_NOUNS = 'peacekeepers|peacekeeper|troops|forces|soldiers|soldier|force|mission|missions|contingent|contingents|monitors|observers|aircraft|helicopter|helicopters|warplanes|jets|convoy|patrol|patrols|base|bases|outpost|outposts|coalition';
/**
 * An organization's civil people: there when said to be "in" a place ("[U.N.] staffers in [X]"), but not from an
 * event: staff that "arrived in [X]" may be visiting (test/relations/presence-structure.test.ts).
 */
const STAFF_NOUNS = 'staff|staffers|personnel';
/** What may stand between the organization and its people: who leads them, and what kind of force it is. */
export const FORCE_KIND = '?- ?led|commanded|backed ?peacekeeping|military|security|stabilization|stabilisation|monitoring|observer|police|training|naval|combat|coalition|relief|aid|refugee|humanitarian ?-';
/**
 * A partner named between the organization and its people: "[NATO] and Afghan forces killed …", "[NATO] and [Freedonian]
 * troops in [X]" — a list of the forces' owners, of which the organization is one (the nationality itself gets no
 * operatesIn: guidelines). Only a demonym or a country: "[NATO] and [U.N.] staff" reads each organization on its own.
 */
const PARTNER = '?and|, ?_:Demonym|Country';
/**
 * A group's fighters as wire news names them ("[Hamas] militants", "[Taliban] insurgents", "the [Taliban]
 * insurgency"): only an armed group has them, so the group is where they are. No "members" or "supporters": a
 * party's members live somewhere without the party acting there. No singular that is mostly a modifier: "the
 * [al-Qaida] terrorist network has claimed the attacks in [X]" claims them from anywhere (1 of 32 new statements of
 * group-fighters-in-place on unannotated wire news was such a claim).
 */
const FIGHTER_NOUNS = 'militants|fighters|fighter|insurgents|insurgency|rebels|guerrillas|gunmen|gunman|terrorists|remnants|militia|militiamen|cells';
/** The organization as the owner of its people: "the [Islamic State]'s fighters in [X]", "[NATO]'s forces in [X]". */
const OWNER = "?'s|'";
/** Nouns of an attack a group carries out, is named the author of, or claims. */
const ATTACK_NOUNS = 'attack|attacks|bombing|bombings|blast|blasts|assault|assaults|raid|raids|ambush|ambushes|offensive|explosion|explosions';
/** The forces that serve a place named after "for": peacekeepers and missions, not troops that may be sent for it. */
const PEACE_FORCES = 'force|forces|mission|missions|peacekeepers|operation';
/** Being there now, said between the people and the place: "[AU] troops now in [X]", "[NATO] forces stationed in [X]". */
const STILL_THERE = '?now|currently|still|already|stationed|deployed|based|serving|operating|fighting|active|remaining|hiding';
/**
 * A place named after its kind, as wire news writes it: "in the southern province of [X]", "in the eastern Freedonian
 * town of [X]", "in the capital, [X]" (branch newsrel4: the rules below read "in the [X]" only).
 */
const PLACE_BY_KIND = "the ?*2 ?_:Demonym|Country ?'s ?*2 city|town|province|region|village|district|capital|port|state|area of|, O:Place+";
/** A part of the place that keeps it the place: "in southern [X]", "in neighboring [X]". */
export const PART_OF_PLACE = '?neighboring|neighbouring|southern|northern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west|volatile|restive|troubled';
/**
 * What ends the words of an event before its place: a source or a destination ("troops from [X]", "sent to [X]"),
 * another clause, a report of someone else's words, a plan or a denial ("[NATO] forces will deploy in [X]", "are not
 * in [X]").
 */
const NOT_THE_EVENT_PLACE = 'from|to|toward|towards|into|that|which|who|whom|where|when|while|but|and|or|because|against|said|says|say|told|tell|reported|accused|urged|asked|will|would|could|may|might|should|plan|plans|planned|planning|want|wants|expected|set|due|not|never|no|if|unless|sending|send|sends|withdraw|withdrew|withdrawn|withdrawing|leave|left|leaving|pull|pulled';
/** What an organization has in a place, named after "its": its people, its posts, its work. */
const ITS_OWN = `${FORCE_NOUNS}|${STAFF_NOUNS}|office|offices|operations|employees|workers`;
/**
 * Between the organization and "its": its own words, no other clause's subject (no mention), and no plan, forecast or
 * leaving ("[X] will send its troops in …", "[X] withdrew its staff in …" say nothing of where it is).
 */
export const NOT_ITS_PLACE = 'will|would|could|may|might|should|plan|plans|planned|planning|want|wants|expected|not|never|no|if|unless|withdraw|withdrew|withdrawn|withdrawing|pull|pulled|pulling|send|sent|sending|move|moved|relocate|relocated|evacuate|evacuated|evacuating|close|closed|closing|cut|cutting|reduce|reduced|reducing|who|which';
/** Violence at a place that may take an organization's people as its victims: "fighting in [X] killed two [NATO] soldiers". */
const VIOLENCE_NOUNS = `${ATTACK_NOUNS}|violence|fighting|clashes|gunbattles|gunbattle|shelling|bomb|bombs|mine|mines|explosive|explosives`;
/** Harm to people. */
const HARMED = 'killed|wounded|injured|kills|wounds|injures|kill|wound|injure';
/**
 * Between the harm and the victims: the other victims of a list, their nationality a mention ("six [Valdorian] civilians
 * and three [NATO] soldiers"), no other clause, report or place.
 */
const VICTIMS_GAP = 'that|which|who|whom|where|when|while|but|because|said|says|say|told|reported|in|from|to|by|near';
/** The group named as strong in a place: "a [Taliban] stronghold", "the [ETA] heartland". */
const STRONGHOLD = 'stronghold|strongholds|bastion|bastions|heartland|hotbed|safe-haven|sanctuary';

/**
 * operatesIn for an organization's force or mission in a place: "[U.N.] peacekeepers in [Haiti]", "the
 * [NATO]-led peacekeeping force in [Afghanistan]", "the [African Union] peacekeeping mission in [Somalia]",
 * "[NATO] forces in neighboring [Afghanistan]". The organization is there through its people (armed
 * services have armed-org-in-place; a country's forces give no operatesIn: the subject must be an organization). Every
 * rule here takes armed groups too (CivilOrg|ArmedGroup): their fighters, attacks and strongholds place them as much as
 * a civil body's staff does, and these rules found them before the lists marked them armed (branch armed7), which made
 * them ArmedOrg and no longer CivilOrg. The place may take an article ("[NATO] troops in the [Balkans]", "a [Hamas] base in the [Gaza Strip]"). No subject-acts check: "part of the [NATO] force in [X]" is a part of the force, and NATO is there
 * all the same. Only "in" right after the force noun, or after one word of being there ("[AU] troops now in [X]",
 * STILL_THERE): "sending [U.N.] troops to [X]" is a plan, and "[NATO] troops from [X]" an origin. What the people did
 * at a place between the noun and "in" is org-force-event-place's, which checks that the organization acts.
 */
export const orgForcePresenceRules: readonly RelationRuleSpec[] = [
  {
    name: 'org-force-in-place',
    predicate: 'operatesIn',
    confidence: 0.65,
    patterns: [
      `S:CivilOrg|ArmedGroup ${OWNER} ${PARTNER} ${FORCE_KIND} ${FORCE_NOUNS}|${STAFF_NOUNS} ${STILL_THERE} in ?the ${PART_OF_PLACE} O:Place+`,
      `S:CivilOrg|ArmedGroup ${OWNER} ${PARTNER} ${FORCE_KIND} ${FORCE_NOUNS}|${STAFF_NOUNS} ${STILL_THERE} in ${PLACE_BY_KIND}`,
      // A force or a mission named for the place it serves: "the [U.N.] peacekeeping force for [X] and [Y]", "a [U.N.]
      // peacekeeping mission for southern [X]" (wire news; a force "for" a task names no place: "force for change").
      `S:CivilOrg|ArmedGroup ${FORCE_KIND} ${PEACE_FORCES} for ?the ${PART_OF_PLACE} O:Place+`,
    ],
  },
  {
    // "Two [NATO] soldiers died in an explosion in southern [X]", "[NATO] forces killed 19 militants in an operation in
    // central [X]", "a [NATO] convoy was hit by a bomb in [X]": what the organization's people did or met at a place puts
    // them there. Up to eight plain words of the event (the dev misses have 2-8); none of a source, a destination, a
    // plan or another clause (NOT_THE_EVENT_PLACE).
    name: 'org-force-event-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    patterns: [
      `S:CivilOrg|ArmedGroup ${PARTNER} ${FORCE_KIND} ${FORCE_NOUNS} *8[${NOT_THE_EVENT_PLACE}] in ${PART_OF_PLACE} O:Place+`,
      `S:CivilOrg|ArmedGroup ${PARTNER} ${FORCE_KIND} ${FORCE_NOUNS} *8[${NOT_THE_EVENT_PLACE}] in ${PLACE_BY_KIND}`,
      // A fronted place scopes the clause it opens: "In southern [X], two [NATO] soldiers were killed", "Elsewhere in
      // [X], a [NATO] patrol came under fire".
      `$clause ?elsewhere|meanwhile|also in ${PART_OF_PLACE} O:Place+ ?province|region|district , *3[${NOT_THE_EVENT_PLACE}] S:CivilOrg|ArmedGroup ${FORCE_KIND} ${FORCE_NOUNS}`,
      // The people as the victims of violence at a place named before them: "bombings and clashes in northern [X] have
      // killed six civilians and three [NATO] soldiers" (branch wireops8: 1 of the 20 operatesIn misses on the
      // wire-news dev split). Only after a noun of violence, so that the place is where it struck: "militants in [X]
      // killed [NATO] soldiers" may have struck elsewhere.
      `${VIOLENCE_NOUNS} *4[${NOT_THE_EVENT_PLACE}] in ?the ${PART_OF_PLACE} ?and ?${PART_OF_PLACE} O:Place+ ?province|region|district ?have|has|had ?also ${HARMED} **8[${VICTIMS_GAP}] S:CivilOrg|ArmedGroup ${FORCE_KIND} ${FORCE_NOUNS}`,
    ],
  },
  {
    // A group named by its fighters at a place: "[Hamas] militants in [Gaza]", "suspected [Taliban] insurgents killed
    // Monday in northeastern [X]", "[X]'s growing [Taliban] insurgency". The fighters' place is the group's.
    name: 'group-fighters-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    patterns: [
      `S:CivilOrg|ArmedGroup+ ${OWNER} ${FIGHTER_NOUNS} *8[${NOT_THE_EVENT_PLACE}] in ?the ${PART_OF_PLACE} O:Place+`,
      `S:CivilOrg|ArmedGroup+ ${OWNER} ${FIGHTER_NOUNS} *8[${NOT_THE_EVENT_PLACE}] in ${PLACE_BY_KIND}`,
      `O:Place 's *2 S:CivilOrg|ArmedGroup ${FIGHTER_NOUNS}`,
      `$clause ?elsewhere|meanwhile|also in ${PART_OF_PLACE} O:Place+ ?province|region|district , *3[${NOT_THE_EVENT_PLACE}] S:CivilOrg|ArmedGroup ${FIGHTER_NOUNS}`,
    ],
  },
  {
    // A group named as the author of an attack at a place: "attacks by the [Red Hand] in [X]", "[Red Hand] militants carried
    // out the attack in [X]", "the [Red Hand] claimed responsibility for the bombing in [X]". An organization that attacks in a
    // place operates there (annotation guidelines, wire news); the attack itself is the attack rules' (attacked-place,
    // attacked-by-agent). Only these words of authorship: a group "blamed for" bombings is accused, not shown at work
    // (presence.ts keeps attacks of organizations out of event-presence for that reason). Probes of branch wirerel7.
    name: 'group-attack-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    patterns: [
      ...[`in ?the ${PART_OF_PLACE} O:Place+`, `in ${PLACE_BY_KIND}`].flatMap((place) => [
        `${ATTACK_NOUNS} by ?the ?suspected S:CivilOrg|ArmedGroup+ ?${FIGHTER_NOUNS} *3[${NOT_THE_EVENT_PLACE}] ${place}`,
        // The attacks named first and claimed by the group: "a string of bombings in [X] was claimed by several
        // armed groups, among them [Red Hand] fighters" (branch wireops8: 1 of the 20 operatesIn misses on the wire-news dev split).
        `${ATTACK_NOUNS} ${place} ?province|region|district ?, have|has|had|were|was ?been ?also claimed by ?the *3[${NOT_THE_EVENT_PLACE}] ?, ?including|notably|among ?them ?the S:CivilOrg|ArmedGroup+`,
        `S:CivilOrg|ArmedGroup+ ?${FIGHTER_NOUNS} *2[${NOT_THE_EVENT_PLACE}] carried|launched|staged|mounted|conducted ?out ?a|an|the|two|three|several|multiple *2[${NOT_THE_EVENT_PLACE}] ${ATTACK_NOUNS} *3[${NOT_THE_EVENT_PLACE}] ${place}`,
        `S:CivilOrg|ArmedGroup+ *2[${NOT_THE_EVENT_PLACE}] claimed|claims|claim|claiming responsibility|credit for ?a|an|the|two|three|several|multiple|last|this *2[${NOT_THE_EVENT_PLACE}] ${ATTACK_NOUNS} *3[${NOT_THE_EVENT_PLACE}] ${place}`,
        // The attack claimed as its own without "responsibility", its target named: "the [Red Hand] claimed the bombing of
        // a church in [X]", "claimed the attack on a hotel in [X]" (branch defence8b, probe sentences). Without the target
        // ("the X terrorist network claimed the bombings in [Y]") it may be a boast from afar (1 wrong of 32, newsrel4).
        `S:CivilOrg|ArmedGroup+ *2[${NOT_THE_EVENT_PLACE}] claimed|claims|claiming ?a|an|the|two|three|several|multiple|last|this *2[${NOT_THE_EVENT_PLACE}] ${ATTACK_NOUNS} on|of|against *3[${NOT_THE_EVENT_PLACE}] ${place}`,
      ]),
    ],
  },
  {
    // The organization's own people or posts named by "its" in the same clause: "[the U.N.] should extend its mission in
    // [X]", "gunmen attacked [the agency] and its offices in [X]" (branch newsrel4: 3 on 10,000 sentences of unannotated
    // wire news, all right; a country's "its troops in [X]" gives nothing, as the subject is a civil organization).
    name: 'org-own-people-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.6,
    patterns: [`S:CivilOrg|ArmedGroup *8[${NOT_ITS_PLACE}] its ${FORCE_KIND} ${ITS_OWN} in ?the ${PART_OF_PLACE} O:Place+`],
  },
  {
    // A place named as a group's stronghold: "[X] province, a known [Taliban] stronghold", "the [Taliban] stronghold of
    // [X]". A stronghold is held and worked from.
    name: 'group-stronghold',
    predicate: 'operatesIn',
    confidence: 0.65,
    patterns: [
      `S:CivilOrg|ArmedGroup ${STRONGHOLD} of ?the O:Place+`,
      `O:Place ?province|region|district|valley|city|town|area ,|- ?a|an|the|one *3 S:CivilOrg|ArmedGroup ${STRONGHOLD}`,
      // A place named as held by the group: "[Red Hand]-controlled [X]", "the [Red Hand]-run [X] Strip", "[Red Hand]-held
      // parts of [X]" (branch wirerel7; a country's or a nationality's "-held" is the captured rules' question, not this).
      `S:CivilOrg|ArmedGroup - controlled|held|run ?*2 ?part|parts|areas|territory|territories|city|town|province|region|district|strip ?of ?the O:Place+`,
    ],
  },
];
