export type MatchMode = 'exact' | 'overlap';

export interface Matching {
  /** For each gold item, the index of the prediction it is paired with, or -1. */
  goldToPred: number[];
  /** For each prediction, the index of the gold item it is paired with, or -1. */
  predToGold: number[];
}

/**
 * Pairs gold items with predictions one to one, so that a prediction is never counted twice: first every
 * pair that `same` accepts, then, among what is left, the pairs that `near` accepts (overlap scoring).
 * Each gold item takes the first free prediction in order. Per-document lists are short, so the
 * quadratic scan costs less than an index would.
 */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  pred: readonly P[],
  same: (g: G, p: P) => boolean,
  near?: (g: G, p: P) => boolean,
): Matching {
  const goldToPred = gold.map(() => -1);
  const predToGold = pred.map(() => -1);
  for (const accept of near ? [same, near] : [same]) {
    gold.forEach((g, gi) => {
      if (goldToPred[gi] !== -1) return;
      const pi = pred.findIndex((p, i) => predToGold[i] === -1 && accept(g, p));
      if (pi === -1) return;
      goldToPred[gi] = pi;
      predToGold[pi] = gi;
    });
  }
  return { goldToPred, predToGold };
}
