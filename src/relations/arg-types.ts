import type { Mention } from '../model/document.js';

/**
 * Argument types a rule may ask for. Demonyms only stand for a country where a rule says so (Country,
 * Polity, Demonym); every other type means a named mention.
 */
export const argTypes = ['Person', 'Place', 'Site', 'City', 'Region', 'Area', 'Country', 'Polity', 'Org', 'Unit', 'Group', 'Belligerent', 'NamedParty', 'ArmedOrg', 'ArmedService', 'ArmedGroup', 'CivilOrg', 'Demonym', 'Any'] as const;
export type ArgType = (typeof argTypes)[number];

const isDemonym = (m: Mention): boolean => m.form === 'demonym';
const isPlace = (m: Mention): boolean => m.type === 'Place' && !isDemonym(m);
/**
 * An armed service or a private military company: an organization the gazetteer of armed formations lists ("Wagner
 * Group", "Airborne Forces"), which the annotation guidelines type ORG.
 */
const isArmedService = (m: Mention): boolean => m.type === 'Organization' && !isDemonym(m) && fromArmedFormationList(m);
/**
 * The mention's record is one of the lists of armed formations: `units` (formations, armed services, private military
 * companies) or `armed-services` (the branches and arms of the Russian and Ukrainian armed forces, branch known12).
 */
export const fromArmedFormationList = (m: Mention): boolean => m.ref?.source === 'units' || m.ref?.source === 'armed-services';
/**
 * An armed group: an organization a list marks `armed` (armed groups, militias, insurgent movements: "Hezbollah", "the
 * Houthis"), which defence analysis writes about as it writes about units ("[X] fighters reinforced positions near [Y]").
 */
export const isArmedGroup = (m: Mention): boolean => m.type === 'Organization' && !isDemonym(m) && m.ref?.armed === true;
/**
 * An organization that fights: an armed service or an armed group. Such an organization "in X" operates there; any
 * other one "in X" is based there.
 */
export const isArmedOrg = (m: Mention): boolean => isArmedService(m) || isArmedGroup(m);
/**
 * A named facility or landmark: a place of no known kind whose name ends in a word for a built or natural
 * site ("Zaporizhzhia Nuclear Power Plant", "Antonivsky Bridge", "Arabat Spit"). Such a site lies in a town.
 */
const SITE_HEAD = /\s(?:plant|station|bridge|dam|airport|airfield|airbase|base|port|harbou?r|spit|factory|works|refinery|depot|cannery|university|academy|colony|prison|mine|terminal|shipyard|complex|district|island)$/i;
const isSite = (m: Mention): boolean => isPlace(m) && m.placeKind === 'Place' && SITE_HEAD.test(m.text);
const isRepublic = (m: Mention): boolean => m.placeKind === 'Region' && m.ref !== undefined && /\bRepublic\b/.test(m.ref.name);

const tests: Readonly<Record<ArgType, (m: Mention) => boolean>> = {
  Person: (m) => m.type === 'Person' && !isDemonym(m),
  Place: isPlace,
  Site: isSite,
  City: (m) => isPlace(m) && (m.placeKind === undefined || m.placeKind === 'City' || m.placeKind === 'Place'),
  Region: (m) => isPlace(m) && (m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region'),
  Area: (m) => isPlace(m) && (m.placeKind === 'Country' || m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region'),
  Country: (m) => isDemonym(m) || (isPlace(m) && m.placeKind === 'Country'),
  // Regions count: self-proclaimed republics ("Donetsk People's Republic") have leaders and units too.
  Polity: (m) => isDemonym(m) || (isPlace(m) && (m.placeKind === 'Country' || m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region')),
  Org: (m) => m.type === 'Organization' && !isDemonym(m),
  Unit: (m) => m.type === 'MilitaryUnit' && !isDemonym(m),
  Group: (m) => (m.type === 'Organization' || m.type === 'MilitaryUnit') && !isDemonym(m),
  // A party to fighting: a unit, an organization, a country or its nationality word, or a self-proclaimed
  // republic, which the gazetteer files as a Region ("DNR forces captured X"; annotation guidelines), not
  // any region ("a Southern Ukraine counteroffensive section").
  Belligerent: (m) => m.type === 'MilitaryUnit' || m.type === 'Organization' || isDemonym(m) || (isPlace(m) && (m.placeKind === 'Country' || isRepublic(m))),
  // A party named by its name, not a nationality word: what a war or a campaign is waged against ("a campaign against
  // [Freedonia]", "against the [Red Hand]"), where a nationality is mostly an owner ("a campaign against Freedonian
  // energy infrastructure": 2 of 4 such statements on the ISW reports, branch wirerel7).
  NamedParty: (m) => !isDemonym(m) && (m.type === 'MilitaryUnit' || m.type === 'Organization' || (isPlace(m) && (m.placeKind === 'Country' || isRepublic(m)))),
  ArmedOrg: isArmedOrg,
  ArmedService: isArmedService,
  ArmedGroup: isArmedGroup,
  CivilOrg: (m) => m.type === 'Organization' && !isDemonym(m) && !isArmedOrg(m),
  Demonym: isDemonym,
  Any: (m) => !isDemonym(m),
};

export function isArgType(name: string): name is ArgType {
  return (argTypes as readonly string[]).includes(name);
}

/** The tests by bit: bit i of typeBits is argTypes[i]'s test. */
const testList = argTypes.map((t) => tests[t]);
/** By test function typeTest returned: the bits of its types (typeMask). */
const masks = new Map<(m: Mention) => boolean, number>();

/**
 * The argument types a mention is, one bit per type of `argTypes` (tested once each): a test made by
 * typeTest(types) takes the mention exactly when typeBits(m) & typeMask(test) is not 0, since the test is the
 * "or" of its types' tests. The relations stage's need positions read these bits (requirements.ts).
 */
export function typeBits(m: Mention): number {
  let bits = 0;
  for (let i = 0; i < testList.length; i++) if (testList[i]!(m)) bits |= 1 << i;
  return bits;
}

/** The bits of the types of a test made by typeTest (see typeBits), or undefined for any other function. */
export function typeMask(test: (m: Mention) => boolean): number | undefined {
  return masks.get(test);
}

/** A test made by typeTest takes mentions of this type. */
export function testTakes(test: (m: Mention) => boolean, type: ArgType): boolean {
  return ((typeMask(test) ?? 0) & (1 << argTypes.indexOf(type))) !== 0;
}

/** A precompiled test for "is this mention one of these types". */
export function typeTest(types: readonly ArgType[]): (m: Mention) => boolean {
  const test = typeTestOf(types);
  masks.set(test, types.reduce((bits, t) => bits | (1 << argTypes.indexOf(t)), 0));
  return test;
}

function typeTestOf(types: readonly ArgType[]): (m: Mention) => boolean {
  const fns = types.map((t) => tests[t]);
  if (fns.length === 1) return fns[0]!;
  // A plain loop: `fns.some((f) => f(m))` made a closure per test (11 MB of allocation per 2 MB of text).
  return (m) => {
    for (let i = 0; i < fns.length; i++) if (fns[i]!(m)) return true;
    return false;
  };
}

/** Second-level divisions, named by their kind word: they lie inside first-level ones ("X Raion, Y Oblast"). */
const DISTRICT = /\s(raion|rayon|district|hromada|municipality|county|okrug)s?$/i;

/**
 * Size of a place kind, for containment rules: a city lies in a district, a district ("X Raion") in a
 * region, a region in a country.
 */
export function placeRank(m: Mention): number {
  // A region's nationality word ("Chechen") is as wide as its region.
  if (m.placeKind === 'Country' || (isDemonym(m) && m.placeKind === undefined)) return 2;
  if (m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region') return DISTRICT.test(m.text) ? 0.5 : 1;
  return 0;
}
