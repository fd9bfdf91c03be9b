import type { Doc, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import type { SentenceItems } from './items.js';

/**
 * A successor named with the office he takes over: "Y replaced the head of Z, W, with V", "Y replaced Z Commander W
 * with V", "Z Commander W was replaced by V". The rules read W's office (title-of-name, title-before-name,
 * appositive-title-of); whoever replaced W holds it too (guidelines: "X replaced Y as" — both held it). A pass over
 * the sentence's leaderOf/memberOf statements, linear in the few items around each holder.
 */
export const SUCCESSION_RULE = 'replaced-as';
/** As the rule that reads "X replaced Y as the commander of Z" (rules/builtin.ts replaced-as). */
const SUCCESSION_CONFIDENCE = 0.75;

const REPLACING = new Set(['replaced', 'replaces', 'replacing', 'replace', 'replacement']);
/** How far before the holder the replacing verb may stand: the office and its body ("replaced the head of the Y, Z"). */
const MAX_BACK = 14;
/** Words that end the look-back: another clause. */
const CLAUSE_WORDS = new Set([';', ':', '.', 'that', 'which', 'who', 'and', 'but', 'after', 'before', 'while', 'as']);
/** Between the holder and "with"/"by": the close of an aside, and a passive ("W was reportedly replaced by V"). */
const BEFORE_WITH = new Set([',', ')', 'was', 'were', 'is', 'has', 'had', 'been', 'being', 'reportedly', 'recently', 'officially']);
const MAX_BEFORE_WITH = 5;
/** The successor's own words before his name: an earlier office and its body ("with the former commander of the 8th Army V"). */
const MAX_TO_SUCCESSOR = 12;
const SUCCESSOR_STOPS = new Set([';', ':', '.', ',', 'that', 'which', 'who', 'and', 'as', 'to', 'after', 'because', 'on', 'in']);

/** Adds, for each leaderOf/memberOf statement among found[from…] whose holder was replaced by a named person, the successor's. */
export function addSuccessors(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  const end = found.length;
  for (let k = from; k < end; k++) {
    const r = found[k]!;
    if (r.predicate !== 'leaderOf' && r.predicate !== 'memberOf') continue;
    const at = items.mention.indexOf(r.subject);
    if (at < 0) continue;
    const successor = successorOf(doc, items, at);
    if (successor === undefined || successor === r.object) continue;
    if (stated(found, successor, r.object)) continue;
    const d = new RelationRecord(successor, r.object, r.predicate, SUCCESSION_RULE, Math.min(r.confidence, SUCCESSION_CONFIDENCE), r.sentence);
    if (r.date !== undefined) d.date = r.date;
    if (r.role !== undefined) d.role = r.role;
    if (r.attribution) d.attribution = r.attribution;
    found.push(d);
  }
}

/**
 * Some statement of `found` goes from `subject` to `object`. A loop, not a closure over the loop's constants in
 * addSuccessors, which made V8 allocate a context for every statement looked at (1.3 MB per warm pass over the 294 ISW
 * reports with the function's other allocations; heap sampling, 25f0bbd).
 */
function stated(found: readonly RelationMention[], subject: number, object: number): boolean {
  for (const f of found) if (f.subject === subject && f.object === object) return true;
  return false;
}

/** The person named as replacing the holder at item `at`, or undefined when no replacing is said of him. */
function successorOf(doc: Doc, items: SentenceItems, at: number): number | undefined {
  // The passive first ("W was replaced by V"), else the active verb before the holder ("replaced … W, with V").
  let i = at + 1;
  let passive = false;
  for (let n = 0; n < MAX_BEFORE_WITH && i < items.length && items.mention[i]! < 0; n++, i++) {
    const key = items.keys[i]!;
    if (REPLACING.has(key)) passive = true;
    else if (!BEFORE_WITH.has(key)) break;
  }
  if (i >= items.length || items.mention[i]! >= 0) return undefined;
  const link = items.keys[i]!;
  if (passive ? link !== 'by' : link !== 'with' && link !== 'by') return undefined;
  if (!passive && !replacingBefore(doc, items, at)) return undefined;
  for (let j = i + 1, n = 0; j < items.length && n < MAX_TO_SUCCESSOR; j++, n++) {
    const m = items.mention[j]!;
    if (m >= 0) {
      if (doc.mentions[m]!.type === 'Person') return m;
      continue;
    }
    const key = items.keys[j]!;
    // A bracketed acronym of the successor's earlier body: "the 8th Army (CAA) V".
    if (key === '(' || key === ')') continue;
    if (SUCCESSOR_STOPS.has(key)) return undefined;
  }
  return undefined;
}

/** A replacing verb stands before the holder in the same clause, with no other person between. */
function replacingBefore(doc: Doc, items: SentenceItems, at: number): boolean {
  for (let j = at - 1, n = 0; j >= 0 && n < MAX_BACK; j--, n++) {
    const m = items.mention[j]!;
    if (m >= 0) {
      if (doc.mentions[m]!.type === 'Person') return false;
      continue;
    }
    const key = items.keys[j]!;
    if (REPLACING.has(key)) return true;
    if (CLAUSE_WORDS.has(key)) return false;
  }
  return false;
}
