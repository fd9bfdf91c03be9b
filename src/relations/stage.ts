import { areaAmongPeers } from './peer-list.js';
import { outsideDomain } from './argument-domain.js';
import { alignedPrefix } from './aligned-prefix.js';
import { agentIsPossessed } from './agent-possessor.js';
import { namesDirection, qualifiesNextPlace } from './direction-name.js';
import type { Doc, Mention, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import type { StageFactory } from '../stage/stage.js';
import { checkOptionKeys, optionNumber, PipelineConfigError } from '../stage/options.js';
import { provisionalKey } from './provisional-key.js';
import { actorIsGoverned, actorOpensClause, inHyphenCompound } from './actor.js';
import { otherClauseSubject } from './chain-subject.js';
import { mayRefer, resolveAnaphora } from './anaphora.js';
import { attackedToward, headedToward, PRESENCE_RULE, withPresence } from './presence.js';
import { movedToward } from './unit-move-destination.js';
import { deployedFrom } from './home-origin.js';
import { calibrateConfidence } from './calibrate.js';
import { builtinRules, SECOND_PHRASE_WORDS } from './rules/builtin.js';
import { addSecondPhrases, SECOND_PHRASE_RULE, type SecondPhraseWords } from './second-phrase.js';
import { SECOND_ATTACK_RULE } from './second-phrase-attack.js';
import { addSecondPlaces, SECOND_PLACE_RULE } from './second-place.js';
import { addKnownContainment, KNOWN_CONTAINMENT_RULE } from './known-containment.js';
import { addOriginPlaces, ORIGIN_RULE } from './origin-places.js';
import { addListContinuations, LIST_CONTINUATION_RULE } from './attack-list-continuation.js';
import { addResumedLists, LIST_RESUMED_RULE } from './attack-list-resumed.js';
import { addTargetItems, TARGET_ITEMS_RULE } from './attack-target-items.js';
import { addScopePlaces, SCOPE_RULE } from './scope-places.js';
import { cuePositions, findAttribution, type CuePositions } from './attribution.js';
import { clauseDate } from './clause-date.js';
import { compileRules, loadRuleSpecs, type CompiledRule, type RuleIndex } from './compile-rules.js';
import { predicateOverCountry } from './country-office.js';
import { dedupeRelations } from './dedupe.js';
import { peopleToFirstMention } from './first-mention.js';
import { captureAsTopic } from './capture-topic.js';
import { adjectivalParticiple } from './adjectival-participle.js';
import { avoidedInvolvement } from './avoided-involvement.js';
import { supposedAttack } from './supposed-attack.js';
import { quantifiedByAny } from './any-actor.js';
import { dropSameSideFights, fightTakesThirdParty } from './fought-sides.js';
import { hypotheticalOffice, isOfficePhrase, officeNotYetHeld, titleNotYetHeld } from './office-phrase.js';
import { bearingPoint, bearingPointSetApart } from './bearing-point.js';
import { featureBearingPoint, placedPredicates } from './feature-bearing.js';
import { apposedMember } from './apposed-member.js';
import { namesForces } from './party-forces.js';
import { echelonAllows } from './echelon.js';
import { inClosedList, inList, namesSameThing, plausiblyContained, qualifiesGroupNoun } from './guards.js';
import { namesForcesOf } from './place-names-forces.js';
import { groupOnlyNamedInCountry } from './armed-group-country.js';
import { amongAlternatives } from './alternative-places.js';
import { dropHostVisits } from './hosts.js';
import { namesakeCityElsewhere } from './namesake-city.js';
import { ownerOfNamedBody } from './owner-of-body.js';
import { areaOfOrgOffice } from './office-area.js';
import { isEnvoyHost } from './envoy.js';
import { namedGapPredicate } from './named-gap.js';
import { dropNonTargets } from './attack-target.js';
import { advanceOnlyHeading } from './mere-advance.js';
import { relocateOwnedTargets } from './attack-owner.js';
import { isBlocked } from './blockers.js';
import { emptyItems, sentenceItems, type SentenceItems } from './items.js';
import { ItemMatcher, type Match } from './match.js';
import { isForecastNoun, isIrrealis } from './irrealis.js';
import { statedAsIntention } from './intention-verb.js';
import { statedAsCapability } from './capability.js';
import { addSuccessors } from './succession.js';
import { addCoordinatedOffices, COORDINATED_OFFICE_RULE } from './coordinated-office.js';
import { addCounterpartOffices } from './counterpart-office.js';
import { officeOfNextName } from './office-holder.js';
import { inConditionalClause } from './conditional-clause.js';
import { inDemandedClause } from './demanded-clause.js';
import { addMinistryHeads, MINISTRY_RULE } from './ministry-office.js';
import { isNegated } from './negation.js';
import { actorPrevented } from './prevented-actor.js';
import { relativeAgent } from './relative-agent.js';
import { partOwnerLed } from './part-owner-led.js';
import { otherKindInList } from './list-kind.js';
import { objectNamesParty, placeTakenPredicates } from './party-object.js';
import { attackIsForceName } from './attack-compound.js';
import { continuesIntoName } from './facility-name.js';
import { gatheredForAttack } from './attack-gathered-for.js';
import { forecastPredicate } from './forecast-predicate.js';
import { ownedByOf } from './nominal-agent.js';
import { subjectActs } from './subject-acts.js';
import { groupBoundaryBetween } from './quoted-unit-item.js';
import { placeNamesNextOffice } from './title-complement-target.js';
import { MENTION_KEY } from './pattern.js';
import { NeedPositions } from './requirements.js';
import { WordInfos, type WordInfo } from './word-info.js';
import { anchorsPatterns } from './item-facts.js';
import { withheldUse } from './withheld-use.js';
import { occupiedListItem } from './occupied-list-item.js';
import { clearedObstacles } from './cleared-obstacles.js';
import { refutedClaim } from './refuted-claim.js';
import { deniedObject } from './denied-object.js';
import { interceptedOwner, interceptedWeapon } from './intercepted-weapon.js';
import { clearedOfThings } from './cleared-place.js';
import { participleSubjectEnds } from './participle-subject.js';
import { secondThatClause } from './new-that-clause.js';
import { sentToAct } from './purpose-infinitive.js';
import { relativeSubjectLeft } from './relative-subject.js';
import { agentNamedAfterNoun } from './named-agent.js';
import { attemptPredicates, attributionConfidenceFactor, attributionCues, eventPredicates, negationCues, negationLookBehind } from './rules/cues.js';
import { servesAnOffice } from './serving-office.js';
import { onlyReports, reportedPredicates } from './reporter-subject.js';
import { namesHarmedParty } from './harmed-party.js';
import { namesHarmedMembers } from './harmed-members.js';
import { speaksOfAttack } from './speaking-party.js';
import { rankOfNationality } from './rank-nationality.js';
import { tripToCome } from './trip-to-come.js';
import { withdrawalToCome } from './withdrawal-to-come.js';
import { policeRaid } from './police-raid.js';
import { holdsOwnGround } from './own-ground.js';
import { toSameSentenceMention } from './same-sentence-mention.js';
import { symmetricPredicates } from './symmetric.js';
import { compileTitleLexicon, type TitleLexicon } from './title-lexicon.js';
import { lastItem } from './item-extremes.js';
import { respectivePairs } from './respective-pairs.js';
import { determinerBefore } from './phrase-opening.js';
import { orgAsTarget } from './targeted-org.js';
import { namedByItsPeople } from './org-people.js';
import { addCooccurrences, COOCCURRENCE_RULE } from './unit-place-cooccurrence.js';
import { coordinatedVerbCuts, keepOnlyNew, withoutCuts } from './coordinated-verb.js';

interface Context {
  index: RuleIndex;
  /** Where the sentence being matched holds what each pattern needs (one per pipeline, reused sentence after sentence). */
  needs: NeedPositions;
  /** Each word's anchored patterns and word needs by its lexeme (word-info.ts). */
  words: WordInfos;
  /** The patterns anchored on a mention, as a word's are (word-info.ts). */
  onMention: WordInfo;
  titles: TitleLexicon;
  negation: ReadonlySet<string>;
  attribution: ReadonlySet<string>;
  minConfidence: number;
  /** Names of the rules whose visits are not emitted for hosts (RelationRuleSpec.notByHost). */
  hostRules: ReadonlySet<string>;
  /** Names of the rules whose confidence is their measured precision (built-in ones: calibrate.ts). */
  calibrated: ReadonlySet<string>;
  /** The words of a unit's second verb phrase (second-phrase.ts), with the built-in rules only. */
  secondPhrase: SecondPhraseWords | undefined;
  /** Ministers heading the ministry of their field named in their sentence (ministry-office.ts), built-in rules only. */
  ministries: boolean;
}

const isGroup = (m: Mention): boolean => m.type === 'Organization' || m.type === 'MilitaryUnit';

/** Predicates whose subject named as a people ("the Russians") moves to the nationality's first mention (first-mention.ts). */
const PEOPLE_FIRST_PREDICATES: ReadonlySet<string> = new Set(['captured', 'withdrewFrom', 'foughtAgainst']);

/**
 * Turns a match into statements: one per subject × object, with the predicate the role decides (for
 * byRole rules), the clause's date, and who claims it. Negated statements and impossible pairs are dropped.
 */
function statements(doc: Doc, items: SentenceItems, cues: CuePositions, rule: CompiledRule, match: Match, ctx: Context, out: RelationMention[]): void {
  const spec = rule.spec;
  // An office named before its holder is a noun phrase the clause around it does not negate (office-phrase.ts).
  const officePhrase = isOfficePhrase(spec.predicate, match);
  if (officePhrase && hypotheticalOffice(items, match.first)) return;
  if (spec.byRole && officeNotYetHeld(items, match.first, match.last)) return;
  // "the Freedonian Commander of the Y, General X": a description, no title before the name (phrase-opening.ts).
  if (spec.titleOpensPhrase && determinerBefore(items, match.first)) return;
  if (isNegated(items, match.first, match.last, ctx.negation, officePhrase ? 0 : negationLookBehind, attemptPredicates.has(spec.predicate))) return;
  if (rule.blockers && isBlocked(items, match.first, match.last, rule.blockers)) return;
  if (eventPredicates.has(spec.predicate) && (isIrrealis(items, match.first) || isForecastNoun(doc, items, match.first) || inConditionalClause(items, match.first, match.last) || inDemandedClause(items, match.first) || forecastPredicate(doc, items, match.first, match.last) || statedAsIntention(items, match.first, match.last) || statedAsCapability(items, match.first, match.last) || withheldUse(items, match.first) || refutedClaim(items, match.first, match.last) || deniedObject(items, match.first))) return;
  if (spec.actor && (actorIsGoverned(doc, items, match.first) || (eventPredicates.has(spec.predicate) && actorPrevented(items, match.first, spec.predicate)))) return;
  // A trip or a meeting still to come: "when X visits Y next week", "ahead of X's visit to Y", "X is to meet Y" (trip-to-come.ts).
  if ((spec.predicate === 'visited' || spec.predicate === 'metWith') && tripToCome(doc, items, match.first, match.last)) return;
  // A withdrawal demanded, required, scheduled or supposed: "a bill that would authorize the withdrawal of X troops from Y" (withdrawal-to-come.ts).
  if (spec.predicate === 'withdrewFrom' && withdrawalToCome(items, match.first, match.last)) return;
  // "A and B troops are fighting X": coordinated parties whose fight takes a third party are one side (fought-sides.ts).
  if (spec.predicate === 'foughtAgainst' && spec.symmetric && fightTakesThirdParty(items, match.objects, match.last)) return;
  // Forces gathered for an attack are neither attacking nor at its target yet ("massing forces for an offensive on X").
  if ((spec.predicate === 'attacked' || spec.predicate === 'operatesIn') && gatheredForAttack(items, match.first, match.last)) return;
  // An advance only heading toward a place ("are advancing towards X") is no attack on it (mere-advance.ts).
  if (spec.predicate === 'attacked' && (advanceOnlyHeading(items, match.first, match.objects) || attackIsForceName(items, match.first, match.last) || interceptedWeapon(items, match.first, match.last) || interceptedOwner(items, match.first, match.last) || clearedObstacles(items, match.first, match.last) || participleSubjectEnds(items, match.first, match.last) || secondThatClause(doc, items, match.first, match.last) || policeRaid(items, match.first, match.last))) return;
  // "A Freedonian strike on X would not violate …": an attack only supposed (supposed-attack.ts).
  if (spec.predicate === 'attacked' && supposedAttack(items, match.first, match.last)) return;
  // A relative clause's subject is no actor of the main clause's next verb ("attacked A, which Ukrainian forces took, and shelled B": relative-subject.ts).
  if (spec.actor && eventPredicates.has(spec.predicate) && relativeSubjectLeft(items, match.first, match.objects)) return;
  // "defeated an assault by Russian units on X": the agent after the noun attacked, not the actor before it (named-agent.ts).
  if (spec.actor && spec.predicate === 'attacked' && agentNamedAfterNoun(doc, items, match.first, match.objects)) return;
  // Forces sent "to fight near X" have not fought there yet (purpose-infinitive.ts).
  if ((spec.predicate === 'attacked' || spec.predicate === 'foughtAgainst') && sentToAct(items, match.first, match.last)) return;
  if (spec.predicate === 'captured' && (occupiedListItem(items, match.first, match.last) || clearedOfThings(spec.name, items, match.last))) return;
  // A capture noun the clause only weighs or supposes ("the Russian capture of X is of critical importance": capture-topic.ts).
  if (spec.predicate === 'captured' && captureAsTopic(doc, items, match.first, match.last)) return;
  // "in the liberated village of X": a participle describing the place tells no taking (adjectival-participle.ts).
  if (spec.predicate === 'captured' && adjectivalParticiple(items, match.first, match.last)) return;
  if (spec.actorOpensClause && (!actorOpensClause(items, match.first) || otherClauseSubject(doc, items, match.first, match.objects))) return;
  if (spec.nominalAgent && ownedByOf(items, match.first)) return;
  if ((spec.oneSide || (spec.predicate === 'attacked' && mutualExchange(items, match.first, match.last))) && bothSides(doc, items, match.subjects)) return;
  const start = items.start[match.first]!;
  const end = items.end[match.last]!;
  const attribution = findAttribution(doc, items, match.first, match.last, cues);
  const date = clauseDate(doc, items.sentence, start, end);
  const title = match.title ? doc.text.slice(items.start[match.title[0]]!, items.end[match.title[1]]!) : undefined;
  const serving = spec.byRole === true && servesAnOffice(doc, items, match.first);
  // The list member nearest the bracket (lists are read leftwards from it, so not always the last bound).
  const lastSubject = lastItem(match.subjects);
  // "A and B near X and Y, respectively": each subject with the object at its own position only (respective-pairs.ts).
  const respective = respectivePairs(items, match.subjects, match.objects);
  const subjects = respective ? respective.subjects : match.subjects;
  for (let k = 0; k < subjects.length; k++) {
    const s = subjects[k]!;
    if (spec.ownBracket && s !== lastSubject && hasOwnBracket(items, s)) continue;
    if (spec.subjectActs && !subjectActs(doc, items, s, spec.predicate === 'operatesIn')) continue;
    // "without risking direct military involvement of X in Y": an involvement avoided is no presence (avoided-involvement.ts).
    if (spec.predicate === 'operatesIn' && avoidedInvolvement(items, s)) continue;
    // "the SDF, an alliance of the YPG and …, captured X": a member in the coalition's apposition does not act (apposed-member.ts).
    if (eventPredicates.has(spec.predicate) && apposedMember(doc, doc.mentions[items.mention[s]!]!, doc.sentences[items.sentence]!.start)) continue;
    // A ministry or a staff that claims or blames reports the event, it does not act (reporter-subject.ts).
    if (reportedPredicates.has(spec.predicate) && onlyReports(doc, doc.mentions[items.mention[s]!]!)) continue;
    // "any Freedonian attempt to encircle X": a supposed actor, none that acted (any-actor.ts).
    if (spec.actor && eventPredicates.has(spec.predicate) && quantifiedByAny(items, s)) continue;
    // A nationality of the people an attack harmed is no actor ("killed two Freedonian civilians in X": harmed-party.ts).
    if (spec.actor && eventPredicates.has(spec.predicate) && namesHarmedParty(doc, items, s)) continue;
    // …nor are a group's or a nationality's killed or arrested members ("two Red Hand militants were killed in the attack").
    if (spec.predicate === 'attacked' && namesHarmedMembers(doc, items, s)) continue;
    // A country or a nationality that says what happened reports it ("Freedonian police say a bombing in X …": speaking-party.ts).
    if (spec.predicate === 'attacked' && speaksOfAttack(doc, doc.mentions[items.mention[s]!]!)) continue;
    // An organization an action is against is no seat where the action is ("an offensive against X in Y": targeted-org.ts).
    if (spec.predicate === 'locatedIn' && orgAsTarget(doc, items, s)) continue;
    // …nor is one named by its people ("employees of the X in Y" work there: org-people.ts).
    if (spec.predicate === 'locatedIn' && namedByItsPeople(doc, items, s)) continue;
    if (spec.closedList && !inClosedList(items, match.subjects, s)) continue;
    if (spec.subjectEndsName && continuesIntoName(doc, doc.mentions[items.mention[s]!]!)) continue;
    if (spec.notRelativeAgent && relativeAgent(items, s)) continue;
    if (spec.containment && otherKindInList(doc, items, match.subjects, s, lastSubject)) continue;
    const role = title ?? items.role[s];
    const roleClass = role === undefined ? undefined : ctx.titles.classifyText(role);
    if (spec.requireRole && roleClass === undefined) continue;
    if (spec.byRole && role !== undefined && titleNotYetHeld(role)) continue;
    if (spec.localOffice && (role === undefined || !ctx.titles.isLocalOffice(role))) continue;
    if (spec.leadingOffice && roleClass !== 'leader') continue;
    // A rank says nothing of leading or serving where the words do ("led by Colonel X"): only a rule that
    // reads the relation from the title itself (requireRole) lets a rank make it memberOf.
    const byTitle = spec.byRole && roleClass !== undefined && (roleClass !== 'rank' || spec.requireRole === true);
    // "X, United Russia parliamentarian Y, and Z": a title right before another name is that name's, not X's.
    if (match.title && titleBeforeOtherName(doc, items, match.title[1], s)) continue;
    if (spec.byRole && officeOfNextName(doc, items, ctx.titles, s, match.title, match.last)) continue;
    const rolePredicate = byTitle ? (roleClass === 'leader' && !serving ? 'leaderOf' : 'memberOf') : spec.predicate;
    for (const o of respective ? respective.objects[k]! : match.objects) {
      const subject = items.mention[s]!;
      const object = items.mention[o]!;
      const sm = doc.mentions[subject]!;
      const om = doc.mentions[object]!;
      if (subject === object || namesSameThing(sm, om)) continue;
      if (spec.byRole && roleClass === 'rank' && !isGroup(om) && !rankOfNationality(doc, om, o, sm, match.title)) continue;
      if (spec.byRole && isEnvoyHost(items, match.title, o)) continue;
      if (spec.notPartOwner && partOwnerLed(items, o)) continue;
      if (spec.byRole && ownerOfNamedBody(doc, items, s, o)) continue;
      // "[Y Agency]'s representative in [Z], X": Z is the office's area, not whom X serves (office-area.ts).
      if (spec.byRole && areaOfOrgOffice(doc, items, match.title, o)) continue;
      const byOffice = spec.byRole ? predicateOverCountry(ctx.titles, rolePredicate, role, om) : rolePredicate;
      const predicate = spec.namedGap ? namedGapPredicate(doc, items, o, match.title ? match.title[0] : s, byOffice, roleClass) : byOffice;
      if (predicate === undefined) continue;
      if (outsideDomain(predicate, sm, om)) continue;
      // "was in contact with Y's adviser Z", "met Y's envoy": the possessor is not the one met (branch defence8).
      if ((predicate === 'metWith' || predicate === 'communicatedWith') && o > s && items.keys[o + 1] === "'s" && items.mention[o + 1]! < 0) continue;
      if (placeTakenPredicates.has(predicate) && objectNamesParty(doc, om)) continue;
      // "an attack against X Oblast occupation Deputy Head Y": X names Y's office, Y was the target (title-complement-target.ts).
      if (predicate === 'attacked' && placeNamesNextOffice(doc, items, o)) continue;
      // "seized the Bakhmut Champagne Winery": the site is taken, not the town (facility-name.ts).
      if (predicate === 'captured' && continuesIntoName(doc, om)) continue;
      // "Freedonian forces still control X" (X in Freedonia): a defender that never lost the place (own-ground.ts).
      if (predicate === 'captured' && holdsOwnGround(items, s, o, sm, om)) continue;
      // "Russian-appointed Chairman X", "Kremlin-backed head X": the compound says who appointed, not whose official X is.
      if (spec.byRole && (joinedByHyphen(doc, om) || alignedPrefix(doc, om) || agentIsPossessed(items, s, o))) continue;
      if (spec.containment && (!plausiblyContained(sm, om) || qualifiesGroupNoun(doc, om) || namesDirection(doc, om) || qualifiesNextPlace(doc, sm, om) || namesakeCityElsewhere(doc, items, s, o, sm, om))) continue;
      // A bearing's reference point is no wider place ("X, east of Y": annotation guidelines, "X, 70km southeast of Y" → no
      // locatedIn), nor is it what a region set apart by a comma locates ("east of X, in Y Oblast, and around Z": places of a list).
      if (spec.containment && (bearingPoint(doc, om) || bearingPointSetApart(doc, sm, om))) continue;
      if (predicate === 'partOf' && (!echelonAllows(sm.text, om.text) || groupBoundaryBetween(doc, items, s, o))) continue;
      if ((spec.actor || spec.actorOpensClause) && inHyphenCompound(doc, om)) continue;
      // A unit that attacked toward a place operates there (annotation guidelines, open questions: 25 of 25 on dev), as
      // event-presence reads it (presence.ts); an advance toward it does not (rel38).
      // "attacking [X]-led forces", "clashes with [X] and [Y] troops": the place owns the forces acted on, the actor is not there.
      if (spec.atThePlace && namesForcesOf(doc, om)) continue;
      if (spec.placeNotSector && namesDirection(doc, om)) continue;
      // An armed group in a whole country, by a unit rule, without its people named (armed-group-country.ts).
      if (predicate === 'operatesIn' && !rule.forOrganizations && groupOnlyNamedInCountry(doc, sm, om)) continue;
      // "in A or B": neither place is stated (alternative-places.ts).
      if (spec.atThePlace && predicate === 'operatesIn' && amongAlternatives(doc, om)) continue;
      if (spec.atThePlace && ((headedToward(doc, om) && !(predicate === 'operatesIn' && (attackedToward(doc, om) || movedToward(doc, om)))) || deployedFrom(doc, om))) continue;
      if (spec.notBearing && bearingPoint(doc, om)) continue;
      // "in the X mountains south of Y": Y only locates a named feature, the event was there (feature-bearing.ts).
      if (placedPredicates.has(predicate) && om.type === 'Place' && featureBearingPoint(doc, om)) continue;
      if (spec.partyForces && !namesForces(doc, om)) continue;
      if (spec.notInList && (inList(doc, items, s, o) || inList(doc, items, o, s) || areaAmongPeers(doc, items, o))) continue;
      if (spec.objectAlone && (inList(doc, items, o, s) || areaAmongPeers(doc, items, o))) continue;
      const confidence = attribution ? spec.confidence * attributionConfidenceFactor : spec.confidence;
      if (confidence < ctx.minConfidence) continue;
      const ordered = (spec.symmetric || symmetricPredicates.has(predicate)) && object < subject ? [object, subject] : [subject, object];
      const relation = new RelationRecord(ordered[0]!, ordered[1]!, predicate, spec.name, confidence, items.sentence);
      if (date !== undefined) relation.date = date;
      if (role !== undefined && (predicate === 'leaderOf' || predicate === 'memberOf')) relation.role = role;
      if (attribution) relation.attribution = attribution;
      const earliest = Math.min(sm.start, om.start);
      if (earliest < doc.sentences[items.sentence]!.start) relation.antecedentSentence = sentenceAt(doc, earliest, items.sentence);
      out.push(relation);
    }
  }
}

/** The mention at item `s` is followed by its own bracket (after its tail words, if any, the bracket opens right after it). */
function hasOwnBracket(items: SentenceItems, s: number): boolean {
  return s + 1 < items.length && items.mention[s + 1]! < 0 && items.keys[s + 1] === '(';
}

/** Among the subjects stand nationality words of two countries ("Ukrainian and Russian forces"). */
function bothSides(doc: Doc, items: SentenceItems, subjects: readonly number[]): boolean {
  let country: string | undefined;
  for (const s of subjects) {
    const m = doc.mentions[items.mention[s]!]!;
    if (m.form !== 'demonym' || m.ref === undefined) continue;
    if (country !== undefined && country !== m.ref.id) return true;
    country = m.ref.id;
  }
  return false;
}

/** Words of two sides firing at each other: "Ukrainian and Russian forces engaged in mortar fire near X", "exchanged fire". */
const MUTUAL = new Set(['engaged', 'exchanged', 'exchanging', 'exchange', 'traded', 'trading', 'trade']);
/** Words of blaming: "Russian and Ukrainian officials traded accusations of shelling X" names both as attackers (the gold's reading). */
const BLAMING = new Set(['accusations', 'accused', 'accusing', 'claims', 'blame', 'blamed', 'blaming']);

/** The matched items hold a word of mutual firing and none of blaming. */
function mutualExchange(items: SentenceItems, first: number, last: number): boolean {
  let mutual = false;
  for (let i = first; i <= last; i++) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (BLAMING.has(key)) return false;
    if (MUTUAL.has(key)) mutual = true;
  }
  return mutual;
}

/**
 * The title ending at item `last` goes straight on into a name other than item `subject`'s: a person
 * mention, or a capitalized word the recognizers left unnamed.
 */
function titleBeforeOtherName(doc: Doc, items: SentenceItems, last: number, subject: number): boolean {
  const next = last + 1;
  if (next >= items.length || next === subject) return false;
  const m = items.mention[next]!;
  if (m >= 0) return doc.mentions[m]!.type === 'Person';
  return /^\p{Lu}\p{Ll}/u.test(doc.text.slice(items.start[next]!, items.end[next]!));
}

/** A mention followed by a hyphen and a word: "Russian-appointed", "Kremlin-backed". */
function joinedByHyphen(doc: Doc, m: Mention): boolean {
  const c = doc.text.charCodeAt(m.end);
  return (c === 45 || c === 0x2010 || c === 0x2011) && /\p{L}/u.test(doc.text.charAt(m.end + 1));
}

/** The sentence holding `offset`, searched back from sentence `from` (an antecedent is a few sentences back at most). */
function sentenceAt(doc: Doc, offset: number, from: number): number {
  let s = from;
  while (s > 0 && doc.sentences[s]!.start > offset) s--;
  return s;
}

/**
 * Every rule anchored on an item of `items`, its statements pushed to `found`. Returns the items' word infos and
 * attribution cues (computed the first time a rule matched), which the sentence's later passes read.
 */
function matchRules(doc: Doc, items: SentenceItems, ctx: Context, found: RelationMention[]): { infos: Array<WordInfo | undefined>; cues: CuePositions | undefined } {
  const infos = ctx.words.fill(doc, items);
  const facts = ctx.words.factsOfItem;
  const matcher = new ItemMatcher(doc, items, ctx.titles, infos, facts);
  ctx.needs.begin(doc, items, facts, ctx.words.needLists.pool);
  const generation = ctx.needs.generation;
  // The sentence's attribution cues, indexed the first time a rule matches in it (most sentences have no match).
  let cues: CuePositions | undefined;
  for (let i = 0; i < items.length; i++) {
    // A word anchoring no pattern is passed over by its facts, without reading its info (item-facts.ts).
    if (items.mention[i]! < 0 && !anchorsPatterns(facts[i]!)) continue;
    const info = items.mention[i]! >= 0 ? ctx.onMention : infos[i]!;
    if (!info.candidates) continue;
    // The key's candidates that may be anchored in this sentence, found at its first item (NeedPositions.fillLive).
    if (info.liveSentence !== generation) ctx.needs.fillLive(info);
    const live = info.live;
    // An indexed loop: most candidates fail at once, and no iterator is made for them.
    for (let c = 0; c < info.liveCount; c++) {
      const candidate = live[c]!;
      if (!ctx.needs.inWindow(candidate, i)) continue;
      const match = matcher.matchAt(candidate.pattern, i);
      if (match) statements(doc, items, (cues ??= cuePositions(items, ctx.attribution, infos)), candidate.rule, match, ctx, found);
    }
  }
  return { infos, cues };
}

/** Runs every rule anchored on each item of each sentence that holds at least two mentions. */
export function extractRelations(doc: Doc, ctx: Context): RelationMention[] {
  const found: RelationMention[] = [];
  const mentions = doc.mentions;
  let m = 0;
  const reused = emptyItems();
  const reusedCut = emptyItems();
  const broad: RelationMention[] = [];
  doc.sentences.forEach((sentence, s) => {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    let endMention = m;
    while (endMention < mentions.length && mentions[endMention]!.start < sentence.end) endMention++;
    // One name is enough when a pronoun or description stands for another ("Russian forces shelled the city").
    if (endMention - m < 1 || (endMention - m === 1 && !mayRefer(doc, s))) return;
    const items = sentenceItems(doc, s, m, endMention, reused);
    if (resolveAnaphora(doc, items, m) + (endMention - m) < 2) return;
    const before = found.length;
    const { infos, cues } = matchRules(doc, items, ctx, found);
    if (ctx.secondPhrase && found.length > before) addSecondPhrases(doc, items, found, before, ctx.secondPhrase);
    if (ctx.secondPhrase && found.length > before) addSecondPlaces(doc, items, found, before);
    if (ctx.secondPhrase && found.length > before) addOriginPlaces(doc, items, found, before);
    if (ctx.secondPhrase && found.length > before) addListContinuations(doc, items, found, before);
    if (ctx.secondPhrase && found.length > before) addResumedLists(doc, items, found, before);
    if (ctx.secondPhrase && found.length > before) addTargetItems(doc, items, found, before);
    if (ctx.secondPhrase && found.length > before) addSuccessors(doc, items, found, before);
    if (ctx.secondPhrase && found.length > before) addCoordinatedOffices(doc, items, found, before, ctx.titles);
    if (ctx.secondPhrase && found.length > before) addCounterpartOffices(doc, items, found, before);
    // After every rule of the sentence, so it adds only the pairs they did not state (known-containment.ts).
    if (ctx.secondPhrase) addKnownContainment(doc, items, found, before);
    // The broad reading of operatesIn, after the sentence's rules (unit-place-cooccurrence.ts); built-in rules only.
    if (ctx.secondPhrase) addCooccurrences(doc, items, cues, ctx.attribution, infos, ctx.negation, broad);
    // Last: the event's scope reads on only from what every rule and pass above stated (scope-places.ts).
    if (ctx.secondPhrase && found.length > before) addScopePlaces(doc, items, found, before);
    // Last of all, and only where two verbs share an object ("tried and failed to seize X"): the rules once more
    // without the second verb (coordinated-verb.ts); its infos overwrite the sentence's, which nothing reads after this.
    if (ctx.secondPhrase) {
      const cuts = coordinatedVerbCuts(items);
      if (cuts.length > 0) {
        const mark = found.length;
        matchRules(doc, withoutCuts(items, cuts, reusedCut), ctx, found);
        keepOnlyNew(found, before, mark);
      }
    }
  });
  if (ctx.ministries) addMinistryHeads(doc, found);
  // Filled with undefined up front: written at scattered indices past the end of an empty list, a report's
  // thousands of mentions turned it into a slow dictionary.
  const keys = new Array<string | undefined>(mentions.length).fill(undefined);
  const keyOf = (i: number): string => (keys[i] ??= provisionalKey(mentions[i]!));
  peopleToFirstMention(doc, found, keyOf, PEOPLE_FIRST_PREDICATES);
  toSameSentenceMention(doc, found, keyOf);
  const kept = dedupeRelations(withPresence(doc, dropNonTargets(doc, relocateOwnedTargets(doc, dropHostVisits(doc, dropSameSideFights(doc, found), ctx.hostRules)), keyOf)).concat(broad), keyOf);
  return calibrateConfidence(doc, kept, ctx.calibrated, ctx.minConfidence, keyOf);
}

/**
 * The relations stage: rule tables (built-in and user JSON files) compiled once, matched sentence by
 * sentence over the recognized mentions; fills doc.relations with evidence, rule name and confidence.
 */
export const relationsStage: StageFactory = (options, env) => {
  checkOptionKeys(options, 'relations', ['rules', 'minConfidence']);
  const raw = options.rules ?? 'builtin';
  const sources = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(sources) || sources.length === 0 || sources.some((x) => typeof x !== 'string')) {
    throw new PipelineConfigError('stage "relations"', 'option "rules" must be "builtin", a rule file path, or an array of them');
  }
  const specs = loadRuleSpecs(sources as string[], env.baseDir);
  const { index, needs, wordSets } = compileRules(specs);
  const attribution = new Set(attributionCues);
  const titles = compileTitleLexicon();
  const words = new WordInfos(index, needs, attribution, titles.vocabulary, wordSets);
  const ctx: Context = {
    index,
    needs: new NeedPositions(needs),
    words,
    onMention: words.ofKey(MENTION_KEY),
    hostRules: new Set(specs.filter((r) => r.notByHost).map((r) => r.name)),
    calibrated: new Set(sources.includes('builtin') ? [...builtinRules.map((r) => r.name), PRESENCE_RULE, SECOND_PHRASE_RULE, SECOND_ATTACK_RULE, SECOND_PLACE_RULE, ORIGIN_RULE, LIST_CONTINUATION_RULE, LIST_RESUMED_RULE, TARGET_ITEMS_RULE, MINISTRY_RULE, COORDINATED_OFFICE_RULE, KNOWN_CONTAINMENT_RULE, COOCCURRENCE_RULE, SCOPE_RULE] : [PRESENCE_RULE]),
    // The built-in rules' second verb phrases of a unit (second-phrase.ts); a user's rule table reads its own.
    secondPhrase: sources.includes('builtin') ? SECOND_PHRASE_WORDS : undefined,
    ministries: sources.includes('builtin'),
    titles,
    negation: new Set(negationCues),
    attribution,
    minConfidence: optionNumber(options, 'minConfidence', 'relations', 0.5, [0, 1]),
  };
  return {
    name: 'relations',
    run(doc: Doc) {
      doc.relations = extractRelations(doc, ctx);
    },
  };
};
