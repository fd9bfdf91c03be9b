import type { RelationMention } from '../model/document.js';
import { symmetricPredicates } from './symmetric.js';
import { mapPacked } from '../model/packed-list.js';

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
  const best = new Map<number | string, { relation: RelationMention; order: number }>();
  // Entity keys numbered in the order met: the statement's key is built of the short numbers, not of the two
  // entity keys, which made it a long new string to hash per statement (dedupe took 3.3% of the relations stage's
  // CPU profile on the bench corpus).
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const pack = statementKeyPacking(relations);
  relations.forEach((r, order) => {
    let s = keyOf(r.subject);
    let o = keyOf(r.object);
    if (s === o) return;
    // "A met B" and "B met A" in one sentence are one meeting.
    if (symmetricPredicates.has(r.predicate) && o < s) [s, o] = [o, s];
    const predicate = EXCLUSIVE.get(r.predicate) ?? r.predicate;
    const key = pack ? ((r.sentence * pack.predicates + predicateNumbers.get(predicate)!) * pack.entities + idOf(s)) * pack.entities + idOf(o) : `${r.sentence} ${idOf(s)} ${predicate} ${idOf(o)}`;
    const seen = best.get(key);
    if (!seen) best.set(key, { relation: r, order });
    else if (r.confidence > seen.relation.confidence) best.set(key, { relation: r, order: seen.order });
  });
  // Pushed, not `map`ped: this list becomes `doc.relations`, and an optimized `map` makes it holey (packed-list.ts).
  return mapPacked([...best.values()].sort((a, b) => a.relation.sentence - b.relation.sentence || a.order - b.order), (e) => e.relation);
}

/** Every predicate dedupeRelations has met (after EXCLUSIVE), numbered: a few dozen. */
const predicateNumbers = new Map<string, number>();

/**
 * The bounds by which dedupeRelations packs a statement's key (sentence, predicate number, the two entity numbers) into
 * one number, or undefined when the product of the bounds is past exact integers (it then builds the key as a string).
 * Each entity number is below twice the statements' count. The string key's building (two numbers and a sentence
 * written out, then hashed) was 1.8% of the relations stage's CPU profile (branch speed15, 294 ISW reports).
 */
function statementKeyPacking(relations: readonly RelationMention[]): { predicates: number; entities: number } | undefined {
  let sentences = 0;
  for (const r of relations) {
    const predicate = EXCLUSIVE.get(r.predicate) ?? r.predicate;
    if (!predicateNumbers.has(predicate)) predicateNumbers.set(predicate, predicateNumbers.size);
    if (r.sentence >= sentences) sentences = r.sentence + 1;
  }
  const predicates = predicateNumbers.size;
  const entities = 2 * relations.length + 1;
  return Number.isInteger(sentences) && sentences * predicates * entities * entities <= Number.MAX_SAFE_INTEGER ? { predicates, entities } : undefined;
}
