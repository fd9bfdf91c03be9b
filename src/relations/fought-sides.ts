import type { Doc, Mention, RelationMention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { firstItem } from './item-extremes.js';

/**
 * Parties of one side do not fight each other (annotation guidelines: `foughtAgainst` — two parties fought each
 * other). "Russian and DNR forces clashed with Ukrainian forces near X" and "Wagner Group and LNR units fought near
 * X" name allies acting together, not a fight between them; the rules that read two coordinated parties as the two
 * sides of a fight ("Russian and Ukrainian forces clashed near X") cannot tell. A party's side is its country (the
 * gazetteer's country of a nationality, a country, a unit or an organization); a proxy republic ("Donetsk People's
 * Republic") fights on Russia's side wherever its territory lies. Parties of no known side keep their statements
 * (foreign volunteers, who may fight either side).
 */
const SIDES: ReadonlySet<string> = new Set(['RU', 'UA']);
const isRepublic = (m: Mention): boolean => m.type === 'Place' && m.placeKind === 'Region' && m.ref !== undefined && /\bRepublic\b/.test(m.ref.name);

/** 'RU' or 'UA' when the mention names a party of that side, else undefined. */
export function sideOf(m: Mention): string | undefined {
  if (isRepublic(m)) return 'RU';
  const country = m.ref?.country;
  return country !== undefined && SIDES.has(country) ? country : undefined;
}

/** The relations without the `foughtAgainst` statements whose two parties are of the same known side. */
export function dropSameSideFights(doc: Doc, relations: RelationMention[]): RelationMention[] {
  return relations.filter((r) => {
    if (r.predicate !== 'foughtAgainst') return true;
    const a = sideOf(doc.mentions[r.subject]!);
    return a === undefined || a !== sideOf(doc.mentions[r.object]!);
  });
}

/**
 * Coordinated parties whose verb of fighting takes a third party are one side: "A, B and C troops are fighting a
 * resurgent X", "A and B troops clash regularly with insurgents", "A, B and C forces are fighting daily battles
 * against X". The rule that reads "A and B forces clashed near Y" as a fight between A and B ends at the verb; what
 * follows it tells: a preposition of place keeps the two sides ("clashed near Y", "continued to fight on the Y
 * front"), "with"/"against" (not "with each other") or an object that is no battle makes them allies. Branch
 * iswprec3, on 1,110 wire-news stretches far from the gold windows: 3 such statements, all wrong; on the 294 ISW
 * reports none (their verbs of fighting are followed by a place).
 */
const AGAINST = new Set(['with', 'against']);
const MUTUAL = new Set(['each', 'one']);
const OBJECT_OPENERS = new Set(['a', 'an']);
/** A fight as the verb's own object: "fought a fierce battle near Y" is still between the two. */
const FIGHT_NOUNS = new Set(['battle', 'battles', 'fight', 'fights', 'war', 'firefight', 'firefights', 'skirmish', 'skirmishes', 'clash', 'clashes', 'engagement', 'gunbattle']);
/** Words of frequency or force that may stand before the fight's noun: "fighting daily battles against X". */
const DAILY = new Set(['daily', 'fierce', 'heavy', 'regular', 'frequent']);
/** How many items after the verb are read ("clash regularly with", "fighting daily battles against"). */
const LOOK_AHEAD = 3;

/** Words after "a" that end the look for its noun without meeting a party. */
const OBJECT_ENDS = new Set(['in', 'near', 'on', 'at', 'around', 'between', 'along', 'over', 'for', 'since', 'during', '.', ',', ';']);
/** How far the noun after "a" is looked for ("fought a three and a half year border war"). */
const OBJECT_LOOK_AHEAD = 8;

/** True when the match's parties are coordinated before its closing verb ("A and B troops clash …") and the verb takes a third party. */
export function fightTakesThirdParty(items: SentenceItems, objects: readonly number[], last: number): boolean {
  if (items.mention[last]! >= 0) return false;
  // The two parties coordinated before the verb: "A and B forces", "A, B and C troops".
  const o = firstItem(objects);
  if (o > last || (items.keys[o - 1] !== 'and' && items.keys[o - 1] !== ',')) return false;
  for (let i = last + 1; i < items.length && i <= last + LOOK_AHEAD; i++) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (AGAINST.has(key)) return !MUTUAL.has(items.keys[i + 1] ?? '');
    if (i === last + 1 && OBJECT_OPENERS.has(key)) {
      for (let j = i + 1; j < items.length && j <= i + OBJECT_LOOK_AHEAD; j++) {
        if (items.mention[j]! >= 0) return true;
        if (FIGHT_NOUNS.has(items.keys[j]!) || OBJECT_ENDS.has(items.keys[j]!)) return false;
      }
      return false;
    }
    if (!/ly$/.test(key) && !FIGHT_NOUNS.has(key) && !DAILY.has(key)) return false;
  }
  return false;
}
