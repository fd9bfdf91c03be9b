import type { GoldDocument, GoldMention, GoldRelation } from './gold.js';
import { codePointToUtf16 } from '../model/offsets.js';

/** A gold file that cannot be read: the message names the file, the line and the problem. */
export class GoldFormatError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'GoldFormatError';
  }
}

interface RawEntity {
  start: number;
  end: number;
  type: string;
  text?: string;
  value?: string | null;
}

interface RawRecord {
  id?: unknown;
  text?: unknown;
  dct?: unknown;
  entities?: unknown;
  relations?: unknown;
  meta?: { negative_pairs?: Array<{ head: number; tail: number }> };
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readEntity(e: unknown, where: string, toUtf16: (cp: number) => number, text: string): GoldMention {
  const r = e as RawEntity;
  if (typeof e !== 'object' || e === null || !isInt(r.start) || !isInt(r.end) || r.end < r.start || typeof r.type !== 'string') {
    throw new GoldFormatError(where, 'an entity needs integer "start" ≤ "end" and a string "type"');
  }
  const start = toUtf16(r.start);
  const end = toUtf16(r.end);
  const m: GoldMention = { start, end, label: r.type, text: text.slice(start, end) };
  if (typeof r.value === 'string' && r.value !== '') m.value = r.value;
  return m;
}

function readRelations(raw: unknown, count: number, where: string): GoldRelation[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new GoldFormatError(where, '"relations" must be an array');
  return raw.map((r: { head?: unknown; tail?: unknown; type?: unknown }) => {
    if (!isInt(r.head) || !isInt(r.tail) || r.head >= count || r.tail >= count || typeof r.type !== 'string') {
      throw new GoldFormatError(where, 'a relation needs "head" and "tail" indices into "entities" and a string "type"');
    }
    return { head: r.head, tail: r.tail, label: r.type };
  });
}

/** One JSONL record (the format of the project's eval README) to a gold document. */
export function parseJsonlRecord(line: string, where: string): GoldDocument {
  let raw: RawRecord;
  try {
    raw = JSON.parse(line) as RawRecord;
  } catch (err) {
    throw new GoldFormatError(where, `not valid JSON (${(err as Error).message})`);
  }
  if (typeof raw.id !== 'string' || typeof raw.text !== 'string') throw new GoldFormatError(where, 'a record needs string "id" and "text"');
  if (raw.entities !== undefined && !Array.isArray(raw.entities)) throw new GoldFormatError(where, '"entities" must be an array');
  const text = raw.text;
  const toUtf16 = codePointToUtf16(text);
  let mentions: GoldMention[];
  try {
    mentions = ((raw.entities as unknown[] | undefined) ?? []).map((e) => readEntity(e, where, toUtf16, text));
  } catch (err) {
    if (err instanceof RangeError) throw new GoldFormatError(where, err.message);
    throw err;
  }
  const doc: GoldDocument = { id: raw.id, text, mentions, relations: readRelations(raw.relations, mentions.length, where) };
  if (typeof raw.dct === 'string' && raw.dct !== '') doc.dct = raw.dct;
  const negatives = raw.meta?.negative_pairs;
  if (Array.isArray(negatives)) doc.negativePairs = negatives.map(({ head, tail }) => ({ head, tail }));
  return doc;
}

export function parseJsonl(content: string, file: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line !== '') docs.push(parseJsonlRecord(line, `${file}:${i + 1}`));
  }
  return docs;
}
