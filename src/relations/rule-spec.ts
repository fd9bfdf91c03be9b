import type { Predicate } from '../model/document.js';

/**
 * A relation rule as written in a rule table (TypeScript table or user JSON file). One rule states one
 * idea ("X visited Y"); its `name` is written on every statement it produces, so keep names stable.
 *
 * Patterns are a small sequence language over a sentence's items, where each recognized mention is one
 * item and every other token is a word item (in the spirit of GATE JAPE over annotations):
 * - `S:Person|Org` / `O:Place` — the subject / object: a mention of one of the listed argument types
 *   (Person, Place, City, Region, Area, Country, Polity, Org, Unit, Group, Belligerent, NamedParty, ArmedOrg (ArmedService or ArmedGroup), ArmedService, ArmedGroup, CivilOrg, Demonym, Any). Flags after the
 *   types: `+` coordinated list ("Kharkiv, Sumy, and Dnipro" → each one), `^` follow a possessive chain to
 *   its head ("the 8th Army's 150th Division" → the division).
 * - `_:Unit` — a mention that must be there but is not an argument.
 * - `S~Person` — a pronoun (his, her, …) standing for the nearest earlier mention of that type.
 * - `visited|visits` — one word out of the alternatives (lower case; `'s` matches ’s too).
 * - `$title` — an office or rank ("Deputy Prime Minister", "commander"): becomes the relation's role.
 * - `$honorific` — a title or rank that is not the relation's role ("… of the Fleet Admiral X").
 * - `$tail` — skips what may follow a unit name: parentheticals and "of the <unit>" chains.
 * - `$aside` — skips a comma-delimited aside ("X, who had served in Syria, visited …").
 * - `$clause` — matches no item: a clause opens here (sentence start, or after a comma, "that", a colon, a
 *   semicolon, a bracket or a dash; an article may stand between). `$clause S:Country …` takes only an actor
 *   that opens its clause, and lets the match go on to an earlier one.
 * - `$actor` — matches no item: the mention next to it is not governed by the word before it ("in", "of",
 *   an event verb: see `actor`), so `$actor S:Country …` passes over "forces in Belarus" to "Russian".
 * - `*N` — up to N plain words (no mention, no punctuation); `**N` — up to N words or mentions; `*N,` —
 *   up to N plain words and the commas of a list closed by "and"/"or" ("air, missile, and artillery").
 * - a leading `?` makes an element optional.
 * The first required word element anchors the rule (where matching starts); rules without one anchor on
 * their first mention element.
 */
export interface RelationRuleSpec {
  name: string;
  predicate: Predicate;
  patterns: string[];
  confidence: number;
  /** The role's class (leader, member, rank) picks leaderOf or memberOf; `predicate` when there is no role. */
  byRole?: boolean;
  /** Emit only when a role is known (from `$title` or the subject's title). */
  requireRole?: boolean;
  /** The relation holds both ways: emitted once, subject = the earlier mention. */
  symmetric?: boolean;
  /** Place containment: the subject must be a smaller kind of place than the object and lie in its country. */
  containment?: boolean;
  /** Neither argument may be a member of a longer list of the same type ("Poland, Slovakia, and Hungary"). */
  notInList?: boolean;
  /**
   * The object is not one of a list of its kind ("A, B, and other areas in Y and Z Oblasts"): the text does not say
   * which subject lies in which. The subjects may be a list (`notInList` forbids both).
   */
  objectAlone?: boolean;
  /** Words that, inside the matched stretch, mean the relation does not hold ("phone talks" are no meeting). */
  blockers?: string[];
  /**
   * For visits inferred from where people met: not emitted for the host, a person whose own country
   * (gazetteer, nationality, or a leaderOf/memberOf statement in the document) holds the place.
   */
  notByHost?: boolean;
  /**
   * The subject is the doer of an event and starts the match: it may not be the object of a word before it
   * ("searches for Ukrainian partisans", "command of the Russian offensive"), and an object joined by a
   * hyphen to another name ("the X-Y highway", "X-Y line") names a road or a front line, not the place.
   */
  actor?: boolean;
  /**
   * The subject is an actor carried over a coordination from an earlier clause: it must open its clause
   * (sentence start, or after a comma, "that", a colon or a semicolon), and it is not governed (`actor`).
   */
  actorOpensClause?: boolean;
  /**
   * The role must be an office a town or a district has (mayor, head, deputy, adviser — titles.ts
   * `localOffices`): "Melitopol Mayor X" is the town's, "in Tbilisi President X" is not.
   */
  localOffice?: boolean;
  /**
   * The role must be a leading office (a commander's, a head's: titles.ts `leader`): "Freedonian Northern Military
   * District Commander X" serves the country, while its spokesperson is read for the formation only (the ISW golds).
   */
  leadingOffice?: boolean;
  /**
   * The subjects of one match are one side: a list of two nationalities ("Ukrainian and Russian forces fought
   * near X") names both sides of a fight, and neither is the one who attacked.
   */
  oneSide?: boolean;
  /**
   * The object is where the subject is: a place it only heads for ("advanced toward X", "in the direction of
   * X") gives no statement.
   */
  atThePlace?: boolean;
  /**
   * The object may not name a sector ("from the X direction", "the Y axis": direction-name.ts): forces moved from a
   * sector left no place (rules/withdrawal-transfer.ts).
   */
  placeNotSector?: boolean;
  /**
   * The subject's name does not run on into a longer name the recognizers left unnamed: "the [Aid Front] Field Hospital
   * in X" names a hospital whose name begins with the organization's, perhaps in the organization's own city (its seat),
   * not a facility the organization runs elsewhere (facility-name.ts).
   */
  subjectEndsName?: boolean;
  /** The object is not a bearing's reference point ("X, 60km west of Y, which …": Y only locates X): bearing-point.ts. */
  notBearing?: boolean;
  /** A nationality object names forces ("Ukrainian troops"), not an attack or ground of theirs ("Russian assaults"): party-forces.ts. */
  partyForces?: boolean;
  /**
   * A subject list member that has its own bracket takes nothing from a later one: in "A (of the 3rd Division)
   * and B (of the 4th Division)" the second bracket is B's only.
   */
  ownBracket?: boolean;
  /**
   * The subject is the one present or acting, not governed by the words before it: not named as what something
   * else is part of ("A, part of the 6th Army and deployed near X", "A and B, both of the 4th Division, were seen
   * near X") nor as what a legal act concerns ("the legalization of X in Y"): subject-acts.ts.
   */
  subjectActs?: boolean;
  /**
   * The subjects are a list closed by "and"/"or" whose last conjunct is followed right away by the phrase
   * naming the object: "A, B, and C of the 8th Army" gives each of them; a conjunct with a complement of its
   * own closes the list before it ("A, B of the 20th Army, and C of the 8th Army": only C). A single subject
   * gives nothing (other rules read it).
   */
  closedList?: boolean;
  /**
   * The subject is a nationality naming the agent of an attack noun ("a Ukrainian strike on X"), whatever governs
   * the noun phrase — but not after "of the", where it names a topic ("the pace of the Russian offensive"): nominal-agent.ts.
   */
  nominalAgent?: boolean;
  /**
   * The words between the object and the title (or the titled subject) continue a name — capitalized words
   * and linking words only: "Y Air Force Command Spokesperson X" names a command of Y, "Y forces killed
   * commander X" names no office of Y. A rank gives nothing (named-gap.ts).
   */
  namedGap?: boolean;
  /**
   * The subject is the one a verb acts on, so it is no agent of a relative clause on an earlier name: in "X, whom
   * Y appointed commander of Z" Y holds nothing (relative-agent.ts).
   */
  notRelativeAgent?: boolean;
  /**
   * The object is not the owner named in an apposition on a part, right before the words that read the relation: in "A,
   * an elite unit of B led by X", X leads A, not B (part-owner-led.ts).
   */
  notPartOwner?: boolean;
  /**
   * The match opens its noun phrase: no article or determiner stands before it ("Freedonian Chief of the Y X" is a
   * title before a name; "the Freedonian Commander of the Y, General X" a description): phrase-opening.ts.
   */
  titleOpensPhrase?: boolean;
}
