import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a long `newsgraph extract` run, set once for the process (V8 flags are the process's, so
 * they hold in every worker thread too). Three settings, each for a measured problem.
 * They stay set when the run ends (Node cannot read a V8 flag back to restore it): a program that embeds
 * `extractRun` and wants other values sets them again after the call.
 *
 * 1. How far V8 lets the heap grow past what the last full collection kept, while `newsgraph extract` runs:
 * at most 30% (`--heap-growing-percent`; see below), in the main thread and every worker (V8 flags are the process's).
 *
 * Why: what a run keeps alive is small (a loaded pipeline, the run's entities, a few kB per document), but
 * by default V8 lets its old generation grow to several times that before it collects, and the peak RSS a
 * user sees is that slack (5,623 ISW copies in 5 kB documents, `--mentions linked`: 119 MB live, 476 MB
 * peak RSS).
 *
 * Until 2026-12-05 a timer forced a full collection (`gc()`) every 2 s instead. Same peak RSS, but a forced
 * collection keeps none of the hidden classes no live object uses at that moment (V8 retains them for two
 * ordinary collections), and between two batches no document is alive: the classes of the documents'
 * mentions and dates died, and all optimized code that had seen them was thrown away and compiled again
 * (`node --trace-deopt`: 1,282 "weak objects" deoptimizations on 25 MB of ISW copies, against 2 with this
 * setting). Measured on those 25 MB (one thread, `/usr/bin/time`, load 3.5–4.8, same period): 49.7 s user
 * CPU and 286 MB peak RSS with the timer; 39.0 s and 282 MB with a 50% growth limit; two workers 699 → 560 MB.
 * Without either, 5.8 MB of ISW reports peak at 358 MB instead of 274–298 MB.
 *
 * A hard `--max-old-space-size` would turn a run that needs more into a crash; `--optimize-for-size` costs
 * 1.75× the time.
 *
 * 50% until 2026-12-07, now 30%: V8's committed heap follows the limit (`--trace-gc`: at 25 MB of 5 kB ISW
 * copies, `--mentions linked`, one thread, ~75 MB kept by each full collection and ~145 MB committed).
 * Measured on those 25 MB (`--trace-gc`, alternating, load
 * 6–8): 50% 14–18 full collections and a processing phase of 270–277 MB; 30% 23–24 collections and 251–253 MB (25%:
 * 27 collections, 256 MB); each added collection ~20–70 ms of the main thread at that load, ~0.5% of the run
 * in all (the 25 MB pairs in docs/speed-history.md, `mem21`).
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * 2. When V8 optimizes a function: after it has run 1,000,000 bytecodes' worth of "interrupt budget" instead
 * of 67,584. TurboFan compiles in background threads, and with the default it compiled ~800 functions on
 * the 294 ISW reports (many of them several times: optimized on too little type feedback, then
 * deoptimized), which took as much CPU as a worker thread's own work. With `--concurrency 2` each worker
 * compiles its own code and the two cores are shared with those compiles: CPU of V8's background threads
 * 10.4 → 4.9 s, of the whole run 24.5 → 20.1 s (5.8 MB, per-thread ticks from /proc, load ≈ 8, same period).
 */
export const INTERRUPT_BUDGET = 1_000_000;

/**
 * 2b. The same budget for a run in one thread: 250,000. There V8's compiler threads have the second core to
 * themselves, and the thread that runs the pipeline waits for nothing but its own work, so what counts is how
 * long that thread stays in unoptimized code: with 1,000,000, the first pass over the 294 ISW reports ran its
 * stages ~3× slower than a warm pass (in-process, 2026-12-06), nearly the whole of such a run. Branch
 * `speed8`, `extract ../shared/corpus/isw --mentions none`, main thread's CPU (/proc schedstat) and the
 * process's user CPU, 4 rounds alternating, load ≈ 5: 1,000,000 main 10.0–11.6 s (median 10.9), user 13.3–15.3
 * (14.4); 250,000 main 8.6–9.7 (8.9), user 14.2–15.6 (14.5); V8's default 67,584 main 7.3–8.8 (8.4) but user
 * 14.6–16.8 (16.2). 250,000 takes 19% off the main thread for ~1% more CPU in all.
 */
export const ONE_THREAD_INTERRUPT_BUDGET = 250_000;

/** The interrupt budget for a run of `threads` pipeline threads (the main thread alone when 1). */
export const interruptBudgetFor = (threads: number): number => (threads > 1 ? INTERRUPT_BUDGET : ONE_THREAD_INTERRUPT_BUDGET);

/**
 * 3. The merge: what it keeps alive grows with the run (statement index, edge table, entities), and so does 50%
 * of slack over it; it gets a tighter limit, at the cost of more collections in a phase that is ~15% of the
 * run. 500 MB of 5 kB ISW copies (105,033 documents, `--mentions linked`, one thread):
 * peak RSS 479 MB with 50% for the whole run, 435 MB with 20% in the merge (the forced collections: 392 MB).
 */
export const MERGE_HEAP_GROWING_PERCENT = 20;

export function tuneV8ForMerge(): void {
  setFlagsFromString(`--heap-growing-percent=${MERGE_HEAP_GROWING_PERCENT}`);
}

/** The V8 flags `tuneV8ForLongRun` sets for a run of `threads` pipeline threads. */
export function longRunFlags(threads: number): string[] {
  return [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, `--interrupt-budget=${interruptBudgetFor(threads)}`];
}

export function tuneV8ForLongRun(threads: number): void {
  for (const flag of longRunFlags(threads)) setFlagsFromString(flag);
}
