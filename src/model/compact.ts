/** Helpers for run-wide tables kept as numbers (typed arrays) rather than an object per item. */

type Typed = Uint32Array | Float64Array;

/** A copy of `a` with room for `size` items (the items kept, the rest zero). */
export function grown<T extends Typed>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Strings numbered in the order they are first seen, each stored once. */
export class StringIds {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  /** The number of a string seen before, or undefined. */
  get(name: string): number | undefined {
    return this.ids.get(name);
  }
}
