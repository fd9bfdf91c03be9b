import type { Doc, Mention, RelationMention } from '../model/document.js';

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
