import type { Doc, EntityType, Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';
import { loadCommonWords } from '../gazetteer/load.js';
import { ruleData } from './lexical/rule-data.js';
import { foldKey, wordView, wordIndexAt, type Word } from '../model/words.js';
import { mapPacked } from '../model/packed-list.js';

export const DOCUMENT_NAMES = 'document-names';
/** Below every recognizer: a repeat only fills words that nothing else claimed. */
const PRIORITY_REPEAT = 10;
/** A name is known to the document when one mention of it was accepted with at least this confidence. */
const MIN_EVIDENCE = 0.6;
/** A repeat is as sure as the evidence, at most this much: the context of the repeat said nothing. */
const MAX_REPEAT_CONFIDENCE = 0.8;

interface Known {
  /** The surface as written where it was recognized (case and quotes compared before a repeat is taken). */
  surface: string;
  source: Mention;
  /** Full name for a part ("Zhidko" → "Genady Zhidko"); undefined for a whole name. */
  canonical?: string;
  /** Two different names share this part: no repeat for it. */
  ambiguous?: boolean;
  /** The word keys of the surface. */
  keys: string[];
}

/** Evidence for one surface and one type: summed confidence, with a gazetteer record counting extra. */
const REF_WEIGHT = 0.5;

/**
 * Document-level consistency, after the overlap resolver: a name accepted once with good evidence is a name
 * wherever the document repeats it (with the same type, record and canonical name), and the unambiguous
 * one-word part of a person's full name (the surname) or of an organization named by a generic head ("X
 * Group" → "X") names the same entity. A surface the document types two ways is settled by the evidence
 * of all its mentions (summed confidence, a gazetteer record counting extra), not by which came first.
 *
 * Linear in the document: one pass over the accepted mentions, one pass over the words with a longest-match
 * phrase lookup at each uncovered capitalized word.
 */
export function documentNames(doc: Doc, accepted: Mention[]): Mention[] {
  settleTypes(accepted);
  if (accepted.length === 0) return accepted;
  const { words, sentenceStarts } = wordView(doc);
  const covered = coverage(words, accepted);
  // Only names whose first word also stands uncovered somewhere can repeat: most documents have few such
  // words, and learning only those keeps this step at ~1% of the pipeline (learning every name cost ~3%).
  const open = new Set<string>();
  for (let i = 0; i < words.length; i++) if (!covered[i] && (words[i]!.capitalized || words[i]!.allCaps)) open.add(words[i]!.key);
  if (open.size === 0) return accepted;
  const known = new Map<string, Known[]>();
  const common = loadCommonWords();
  const heads = groupHeads();
  const learn = (first: number, end: number, k: Known): void => {
    const keys = mapPacked(words.slice(first, end), (w) => w.key);
    let list = known.get(keys[0]!);
    if (!list) known.set(keys[0]!, (list = []));
    const seen = list.find((x) => x.keys.length === keys.length && x.keys.every((key, j) => key === keys[j]));
    if (!seen) list.push({ ...k, keys });
    else if (seen.canonical !== undefined && (seen.source.type !== k.source.type || seen.canonical !== k.canonical)) {
      // A part two different names share ("Kadyrov" of two Kadyrovs) names neither alone.
      seen.ambiguous = true;
    }
  };
  const names: [Mention, number, number][] = [];
  const at = new WordCursor(words);
  for (const m of accepted) {
    if (m.form === 'demonym' || m.confidence < MIN_EVIDENCE || m.recognizer === DOCUMENT_NAMES) continue;
    const first = at.indexAt(m.start);
    const end = at.indexAt(m.end);
    if (end <= first || words[end - 1]!.end !== m.end) continue;
    names.push([m, first, end]);
  }
  // Whole names first, so that a part never overrides a name the document uses whole.
  for (const [m, first, end] of names) if (open.has(words[first]!.key)) learn(first, end, { surface: m.text, source: m, keys: [] });
  for (const [m, first, end] of names) {
    const part = partOf(m, words, first, end, heads);
    if (part < 0 || !open.has(words[part]!.key)) continue;
    const key = words[part]!.key;
    if (common.words.has(key) || (common.personNames.has(key) && m.type !== 'Person')) continue;
    learn(part, part + 1, { surface: words[part]!.text, source: m, canonical: m.canonical ?? m.ref?.name ?? m.text, keys: [] });
  }
  if (known.size === 0) return accepted;

  const text = doc.text;
  const out: Mention[] = [];
  let s = 0;
  let lower: Set<string> | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i] || !(w.capitalized || w.allCaps)) continue;
    const list = known.get(w.key);
    if (!list) continue;
    while (sentenceStarts[s + 1]! <= i) s++;
    let best: Known | undefined;
    for (const k of list) {
      const end = i + k.keys.length;
      if (k.ambiguous || (best && best.keys.length >= k.keys.length) || end > words.length || words[end - 1]!.sentence !== w.sentence) continue;
      let j = i;
      while (j < end && !covered[j] && words[j]!.key === k.keys[j - i]) j++;
      if (j === end && sameSurface(text.slice(w.start, words[end - 1]!.end), k.surface)) best = k;
    }
    if (!best) continue;
    const end = i + best.keys.length;
    // A one-word name that is an ordinary word opening a sentence ("Will", "Bank") says nothing there.
    // Unless the document never writes it in lower case: then the lexicon's word ("Sevastopol" is listed as
    // a noun) is not this document's, and the name repeats there too.
    if (end === i + 1 && i === sentenceStarts[s] && common.words.has(w.key) && (lower ??= lowerCaseKeys(words)).has(w.key)) continue;
    // A name continuing into more capitalized words is part of a longer, unknown name: leave it.
    if (end < words.length && words[end]!.capitalized && words[end]!.sentence === w.sentence && !words[end]!.punct && adjacentWords(text, words[end - 1]!, words[end]!)) continue;
    out.push(repeat(best, w.start, words[end - 1]!.end, text));
    i = end - 1;
  }
  if (out.length === 0) return accepted;
  return merge(accepted, out);
}

/** Keys of the words the document writes in lower case; built once, only when a sentence's first word needs it. */
function lowerCaseKeys(words: readonly Word[]): Set<string> {
  const keys = new Set<string>();
  for (const w of words) if (!w.capitalized && !w.allCaps) keys.add(w.key);
  return keys;
}

function repeat(k: Known, start: number, end: number, text: string): Mention {
  const src = k.source;
  const m = new MentionRecord(start, end, text.slice(start, end), src.type, src.form, DOCUMENT_NAMES, PRIORITY_REPEAT, Math.min(src.confidence, MAX_REPEAT_CONFIDENCE));
  if (k.canonical !== undefined) m.canonical = k.canonical;
  else {
    if (src.ref) m.ref = src.ref;
    if (src.canonical) m.canonical = src.canonical;
    if (src.expansion) m.expansion = src.expansion;
  }
  if (src.placeKind) m.placeKind = src.placeKind;
  return m;
}

/** Curly and straight quotes count as the same character. */
function sameSurface(a: string, b: string): boolean {
  return a === b || a.replace(/[’‘]/g, "'") === b.replace(/[’‘]/g, "'");
}

function adjacentWords(text: string, a: Word, b: Word): boolean {
  return b.start - a.end <= 1 && (b.start === a.end || text.charCodeAt(a.end) === 32);
}

/**
 * The one-word part a later mention may use alone: a person's surname (last word of a full name of two or
 * more words), or the word before a generic organization head ("Wagner Group" → "Wagner").
 */
function partOf(m: Mention, words: readonly Word[], first: number, end: number, heads: ReadonlySet<string>): number {
  if (m.form !== 'name' || end - first < 2) return -1;
  if (m.type === 'Person') {
    const last = words[end - 1]!;
    return last.capitalized && !last.allCaps ? end - 1 : -1;
  }
  if (m.type === 'Organization' && end - first === 2 && heads.has(words[first + 1]!.key) && words[first]!.capitalized && !words[first]!.allCaps) return first;
  return -1;
}

let groupHeadWords: ReadonlySet<string> | undefined;

/** Heads after which the word before names the organization alone (`gazetteers/rules/organization-parts.json`). */
function groupHeads(): ReadonlySet<string> {
  groupHeadWords ??= new Set(ruleData<{ heads: string[] }>('organization-parts.json').heads.map(foldKey));
  return groupHeadWords;
}

/** Per word: some accepted mention (demonyms too) covers it. */
function coverage(words: readonly Word[], mentions: readonly Mention[]): Uint8Array {
  // A view of a reused array (documentNames reads it only while it runs): a new typed array per document
  // is an allocation outside the JS heap.
  if (words.length > coveredBuffer.length) coveredBuffer = new Uint8Array(Math.max(words.length, coveredBuffer.length * 2));
  const covered = coveredBuffer.subarray(0, words.length).fill(0);
  const at = new WordCursor(words);
  for (const m of mentions) for (let w = at.indexAt(m.start); w < words.length && words[w]!.start < m.end; w++) covered[w] = 1;
  return covered;
}

let coveredBuffer = new Uint8Array(4096);

/**
 * `wordIndexAt` for offsets asked in rising order (the mentions are sorted by start): the answer moves
 * forward from the last one, so a document's questions cost one walk over its words; an offset before the
 * last answer falls back to the binary search. Two searches per mention were ~30% of documentNames'
 * CPU profile.
 */
class WordCursor {
  private next = 0;
  constructor(private readonly words: readonly Word[]) {}

  /** Index of the first word at or after `offset`, or words.length. */
  indexAt(offset: number): number {
    const { words } = this;
    let w = this.next;
    if (w > 0 && words[w - 1]!.start >= offset) w = wordIndexAt(words, offset);
    else while (w < words.length && words[w]!.start < offset) w++;
    this.next = w;
    return w;
  }
}

/** Both lists sorted by start and never overlapping each other: one merge. */
function merge(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * Whether some surface has mentions of two types. Most documents have none, and this test needs one type per
 * surface, where the evidence needs a table of types per surface: building those tables for every document
 * allocated ~8 MB per pass over the 2 MB bench corpus.
 */
function typedTwoWays(mentions: readonly Mention[]): boolean {
  const typeOf = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.form === 'demonym') continue;
    const type = typeOf.get(m.text);
    if (type === undefined) typeOf.set(m.text, m.type);
    else if (type !== m.type) return true;
  }
  return false;
}

/**
 * One surface typed two ways in a document ("Orlov" a town here, a person there): the type with the most
 * evidence over all its mentions wins, and the other mentions take it, dropping a record of the other type.
 */
function settleTypes(mentions: Mention[]): void {
  if (!typedTwoWays(mentions)) return;
  const evidence = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (m.form === 'demonym') continue;
    const key = m.text;
    let byType = evidence.get(key);
    if (!byType) evidence.set(key, (byType = new Map()));
    byType.set(m.type, (byType.get(m.type) ?? 0) + m.confidence + (m.ref ? REF_WEIGHT : 0));
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.form === 'demonym') continue;
    const byType = evidence.get(m.text)!;
    if (byType.size < 2) continue;
    let best: EntityType = m.type;
    let bestScore = -1;
    for (const [type, score] of byType) if (score > bestScore || (score === bestScore && type < best)) [best, bestScore] = [type, score];
    if (best === m.type || (m.ref && m.ref.type === m.type && m.confidence >= 0.9)) continue;
    const retyped = MentionRecord.copy(m);
    retyped.type = best;
    if (retyped.ref && retyped.ref.type !== best) retyped.ref = undefined;
    if (best !== 'Place') retyped.placeKind = undefined;
    mentions[i] = retyped;
  }
}
