import type { Doc, Mention, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import { clauseDate } from './clause-date.js';
import { detached } from '../model/detached-string.js';

/**
 * A minister heads the ministry of their field when the sentence names it (annotation guidelines: "Russian
 * Defense Minister X" is leaderOf the Russian MoD only when the ministry is named): "the Russian Ministry of
 * Defense … Russian Defense Minister X" → leaderOf(X, Russian Ministry of Defense); a deputy minister is a
 * member. The field of the office and of the ministry must agree ("Defense Minister" and "Ministry of Defense",
 * "Foreign Minister" and "Ministry of Foreign Affairs"), and so must their countries, both known: a Ukrainian
 * minister does not head the Russian MoD named beside him. A pass over the sentence's mentions, not a pattern:
 * the ministry may stand anywhere in the sentence.
 */
export const MINISTRY_RULE = 'minister-of-ministry';
/** The title rules' level (0.8); the confidence table (rules/confidence.ts) replaces it once measured. */
const MINISTRY_CONFIDENCE = 0.8;

/** Words of a field spelled two ways, to one key. */
const FIELD_SYNONYMS: Readonly<Record<string, string>> = { defence: 'defense', internal: 'interior', emergency: 'emergencies' };
/** "Minister of Defense" before "Defense Minister": in "Russian Ministry of Defense" the field follows "of". */
const MINISTER_FIELD = [/\bminister\s+(?:of|for)\s+(?:the\s+)?(\p{L}+)/iu, /\b(\p{L}+)\s+minister\b/iu];
const MINISTRY_FIELD = [/\bministry\s+(?:of|for)\s+(?:the\s+)?(\p{L}+)/iu, /\b(\p{L}+)\s+ministry\b/iu];
/** Words before "Minister" that are no field ("Prime Minister", "Deputy Minister"). */
const NOT_FIELDS = new Set(['prime', 'deputy', 'vice', 'first', 'acting', 'former', 'state', 'russian', 'ukrainian', 'the', 'a']);
const SERVING = /\b(?:deputy|vice|assistant|adviser|advisor|aide|spokes\w*)\b/i;
/** A serving office just before the role the recognizer kept: "Deputy Russian [Minister of Defense] X". */
const SERVING_BEFORE = /\b(?:deputy|vice)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Every pattern above holds "minist": a name or title without it (nearly all) is passed over before the
 * two case-insensitive Unicode regexes run. They ran on every person's title and every organization's name:
 * 4% of the relations stage's CPU profile; the test cuts the pipeline's instructions by 0.4% (valgrind, two
 * passes over 0.3 MB of the bench corpus: 10.057 → 10.018 G).
 */
const MINIST = /minist/i;

/**
 * fieldOf's answers by text, one memo per list of patterns: the same titles and ministry names holding "minist" come back in
 * every report ("Defense Minister", "Russian Ministry of Defense"), and their expressions took 2.8% of the
 * relations stage's CPU profile on the bench corpus. Bounded, as the other memos of the stage.
 */
const fieldMemos = new Map<readonly RegExp[], Map<string, string | undefined>>();
const FIELD_MEMO_LIMIT = 10_000;

function fieldOf(patterns: readonly RegExp[], text: string): string | undefined {
  // Most texts name no ministry: one scan, before a memo look-up that hashes the text.
  if (!MINIST.test(text)) return undefined;
  let memo = fieldMemos.get(patterns);
  if (memo === undefined) fieldMemos.set(patterns, (memo = new Map()));
  if (memo.has(text)) return memo.get(text);
  const field = readField(patterns, text);
  if (memo.size >= FIELD_MEMO_LIMIT) memo.clear();
  // Detached: a title's text may be a slice that would keep its whole document alive (detached-string.ts).
  memo.set(detached(text), field);
  return field;
}

function readField(patterns: readonly RegExp[], text: string): string | undefined {
  const word = patterns.map((p) => p.exec(text)?.[1]).find((w) => w !== undefined)?.toLowerCase();
  if (word === undefined || NOT_FIELDS.has(word)) return undefined;
  return FIELD_SYNONYMS[word] ?? word;
}

const personCountry = (m: Mention): string | undefined => m.nationality?.replace(/^country:/, '') ?? m.ref?.country;

/** The ministry a mention names, by its gazetteer name, the long form of its acronym, or its text. */
function ministryField(m: Mention): string | undefined {
  if (m.type !== 'Organization') return undefined;
  return fieldOf(MINISTRY_FIELD, m.ref?.name ?? m.expansion ?? m.text);
}

interface Ministry {
  mention: number;
  field: string;
  country: string;
  sentence: number;
}

/** The ministries a document names, with their sentences (mentions are in text order, as are sentences). */
function ministriesOf(doc: Doc): Ministry[] {
  const out: Ministry[] = [];
  let s = 0;
  doc.mentions.forEach((m, i) => {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.start) s++;
    const field = ministryField(m);
    if (field !== undefined && m.ref?.country !== undefined) out.push({ mention: i, field, country: m.ref.country, sentence: s });
  });
  return out;
}

/**
 * The first ministry of `field` and `country` named in sentence `s`. A loop here, not a `find` with a closure in
 * addMinistryHeads' loop: a closure over the loop's constants made V8 allocate a context for every iteration, every
 * mention of the document (11.8 MB per warm pass over the 294 ISW reports; heap sampling, 25f0bbd).
 */
function ministryIn(ministries: readonly Ministry[], s: number, field: string, country: string): Ministry | undefined {
  for (const m of ministries) if (m.sentence === s && m.field === field && m.country === country) return m;
  return undefined;
}

/** A statement of `predicate` from mention `subject` to mention `object` is among `found` (a loop: see ministryIn). */
function alreadyStated(found: readonly RelationMention[], subject: number, object: number, predicate: string): boolean {
  for (const r of found) if (r.subject === subject && r.object === object && r.predicate === predicate) return true;
  return false;
}

/**
 * Adds leaderOf/memberOf(minister, ministry) for the ministers and ministries named together in a sentence.
 * Linear in the mentions: the ministries are listed once per document, and only when a minister is named.
 */
export function addMinistryHeads(doc: Doc, found: RelationMention[]): void {
  const mentions = doc.mentions;
  let ministries: Ministry[] | undefined;
  let s = 0;
  for (let p = 0; p < mentions.length; p++) {
    const person = mentions[p]!;
    while (s < doc.sentences.length && doc.sentences[s]!.end <= person.start) s++;
    if (person.type !== 'Person' || person.role === undefined) continue;
    const field = fieldOf(MINISTER_FIELD, person.role.text);
    const country = personCountry(person);
    if (field === undefined || country === undefined) continue;
    ministries ??= ministriesOf(doc);
    // One ministry per minister: the first named (its acronym or a later mention is the same ministry).
    const ministry = ministryIn(ministries, s, field, country);
    if (ministry === undefined) continue;
    const org = mentions[ministry.mention]!;
    const serving = SERVING.test(person.role.text) || SERVING_BEFORE.test(doc.text.slice(Math.max(0, person.role.start - 30), person.role.start));
    const predicate = serving ? 'memberOf' : 'leaderOf';
    if (alreadyStated(found, p, ministry.mention, predicate)) continue;
    const relation = new RelationRecord(p, ministry.mention, predicate, MINISTRY_RULE, MINISTRY_CONFIDENCE, s);
    relation.role = person.role.text;
    const date = clauseDate(doc, s, Math.min(person.start, org.start), Math.max(person.end, org.end));
    if (date !== undefined) relation.date = date;
    found.push(relation);
  }
}
