/**
 * The first and the last of a match's bound items (its subjects or its objects), by a loop, as Math.min and Math.max give them (Infinity and -Infinity for none): a spread
 * into Math.min/Math.max in a guard that statements() calls per match cost the relation stage 15–30% (commit d8d3210,
 * `node dist/bench/run.js --mb 2`), the spread's call keeping V8 from compiling the guard into its caller.
 */
export function firstItem(list: readonly number[]): number {
  let first = Infinity;
  for (let i = 0; i < list.length; i++) if (list[i]! < first) first = list[i]!;
  return first;
}

export function lastItem(list: readonly number[]): number {
  let last = -Infinity;
  for (let i = 0; i < list.length; i++) if (list[i]! > last) last = list[i]!;
  return last;
}
