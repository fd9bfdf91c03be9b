/**
 * `list.map(f)` made by pushing onto a new list, so that the result has the same hidden class whichever tier of V8
 * runs the caller. The built-in `map` makes a packed list while its caller is interpreted, but once TurboFan has
 * optimized the caller it inlines `map` and makes a holey one (a list allocated at its full length, then filled);
 * a list grown by `push` is packed in every tier. Lists read by many functions (the document's mentions, dates and
 * relations) must not change class in mid-run: every function optimized while they were packed was thrown away
 * ("wrong map") when the first holey one came, and compiled again. Measured on the bench's first pass over the 2 MB
 * corpus (branch speed21): `doc.mentions` was holey in 874 of 891 documents and packed in 17, `doc.dates`
 * holey in 855, `doc.relations` in 274. With this at those three lists and at nine others the deoptimization log
 * pointed at, two passes of the bench's slices deoptimized 65–66 times instead of 101–120, and compiled a function
 * again 60–81 times instead of 96–168 (docs/speed-history.md, speed21). For lists without holes (where `map` would
 * skip one, this calls `f` with undefined): every list the pipeline maps is filled.
 */
export function mapPacked<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  return out;
}
