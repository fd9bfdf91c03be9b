import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * A town named as the part of a wider place that the sentence speaks of, before "in Y": the town lies in Y as in
 * "X in Y Oblast" (builtin.ts place-in-area), though a noun stands between them.
 * - A site or a unit of the town named after it, the noun lowercase and outside the town's span (annotation
 *   guidelines): "the X checkpoint in Y Oblast", "the X thermal power plant in Y", "A, B, and C hromadas in Y"; a
 *   site in a city too ("the X metal plant in northern Y": ISW dev gold marks X in Y).
 *   The noun is a closed list of facilities and local units, with at most two modifiers from a closed list, so a
 *   verb's phrase ("shelled X with the units in Y", "X residents in Y", "the X axis in Y") is never read.
 * - A town and the others like it: "X and other settlements in Y Oblast", "X City and other areas of Y Oblast".
 * Containment (the town smaller than Y and in its country, by the gazetteer) keeps a site named after a town
 * abroad from being placed in Y; of regions in a list ("A, B, and other areas in Y and Z Oblasts") the text does not
 * say which holds which town (on the 294 ISW reports all 5 statements read over such lists were wrong): none is read.
 * Water named after a town is not at the town ("the X reservoir in Y Oblast": on the
 * 294 ISW reports the one such statement was wrong), so reservoirs and dams are no sites here.
 */
const COMPASS = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west';
const HELD = '?_:Demonym ?- ?occupied|controlled|held|annexed|administered';
const WIDER = `in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`;

/** Facilities and local units named by their town. */
const SITE_NOUNS = [
  'checkpoint', 'colony', 'airfield', 'airfields', 'airbase', 'airport', 'base', 'plant', 'hospital', 'prison',
  'office', 'port', 'bridge', 'station', 'depot', 'pocket', 'refinery', 'factory', 'garrison', 'enterprise',
  'hromada', 'hromadas', 'raion', 'raions', 'community', 'communities', 'bridgehead', 'court',
  // Features of the front named by a village: "the X bulge in western Y Oblast".
  'bulge', 'salient',
].join('|');
/** What may qualify such a noun: "thermal power plant", "military recruitment office", "penal colony". */
const SITE_MODIFIERS = [
  'military', 'thermal', 'nuclear', 'power', 'hydroelectric', 'recruitment', 'enlistment', 'registration', 'penal',
  'correctional', 'city', 'railway', 'railroad', 'rail', 'train', 'garrison', 'bus', 'police', 'border', 'filtration', 'ammunition', 'fuel',
  'oil', 'air', 'naval', 'training', 'river', 'sea', 'regional', 'district', 'central', 'main', 'detention',
  'territorial', 'metallurgical', 'chemical', 'steel', 'cargo', 'passenger', 'substation', 'electrical', 'energy',
].join('|');
/** "and other settlements": the words for the others, of the same kind as the town. */
const OTHER_PLACES = 'settlements|areas|towns|cities|villages|communities|locations|places|districts|hromadas|parts';

export const placeSiteAreaRules: readonly RelationRuleSpec[] = [
  {
    name: 'place-site-in-area',
    predicate: 'locatedIn',
    containment: true,
    objectAlone: true,
    confidence: 0.75,
    patterns: [
      `S:Place+ $tail ?${SITE_MODIFIERS} ?${SITE_MODIFIERS} ${SITE_NOUNS} ${WIDER}`,
      // A site in a city: "the X steel plant in eastern Y", "the X factory in Y" (containment keeps a site named after
      // another town of the city's size out: "the A tractor plant in B City" says nothing of A).
      `S:Place $tail ?${SITE_MODIFIERS} ?${SITE_MODIFIERS} ${SITE_NOUNS} in ?the ?${COMPASS} ?part ?of ?the ${HELD} O:City`,
    ],
  },
  {
    name: 'place-and-others-in-area',
    predicate: 'locatedIn',
    containment: true,
    objectAlone: true,
    confidence: 0.75,
    patterns: [
      `S:Place+ $tail ?, and ?several|many|some|numerous|all|the other ?nearby|surrounding|frontline|occupied|unspecified ${OTHER_PLACES} in|of ?the ?${COMPASS} ?part ?of ?the ${HELD} O:Area`,
    ],
  },
];
