import type { Doc, EntityType, Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';
import { loadCommonWords } from '../gazetteer/load.js';
import { PhraseTable } from './lexical/phrase-table.js';
import { ruleData } from './lexical/rule-data.js';
import { foldKey, wordView, wordIndexAt, type Word } from './lexical/words.js';

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
  const names = accepted.filter((m) => m.form !== 'demonym');
  if (names.length === 0) return accepted;
  const { words, sentenceStarts } = wordView(doc);
  const known = new PhraseTable<Known>();
  const bySurface = new Map<string, Known>();
  const common = loadCommonWords();
  const heads = groupHeads();
  const learn = (surface: string, k: Known): void => {
    const key = foldKey(surface);
    const seen = bySurface.get(key);
    if (!seen) {
      bySurface.set(key, k);
      known.add(surface, k);
    } else if (seen.canonical !== undefined && (seen.source.type !== k.source.type || seen.canonical !== k.canonical)) {
      // A part two different names share ("Kadyrov" of two Kadyrovs) names neither alone.
      seen.ambiguous = true;
    }
  };
  // Whole names first, so that a part never overrides a name the document uses whole.
  for (const m of names) {
    if (m.confidence < MIN_EVIDENCE || m.recognizer === DOCUMENT_NAMES) continue;
    learn(m.text, { surface: m.text, source: m });
  }
  for (const m of names) {
    if (m.confidence < MIN_EVIDENCE) continue;
    const part = partOf(m, words, heads);
    if (!part || common.words.has(foldKey(part)) || common.personNames.has(foldKey(part)) && m.type !== 'Person') continue;
    learn(part, { surface: part, source: m, canonical: m.canonical ?? m.ref?.name ?? m.text });
  }

  const covered = coverage(words, accepted);
  const text = doc.text;
  const out: Mention[] = [];
  let s = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i] || !(w.capitalized || w.allCaps) || !known.starts(w.key)) continue;
    while (sentenceStarts[s + 1]! <= i) s++;
    const match = known.match(words, i, words.length, (k, first, end) => {
      if (k.ambiguous || words[end - 1]!.sentence !== w.sentence) return false;
      for (let j = first; j < end; j++) if (covered[j]) return false;
      return sameSurface(text.slice(words[first]!.start, words[end - 1]!.end), k.surface);
    });
    if (!match) continue;
    const end = i + match.length;
    // A one-word name that is an ordinary word opening a sentence ("Will", "Bank") says nothing there.
    if (match.length === 1 && i === sentenceStarts[s] && common.words.has(w.key)) continue;
    // A name continuing into more capitalized words is part of a longer, unknown name: leave it.
    if (end < words.length && words[end]!.capitalized && words[end]!.sentence === w.sentence && !words[end]!.punct && adjacentWords(text, words[end - 1]!, words[end]!)) continue;
    out.push(repeat(match.value, words[i]!.start, words[end - 1]!.end, text));
    i = end - 1;
  }
  if (out.length === 0) return accepted;
  return merge(accepted, out);
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
function partOf(m: Mention, words: readonly Word[], heads: ReadonlySet<string>): string | undefined {
  if (m.form !== 'name') return undefined;
  const first = wordIndexAt(words, m.start);
  const end = wordIndexAt(words, m.end);
  if (end - first < 2 || words[end - 1]!.end !== m.end) return undefined;
  if (m.type === 'Person') {
    const last = words[end - 1]!;
    return last.capitalized && !last.allCaps ? last.text : undefined;
  }
  if (m.type === 'Organization' && end - first === 2 && heads.has(words[first + 1]!.key) && words[first]!.capitalized && !words[first]!.allCaps) {
    return words[first]!.text;
  }
  return undefined;
}

let groupHeadWords: ReadonlySet<string> | undefined;

/** Heads after which the word before names the organization alone (`gazetteers/rules/organization-parts.json`). */
function groupHeads(): ReadonlySet<string> {
  groupHeadWords ??= new Set(ruleData<{ heads: string[] }>('organization-parts.json').heads.map(foldKey));
  return groupHeadWords;
}

/** Per word: some accepted mention (demonyms too) covers it. */
function coverage(words: readonly Word[], mentions: readonly Mention[]): Uint8Array {
  const covered = new Uint8Array(words.length);
  for (const m of mentions) for (let w = wordIndexAt(words, m.start); w < words.length && words[w]!.start < m.end; w++) covered[w] = 1;
  return covered;
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
 * One surface typed two ways in a document ("Orlov" a town here, a person there): the type with the most
 * evidence over all its mentions wins, and the other mentions take it, dropping a record of the other type.
 */
function settleTypes(mentions: Mention[]): void {
  const evidence = new Map<string, Map<EntityType, number>>();
  let conflict = false;
  for (const m of mentions) {
    if (m.form === 'demonym') continue;
    const key = foldKey(m.text);
    let byType = evidence.get(key);
    if (!byType) evidence.set(key, (byType = new Map()));
    if (byType.size > 0 && !byType.has(m.type)) conflict = true;
    byType.set(m.type, (byType.get(m.type) ?? 0) + m.confidence + (m.ref ? REF_WEIGHT : 0));
  }
  if (!conflict) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.form === 'demonym') continue;
    const byType = evidence.get(foldKey(m.text))!;
    if (byType.size < 2) continue;
    let best: EntityType = m.type;
    let bestScore = -1;
    for (const [type, score] of byType) if (score > bestScore || (score === bestScore && type < best)) [best, bestScore] = [type, score];
    if (best === m.type || (m.ref && m.ref.type === m.type && m.confidence >= 0.9)) continue;
    const retyped = MentionRecord.copy(m);
    retyped.type = best;
    if (retyped.ref && retyped.ref.type !== best) delete retyped.ref;
    if (best !== 'Place') delete retyped.placeKind;
    mentions[i] = retyped;
  }
}
