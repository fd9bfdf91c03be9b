import { pairRecord, type CompiledIndex } from './index.js';

/**
 * A village the list does not hold for the region its paragraph is about, whose every namesake lies elsewhere:
 * "troops entered X" beside "Donetsk Oblast", where GeoNames has X only as a hamlet of Russia's far north or as
 * villages of other oblasts. Any link would be wrong (inNamedRegion found no namesake in the region to choose), and
 * an unlinked place is better than a wrong link, so the name stays a place without a record. Where the paragraph
 * names no region, a namesake in a country the document never names is as surely wrong (a Donbas village linked to
 * a Czech hamlet). Kept: a curated record among the namesakes; a namesake in the region, or in the region's country
 * where GeoNames records no region for it; one in a region the document names anywhere (a border village of Kursk
 * Oblast in a paragraph about Sumy Oblast's shelling); and a town of 10,000 or more by its own name ("Moscow"
 * beside "Kharkiv Oblast"). Measured on the 294 ISW reports (branch res11, docs/evaluation.md): of the unlinked
 * mentions outside test reports and gold paragraphs, 40 of 40 read for the other-country case and 25 of a seeded 25
 * for the other-region case were wrong links before (one right link lost: a Moldovan border town).
 */

/**
 * A town this big is the town whatever region its paragraph names (as in inNamedRegion); by an alternate name it
 * counts a tenth of its people, as the index ranks namesakes: "St. Petersburg" beside "Kharkiv Oblast" is the city,
 * "Russian river" (a small Californian town's alternate name) is no link.
 */
const KEEPS_NAME_ANYWHERE = 10_000;
const ALIAS_WEIGHT = 0.1;

/**
 * Every namesake (the eligible pairs, most likely first) lies outside `region`, the region named nearest in the
 * paragraph (a subdivision's record number + 1), or, when the paragraph names none, outside every country the
 * document names (`countries`); and outside every region the document names (`regions`).
 */
export function namesakesAllElsewhere(
  index: CompiledIndex,
  pairs: readonly number[],
  region: number,
  countries: ReadonlySet<number>,
  regions: { named(region: number): boolean },
  ownName: boolean,
): boolean {
  if (pairs.length === 0 || (region === 0 && countries.size === 0)) return false;
  const home = region === 0 ? 0 : index.country[region - 1]!;
  if (region !== 0 && home === 0) return false;
  const top = pairRecord(pairs[0]!);
  const people = index.population[top]!;
  if (people * (ownName ? 1 : ALIAS_WEIGHT) >= KEEPS_NAME_ANYWHERE) return false;
  // With no region in the paragraph, only a village GeoNames records as small goes: many towns of Syria have no
  // recorded population, and a press spelling is an alternate name ("Qamishli", "Jisr al-Shughur" in a report that
  // names only Iraq stay linked).
  if (region === 0 && (people === 0 || people >= KEEPS_NAME_ANYWHERE)) return false;
  for (const pair of pairs) {
    const r = pairRecord(pair);
    const country = index.country[r]!;
    const within = index.within[r]!;
    if (r < index.full.length || country === 0 || regions.named(within)) return false;
    // In the region's country a namesake is kept only in the region itself or where GeoNames gives no region.
    if (region === 0 ? countries.has(country) : country === home && (within === 0 || within === region)) return false;
  }
  return true;
}
