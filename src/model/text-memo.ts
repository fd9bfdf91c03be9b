import { detached } from './detached-string.js';

/**
 * `fn` remembered by its text argument: a pure function of a text (a title's class, whether it names a local office)
 * asked again for the same few texts in every document. Keys are copies (`detached`), so a text cut from a document
 * does not keep the document alive; past `limit` texts the memo starts afresh, so a long batch cannot grow it.
 */
export function memoByText<T>(fn: (text: string) => T, limit: number): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text) as T;
    const value = fn(text);
    if (memo.size >= limit) memo.clear();
    memo.set(detached(text), value);
    return value;
  };
}
