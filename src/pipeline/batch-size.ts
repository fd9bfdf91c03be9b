/**
 * Documents per `processBatch` call in the batch runner and the benchmark. Paired runs on the bench corpus gave
 * 0.38 (one at a time), 0.49, 0.54, 0.56 and 0.57 of wink-nlp's default readDoc for batches of 1, 8, 16, 32 and 64
 * (one run, noise about ±0.05); 32 keeps a batch of long reports small in memory.
 */
export const DEFAULT_BATCH_SIZE = 32;
