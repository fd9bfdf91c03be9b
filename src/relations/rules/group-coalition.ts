import type { RelationRuleSpec } from '../rule-spec.js';
import { NOT_YET_WORDS } from './unit-action-words.js';

/**
 * `partOf` for an armed group, a militia or a faction inside a coalition, an umbrella or a parent organization, as
 * analysis of the Syrian, Iraqi, Yemeni and Sahel wars names it: "A is a member of the B coalition", "A, a faction of
 * B,", "A, one of the strongest factions of B", "B, an alliance of A, C and D", "A joined B." The unit rules (builtin.ts
 * unit-part-of) read formations with a designation ("the 3rd Battalion, part of the 9th Brigade"); an organization
 * subject was read by none, so armed groups' memberships in coalitions were lost (the lead's probes: "Ahrar al-Sham is
 * a member of the National Front for Liberation"). The annotation guidelines' `partOf` (a formation subordinate to
 * another) is widened to organizations under organizations for this (docs/annotation-guidelines.md); `memberOf` stays
 * a person's. Only groups on both sides: a country in an alliance ("Türkiye, a member of NATO") is left out, as the
 * guidelines give `partOf` no country subject.
 */

/** What a group is of a wider one: a member, a faction, a component, a wing, an affiliate. */
const MEMBER_NOUNS =
  'member|members|faction|factions|component|components|part|constituent|constituents|affiliate|affiliates|branch|branches|wing|wings|offshoot|subgroup|subgroups|brigade|brigades|group|groups|militia|militias|formation|formations|unit|units|arm';
/** Words before the member noun: "a leading member of", "one of the strongest factions of", "an armed wing of". */
const QUALIFIED = `?a|an|the|one|two|three|its ?of ?the *3[${NOT_YET_WORDS}|and|or|which|that|who|not|no|up|to|than|about|around|over|nearly|some|of|former|formerly|previously|rival|enemy|opponent|opponents]`;
/** Copulas of a standing membership (not one to come: NOT_YET_WORDS stop the gap). */
const IS = 'is|are|was|were|remains|remained|became|has|have|had|being';
/** A coalition named by its kind, before its members: "an alliance of A and B", "an umbrella group of A, C and D". */
const COALITION_NOUNS = 'alliance|coalition|umbrella|grouping|federation|confederation|merger|union|bloc|front';
/** Between the coalition noun and its members: its kind ("group", "organization") or a description ("of rebel factions, including"). */
const MEMBERS_OPEN = '?group|organization|body|force|forces ?of|including|comprising|uniting|joining ?the';
/** A group's people before it: "fighters of the A, a faction of B". */
const GROUP_PEOPLE = 'fighters|militants|members|units|forces|elements|troops';
/** Words of a fight after "joined X": joining a fight, not a group ("joined X in attacking Y", "joined the X offensive"). */
const JOINED_FIGHT = 'against|fighting|fight|attacking|attack|attacks|offensive|offensives|war|battle|battles|operation|operations|assault|assaults|clashes|forces|troops|fighters|and|to|the|a|with|alongside';

export const groupCoalitionRules: readonly RelationRuleSpec[] = [
  {
    name: 'group-part-of-coalition',
    predicate: 'partOf',
    confidence: 0.75,
    patterns: [
      // "A, a faction of B,", "A, one of the strongest factions of B", "A, which is a member of B".
      // (The group opens its clause: in "as one of the members of the X, a founding member of Y" X is no member of Y.)
      `$clause S:Group $tail , ?which|that ?${IS} ?also|now|still|formally|reportedly ${QUALIFIED} ${MEMBER_NOUNS} of|in|within ?the O:Group^`,
      // "A is a member of B", "A is part of B", "A has been one of the factions of B".
      `$clause S:Group $tail ${IS} ?been ?also|now|still|formally|reportedly ${QUALIFIED} ${MEMBER_NOUNS} of|in|within ?the O:Group^`,
      // "B, an alliance of A, C and D", "B, an umbrella group of A and C", "B, a coalition including A" (the list ends the
      // phrase: in "B, a coalition of A affiliates" A is no member).
      `O:Group $tail , ?which|that ?is|was ?a|an|the *2[${NOT_YET_WORDS}|and|or|which|that|not|former] ${COALITION_NOUNS} ${MEMBERS_OPEN} *3[and|or|which|that|who|led|by|against|in] ?the S:Group+ $tail ,|.|;|and`,
      // "B is an alliance of A and C", "B is an umbrella of X affiliates, including A and D" (the copula, B first).
      `$clause O:Group $tail ${IS} ?a|an|the *2[${NOT_YET_WORDS}|and|or|which|that|not|former] ${COALITION_NOUNS} ?group|organization|body of ?the S:Group+ $tail ,|.|;|and`,
      `$clause O:Group $tail ${IS} ?a|an|the *2[${NOT_YET_WORDS}|and|or|which|that|not|former] ${COALITION_NOUNS} ?group|organization|body of **6[and|or|which|that|who|led|by|against|.|;] ?, including|notably ?the S:Group+`,
      // "Fighters of the A, a faction of B,": the group's people before it (not a clause's object: "members of the X").
      `$clause ${GROUP_PEOPLE} of ?the S:Group $tail , ${QUALIFIED} ${MEMBER_NOUNS} of|in|within ?the O:Group^`,
      // "B, which includes A and C", "B, comprising A, C and D".
      `O:Group $tail , ?which|that includes|included|including|comprises|comprised|comprising|unites|united|uniting ?the S:Group+`,
      // "A joined B." / "A joined B in January 2017." — not a fight joined ("joined B in attacking Y", "joined the B offensive").
      `$clause S:Group $tail ?formally|officially|later|then joined|rejoined ?the O:Group $tail *3[${JOINED_FIGHT}] .`,
    ],
  },
];
