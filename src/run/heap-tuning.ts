import { setFlagsFromString } from 'node:v8';

/** The V8 flags `tuneHeapForBatches` sets, for reports that say what a measurement ran with. */
export const BATCH_HEAP_FLAGS = ['--no-allocation-site-pretenuring'] as const;

let tuned = false;

/**
 * Turns off V8's allocation-site pretenuring for this process (and its worker threads, which share V8's
 * flags). Call it once, before extracting.
 *
 * Why: a batch keeps every document's sentences, mentions and dates alive from the stage that makes them
 * to the graph writer, so V8 sees the sites that make them survive young collections and starts
 * allocating from those sites straight into the old generation. Many objects from the same sites are
 * short-lived (word records, rule candidates); in the old generation they are collected only by full
 * marking, and meanwhile keep the young strings they point to alive through every young collection. In
 * `npm run bench` the pipeline ran ~10–25% faster with pretenuring off, and wink-nlp alone was unchanged
 * (docs and bench/README.md give the measurements). The CLI and `npm run bench` call this; a program that
 * embeds the library decides for itself (the flag is process-wide).
 */
export function tuneHeapForBatches(): void {
  if (tuned || process.env.NEWSGRAPH_V8_DEFAULTS === '1') return;
  tuned = true;
  for (const flag of BATCH_HEAP_FLAGS) setFlagsFromString(flag);
}
