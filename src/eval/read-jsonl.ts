import type { GoldDocument, GoldMention, GoldRelation } from './gold.js';
import { codePointToUtf16 } from '../model/offsets.js';

/** A gold file that cannot be read: the message names the file, the line and the problem. */
export class GoldFormatError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'GoldFormatError';
  }
}

export interface RawEntity {
  start: number;
  end: number;
  type: string;
  text?: string;
  value?: string | null;
}

export interface RawRecord {
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

/** One JSONL line parsed as JSON, or a format error naming where. */
export function parseJsonLine<T>(line: string, where: string): T {
  try {
    return JSON.parse(line) as T;
  } catch (err) {
    throw new GoldFormatError(where, `not valid JSON (${(err as Error).message})`);
  }
}

/** One JSONL record (the format of the project's eval README) to a gold document. */
export function parseJsonlRecord(line: string, where: string): GoldDocument {
  return goldFromRecord(parseJsonLine<RawRecord>(line, where), where);
}

/** A record already parsed (inline text, code-point offsets into it) to a gold document. */
export function goldFromRecord(raw: RawRecord, where: string): GoldDocument {
  if (typeof raw.id !== 'string' || typeof raw.text !== 'string') {
    // A stand-off record (file + offsets, no text) in a file not named *.standoff.jsonl: say how to read it.
    const standoff = typeof raw.text !== 'string' && 'file' in raw && 'start' in raw ? ' (this looks like a stand-off record: name the file *.standoff.jsonl or pass --format standoff)' : '';
    throw new GoldFormatError(where, `a record needs string "id" and "text"${standoff}`);
  }
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
  return mapJsonlLines(content, file, parseJsonlRecord);
}

/** Applies `parse` to every non-empty line of a JSONL file, with "file:line" as the place for errors. */
export function mapJsonlLines<T>(content: string, file: string, parse: (line: string, where: string) => T): T[] {
  const out: T[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line !== '') out.push(parse(line, `${file}:${i + 1}`));
  }
  return out;
}
