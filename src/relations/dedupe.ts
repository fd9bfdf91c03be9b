import type { RelationMention } from '../model/document.js';
import { symmetricPredicates } from './symmetric.js';

/** Predicates that one statement cannot give twice for the same pair: the better-supported one is kept. */
const EXCLUSIVE = new Map<string, string>([
  ['leaderOf', 'role'],
  ['memberOf', 'role'],
]);

/**
 * Keeps one statement per (subject entity, predicate, object entity, sentence) — the most confident, the
 * two entities in either order for symmetric predicates —
 * and, for the same pair in one sentence, only the better of leaderOf and memberOf. `keyOf` maps a
 * mention index to what identifies its entity. Order is stable: by sentence, then first appearance.
 */
export function dedupeRelations(relations: readonly RelationMention[], keyOf: (mention: number) => string): RelationMention[] {
  const best = new Map<string, { relation: RelationMention; order: number }>();
  // Entity keys numbered in the order met: the statement's key is built of the short numbers, not of the two
  // entity keys, which made it a long new string to hash per statement (dedupe took 3.3% of the relations stage's
  // CPU profile on the bench corpus).
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  relations.forEach((r, order) => {
    let s = keyOf(r.subject);
    let o = keyOf(r.object);
    if (s === o) return;
    // "A met B" and "B met A" in one sentence are one meeting.
    if (symmetricPredicates.has(r.predicate) && o < s) [s, o] = [o, s];
    const key = `${r.sentence} ${idOf(s)} ${EXCLUSIVE.get(r.predicate) ?? r.predicate} ${idOf(o)}`;
    const seen = best.get(key);
    if (!seen) best.set(key, { relation: r, order });
    else if (r.confidence > seen.relation.confidence) best.set(key, { relation: r, order: seen.order });
  });
  return [...best.values()].sort((a, b) => a.relation.sentence - b.relation.sentence || a.order - b.order).map((e) => e.relation);
}
