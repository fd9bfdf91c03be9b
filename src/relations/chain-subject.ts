import type { Doc } from '../model/document.js';
import { typeTest } from './arg-types.js';
import type { SentenceItems } from './items.js';
import { firstItem } from './item-extremes.js';

/**
 * A clause subject carried over a coordination (RelationRuleSpec.actorOpensClause: "Russian forces attacked A and
 * captured B") stops at the subject of another coordinated clause: in "Russian forces attacked A and Ukrainian
 * forces counterattacked and recaptured B" the second clause's subject took B, and in "attacked A as Ukrainian forces
 * retreated from B" the clause of time's. Such a subject is a party named right after "and", a comma or a
 * subordinating conjunction (an article may stand between) and followed by its force noun, where the word before the
 * link is no party (so "Ukrainian and DNR forces", a list of parties, is one phrase).
 */
const isParty = typeTest(['Belligerent']);
/** "and", a comma, or a conjunction opening a clause of time or cause ("attacked A as Ukrainian forces retreated from B"). */
const LINKS: ReadonlySet<string> = new Set(['and', ',', 'as', 'while', 'when', 'after', 'before', 'since', 'because', 'although', 'though', 'whereas', 'until', 'once']);
const ARTICLES: ReadonlySet<string> = new Set(['the']);
/** The nouns a party's own forces are named with after its name. */
const FORCE_NOUNS: ReadonlySet<string> = new Set(['forces', 'troops', 'units', 'defenders', 'servicemen', 'fighters', 'militants', 'personnel', 'elements', 'soldiers', 'detachments']);

/** True when, after the match's first subject and before its first object, another clause's subject is named. */
export function otherClauseSubject(doc: Doc, items: SentenceItems, first: number, objects: readonly number[]): boolean {
  const end = firstItem(objects);
  for (let p = first + 1; p < end - 2; p++) {
    if (items.mention[p]! >= 0 || !LINKS.has(items.keys[p]!)) continue;
    if (items.mention[p - 1]! >= 0 && isParty(doc.mentions[items.mention[p - 1]!]!)) continue;
    let q = p + 1;
    if (items.mention[q]! < 0 && ARTICLES.has(items.keys[q]!)) q++;
    if (q + 1 >= end || items.mention[q]! < 0 || !isParty(doc.mentions[items.mention[q]!]!)) continue;
    if (items.mention[q + 1]! < 0 && FORCE_NOUNS.has(items.keys[q + 1]!)) return true;
  }
  return false;
}
