import type { SentenceItems } from './items.js';

/**
 * The subject of a relative clause is that clause's only: in "Russian forces shelled X, which Ukrainian forces
 * liberated in 2022, and captured Y" the Ukrainian forces liberated X, and the verb after the clause's closing comma is
 * the main clause's ("captured Y" is the Russian forces'). A match whose subject opens a relative clause ("which", "whom",
 * "where" before it) and reaches its object over a comma has taken the other clause's verb. Only actors that
 * follow the relative word right away (maybe after an article): "X, which the 14th Brigade recaptured" (capture-relative's
 * shape, whose object is the antecedent before the subject) never reaches over a comma.
 */
// Not "that": mostly a complementizer ("reported that Russian forces shelled A, B, and C").
const RELATIVE_WORDS = new Set(['which', 'whom', 'where']);
const ARTICLES = new Set(['the', 'a', 'an']);

export function relativeClauseActor(items: SentenceItems, subjects: readonly number[], objects: readonly number[]): boolean {
  if (subjects.length === 0 || objects.length === 0) return false;
  const s = Math.min(...subjects);
  const o = Math.min(...objects);
  if (o < s) return false;
  let p = s - 1;
  if (p >= 0 && items.mention[p]! < 0 && ARTICLES.has(items.keys[p]!)) p--;
  if (p < 0 || items.mention[p]! >= 0 || !RELATIVE_WORDS.has(items.keys[p]!)) return false;
  for (let i = s + 1; i < o; i++) if (items.mention[i]! < 0 && items.keys[i] === ',') return true;
  return false;
}
