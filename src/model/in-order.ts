/**
 * Whether `list` is already in `order` (no neighbour pair out of order). `Array.prototype.sort` is stable, so
 * sorting a list that is already in order (by a consistent comparator) gives the same list: a caller may skip
 * the sort, and the copy made to sort, when this holds. Most lists the pipeline sorts arrive in order —
 * recognizers propose mentions left to right, the gazetteer's matches come by start — and each sort call
 * allocated a work list and ran the comparator through TimSort's setup.
 */
export function inOrder<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** `list` sorted in place by `order`, without calling the sort when it is already in order (see inOrder). */
export function sortInPlace<T>(list: T[], order: (a: T, b: T) => number): T[] {
  return inOrder(list, order) ? list : list.sort(order);
}
