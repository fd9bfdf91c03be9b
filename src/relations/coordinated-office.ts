import type { Doc, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import { predicateOverCountry } from './country-office.js';
import type { SentenceItems } from './items.js';
import type { TitleLexicon } from './title-lexicon.js';

/**
 * Titled names coordinated after one body: "Y Head A and Deputy Head B", "Y financier A and founder B",
 * "Y President A, Prime Minister B, and Defense Minister C". The body named before the first office is every
 * later holder's too; each one's own title decides leaderOf or memberOf (over a country as country-office.ts
 * says). A pass over the sentence's statements of an office read before its holder, walking only the list after
 * the holder (commas, "and", an article, titled person mentions: O(list)).
 *
 * Not carried: a holder without a title of his own ("Y Head A and B"), a calling that is no office of the body
 * ("Y financier A and milblogger B" — privateCallings), and a title an earlier name in the list already holds
 * ("Y President A and President B": a second head is another body's). Any other mention in the list (another
 * body, "and Z President B") ends it.
 */
export const COORDINATED_OFFICE_RULE = 'coordinated-title';
/** As the rule whose statements are carried (title-before-name). */
const CONFIDENCE = 0.75;
/** Rules that read an office named before its holder, the body first ("Y Head A"). */
const OFFICE_FIRST_RULES = new Set(['title-before-name', 'title-after-department', 'city-official']);
const LIST_WORDS = new Set([',', 'and', 'the']);

/** Adds, for each office statement among found[from…] read before its holder, the statements of the titled names listed after him. */
export function addCoordinatedOffices(doc: Doc, items: SentenceItems, found: RelationMention[], from: number, titles: TitleLexicon): void {
  const end = found.length;
  for (let k = from; k < end; k++) {
    const r = found[k]!;
    if ((r.predicate !== 'leaderOf' && r.predicate !== 'memberOf') || !OFFICE_FIRST_RULES.has(r.rule) || r.role === undefined) continue;
    const at = items.mention.indexOf(r.subject);
    if (at < 0 || items.mention.indexOf(r.object) > at) continue;
    const held = [r.role.toLowerCase()];
    let sawAnd = false;
    for (let i = at + 1; i < items.length; i++) {
      const m = items.mention[i]!;
      if (m < 0) {
        if (!LIST_WORDS.has(items.keys[i]!)) break;
        if (items.keys[i] === 'and') sawAnd = true;
        continue;
      }
      const pm = doc.mentions[m]!;
      const role = items.role[i];
      if (pm.type !== 'Person' || role === undefined) break;
      const cls = titles.classifyText(role);
      const key = role.toLowerCase();
      if (cls === undefined || held.includes(key) || titles.isPrivateCalling(role)) break;
      held.push(key);
      add(doc, found, r, m, cls === 'leader' ? 'leaderOf' : 'memberOf', role, titles);
      if (sawAnd) break;
    }
  }
}

function add(doc: Doc, found: RelationMention[], r: RelationMention, subject: number, predicate: 'leaderOf' | 'memberOf', role: string, titles: TitleLexicon): void {
  const object = doc.mentions[r.object]!;
  const p = predicateOverCountry(titles, predicate, role, object);
  if (p === undefined || found.some((f) => f.subject === subject && f.object === r.object)) return;
  const d = new RelationRecord(subject, r.object, p, COORDINATED_OFFICE_RULE, Math.min(r.confidence, CONFIDENCE), r.sentence);
  if (r.date !== undefined) d.date = r.date;
  d.role = role;
  if (r.attribution) d.attribution = r.attribution;
  found.push(d);
}
