/**
 * How high a formation stands in a military hierarchy, read from the head word of its name ("the 20th
 * Guards Combined Arms Army" → an army). Used to keep `partOf` statements in the only order a hierarchy
 * has: a formation is part of a higher one, never of one of its own level or below ("the Eastern Military
 * District" is no part of "the Western Military District", "the 35th Army" none of "the 29th Army").
 * On the ISW corpus the 10 statements this guard drops were all wrong ("the A and B Military
 * Districts (AMD and BMD)" read as one part of the other, "the 35th Army and 36th Brigade of the 29th Army").
 */
const ECHELONS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [6, ['district', 'districts', 'fleet', 'fleets', 'md', 'smd', 'wmd', 'emd', 'cmd', 'nmd', 'front']],
  [5, ['army', 'armies', 'corps', 'caa', 'gcaa', 'ac', 'gta']],
  [4, ['division', 'divisions', 'mrd']],
  // A brigade may form a regiment of mobilized men ("the 15th Regiment of the 27th Brigade").
  [3.5, ['brigade', 'brigades', 'mrb']],
  [3, ['regiment', 'regiments', 'mrr']],
  [2, ['battalion', 'battalions', 'btg', 'btgs', 'detachment', 'detachments']],
  [1, ['company', 'companies', 'platoon', 'platoons']],
];

const RANK = new Map<string, number>(ECHELONS.flatMap(([rank, words]) => words.map((w) => [w, rank] as const)));
const WORD = /[\p{L}]+/gu;

/** The echelon of a formation named `text` by its last echelon word, or undefined when it names none. */
export function echelonOf(text: string): number | undefined {
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const rank = RANK.get(words[i]!);
    if (rank !== undefined) return rank;
  }
  return undefined;
}

/** `part` may be part of `whole`: unless both echelons are known and the part's is not lower. */
export function echelonAllows(part: string, whole: string): boolean {
  const a = echelonOf(part);
  const b = echelonOf(whole);
  return a === undefined || b === undefined || a < b;
}
