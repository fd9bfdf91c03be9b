import type { Doc } from './document.js';

/**
 * What a processed document keeps for the output stages: everything but the token list, which is only
 * needed while the pipeline runs and would dominate memory (and worker-thread transfer) on big batches.
 */
export type DocResult = Omit<Doc, 'tokens'>;

export function toDocResult(doc: Doc): DocResult {
  const { tokens: _tokens, ...rest } = doc;
  return rest;
}
