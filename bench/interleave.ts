import { corpusBytes, type BenchDocument } from './corpus.js';
import { throughput, type Throughput } from './measure.js';

/** Something to time on a list of documents; returns how many tokens it saw. */
export interface Runner {
  name: string;
  run(docs: readonly BenchDocument[]): number;
}

export interface InterleavedResult {
  results: Throughput[];
  /** Per runner: the median over slices of (first runner's time ÷ this runner's time) — its speed relative to the first. */
  medianSpeedVsFirst: number[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Times several runners on the same corpus, slice by slice, one right after the other on each slice. On a
 * shared machine the load changes during a run; a paired comparison on each slice, summarized by its
 * median, keeps the ratio between runners meaningful even when the absolute rates move.
 */
export function interleaved(runners: readonly Runner[], docs: readonly BenchDocument[], slices: number, warmupDocs = 20): InterleavedResult {
  for (const r of runners) r.run(docs.slice(0, warmupDocs));
  const size = Math.ceil(docs.length / slices);
  const seconds = runners.map(() => 0);
  const tokens = runners.map(() => 0);
  const perSlice: number[][] = runners.map(() => []);
  for (let s = 0; s < docs.length; s += size) {
    const slice = docs.slice(s, s + size);
    // Each runner leaves the CPU caches warm for what it uses (wink-nlp's vocabulary, the gazetteer index) and
    // cold for the others, so whichever runs first in a slice is helped or hurt by the one before it. The order
    // rotates from slice to slice so that every runner follows every other equally often.
    const shift = (s / size) % runners.length;
    for (let k = 0; k < runners.length; k++) {
      const i = (k + shift) % runners.length;
      const t0 = performance.now();
      tokens[i]! += runners[i]!.run(slice);
      const dt = (performance.now() - t0) / 1000;
      seconds[i]! += dt;
      perSlice[i]!.push(dt);
    }
  }
  const bytes = corpusBytes(docs);
  return {
    results: runners.map((_, i) => throughput(docs.length, tokens[i]!, bytes, seconds[i]!)),
    medianSpeedVsFirst: runners.map((_, i) => Number(median(perSlice[0]!.map((t, k) => t / perSlice[i]![k]!)).toFixed(3))),
  };
}
