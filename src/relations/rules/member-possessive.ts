import type { RelationRuleSpec } from '../rule-spec.js';

/** What a person's party is called after its name: "X's [Unity] party", "his [Unity] movement". */
const PARTY_NOUNS = 'party|parties|coalition|movement|faction|bloc|alliance';
const WHICH = '?ruling|governing|opposition|own|centrist|conservative|liberal|nationalist|leftist|rightist|moderate|hardline|hard-line|secular|islamist';

/**
 * memberOf read from a possessive between a person and an organization (or the "of" that says the same).
 *
 * party-of-person: a party named by its member's possessive (annotation guidelines, wire news: "a party by a possessive
 * ("[X]'s [Unity Party]") → memberOf, not leaderOf"): "[X]'s ruling [Unity] party", "the feud between [X] and his
 * [Unity] party", with the party's noun after the name (a person's possessive on any other organization — "[X]'s
 * [Acme] company" — may be an owner's or a founder's).
 */
export const memberPossessiveRules: readonly RelationRuleSpec[] = [
  {
    // An organization's possessive on a person's name, no title between: "[Acme News]'s [X] reports from …", "the
    // [Unity] movement's [X] said". The guidelines' wire-news gold marks memberOf for it (a correspondent of a news
    // agency); a title between is title-before-name's, and a country's possessive ("[Freedonia]'s [X]") ties nothing.
    name: 'person-of-org-possessive',
    predicate: 'memberOf',
    confidence: 0.7,
    patterns: ["O:CivilOrg|ArmedGroup 's S:Person"],
  },
  {
    name: 'party-of-person',
    predicate: 'memberOf',
    confidence: 0.75,
    patterns: [
      `S:Person 's ${WHICH} O:Org ${PARTY_NOUNS}`,
      `S~Person ${WHICH} O:Org ${PARTY_NOUNS}`,
      // The party's member after "of", with his office: "the rival [Unity] party of President [X]" (branch newsrel4).
      `${WHICH} O:Org ${PARTY_NOUNS} of ?$honorific S:Person`,
    ],
  },
];
