import type { Paragraph } from '../model/document.js';
import { KEY_COMMON, KEY_PERSON, PAIR_ALIAS, pairFlags, pairRecord, type CompiledIndex } from './index.js';

/**
 * First-level regions (oblasts, provinces) a document names, paragraph by paragraph, for choosing among
 * namesakes: "recaptured Sloboda" next to "Chernihiv Oblast" is the Sloboda there, not a bigger one in Russia.
 * A region is named by a subdivision's own name ("Chernihiv Oblast") or by a big town's own name that is no
 * ordinary word ("Kherson" says Kherson Oblast). A village the list holds once says nothing: the list lacks many
 * villages, and its only Novohryhorivka may lie in another region than the one a report means (on the 294 ISW
 * reports counting such villages turned a right choice wrong). Regions are GeoNames' `within` values: a
 * subdivision's record number + 1.
 */

/** A town this big names its region whatever namesakes it has ("Kharkiv" the city says Kharkiv Oblast). */
const BIG_TOWN = 100_000;

/** The region a key names by its most likely record, or 0 when it names none surely. */
export function keyRegion(index: CompiledIndex, key: number, subdivisions: number): number {
  const start = index.pairStart[key]!;
  if (start === index.pairStart[key + 1]!) return 0;
  const pair = index.pairs[start]!;
  const r = pairRecord(pair);
  if (r < index.full.length) return index.list[r] === subdivisions && pairFlags(pair) === 0 ? r + 1 : 0;
  if (index.keyFlags[key]! & (KEY_COMMON | KEY_PERSON) || pairFlags(pair) & PAIR_ALIAS) return 0;
  return index.population[r]! >= BIG_TOWN ? index.within[r]! : 0;
}

/**
 * The region named nearest to an offset inside its paragraph (before or after it), asked at offsets that never
 * decrease (the matcher's order): the paragraph is found by walking forward, the naming by a binary search, so
 * the whole document costs one pass over its paragraphs and a logarithm per name asked about.
 */
export class ParagraphRegions {
  private paragraph = -1;
  private namedSet: Set<number> | undefined;

  /** `at`, `ends` and `regions`: where each naming starts (ascending) and ends, and the region it names. */
  constructor(
    private readonly paragraphs: readonly Paragraph[],
    private readonly at: readonly number[],
    private readonly ends: readonly number[],
    private readonly regions: readonly number[],
  ) {}

  /** Whether the document names `region` anywhere (a set built on the first question). */
  named(region: number): boolean {
    if (region === 0) return false;
    this.namedSet ??= new Set(this.regions);
    return this.namedSet.has(region);
  }

  /** The region named nearest to the name at offset…end (in characters between them) in its paragraph, 0 for none. */
  nearest(offset: number, end: number): number {
    const { at, paragraphs } = this;
    if (at.length === 0) return 0;
    let p = this.paragraph;
    while (p + 1 < paragraphs.length && paragraphs[p + 1]!.start <= offset) p++;
    this.paragraph = p;
    if (p < 0 || offset >= paragraphs[p]!.end) return 0;
    const { start, end: stop } = paragraphs[p]!;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    // The naming at `offset` itself is the name asked about: the ones around it are lo - 1 and the next after it.
    const after = lo < at.length && at[lo] === offset ? lo + 1 : lo;
    const before = lo - 1;
    const beforeOk = before >= 0 && at[before]! >= start;
    const afterOk = after < at.length && at[after]! < stop;
    if (beforeOk && (!afterOk || offset - this.ends[before]! <= at[after]! - end)) return this.regions[before]!;
    return afterOk ? this.regions[after]! : 0;
  }
}
