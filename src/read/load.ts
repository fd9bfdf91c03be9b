import { readFile } from 'node:fs/promises';
import type { SourceDocument } from '../model/document.js';
import type { InputFile } from './discover.js';
import { decodeBytes, normalizeLineEndings } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { sha256Hex } from './hash.js';
import { isoDateOf } from './iso-date.js';

/** A problem with one record of a JSON/JSONL file; the file's other records are still read. */
export interface RecordProblem {
  record: string;
  reason: string;
}

/** What a run records of one input file in manifest.json, whichever process read it. */
export interface InputFileFacts {
  relPath: string;
  sha256?: string;
  bytes?: number;
  status: 'ok' | 'failed' | 'skipped';
  reason?: string;
  /** Records of a JSON/JSONL file that could not be read (the rest were). */
  problems?: RecordProblem[];
}

export type LoadedFile =
  | { ok: true; sha256: string; bytes: number; encoding: string; documents: SourceDocument[]; problems: RecordProblem[] }
  | { ok: false; sha256?: string; bytes?: number; reason: string };

/** Reads and decodes one input file into the documents it holds (one for text, one per record for JSON). */
export async function loadInputFile(file: InputFile): Promise<LoadedFile> {
  if (file.problem || !file.format) return { ok: false, reason: file.problem ?? 'unsupported file type' };
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (err) {
    return { ok: false, reason: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  const sha256 = sha256Hex(bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, sha256, bytes: bytes.length, reason: decoded.reason };
  const base = { ok: true as const, sha256, bytes: bytes.length, encoding: decoded.encoding };
  if (file.format === 'text' || file.format === 'markdown') {
    return { ...base, documents: [textDocument(file, decoded.text, sha256)], problems: [] };
  }
  const parsed = file.format === 'jsonl' ? parseJsonLines(decoded.text) : parseJsonFile(decoded.text);
  if ('error' in parsed) return { ok: false, sha256, bytes: bytes.length, reason: parsed.error };
  const documents: SourceDocument[] = [];
  const problems: RecordProblem[] = [...parsed.problems];
  const ids = new Set<string>();
  parsed.records.forEach(({ value, where }) => {
    const doc = recordDocument(file, value);
    if (typeof doc === 'string') problems.push({ record: where, reason: doc });
    else if (ids.has(doc.source.recordId!)) problems.push({ record: where, reason: `duplicate id "${doc.source.recordId}"` });
    else {
      ids.add(doc.source.recordId!);
      documents.push(doc);
    }
  });
  if (documents.length === 0 && problems.length > 0) {
    const reasons = problems.slice(0, 3).map((p) => `${p.record}: ${p.reason}`).join('; ');
    return { ok: false, sha256, bytes: bytes.length, reason: `no record could be read (${reasons}${problems.length > 3 ? '; …' : ''})` };
  }
  return { ...base, documents, problems };
}

function textDocument(file: InputFile, text: string, sha256: string): SourceDocument {
  const fields = readFrontMatter(text)?.fields ?? {};
  const source: SourceDocument['source'] = { path: file.path, relPath: file.relPath, sha256 };
  const date = isoDateOf(fields.date);
  if (date) source.date = date;
  if (fields.title) source.title = fields.title;
  if (fields.url) source.url = fields.url;
  if (fields.id) source.recordId = fields.id;
  return { id: file.relPath, source, text };
}

interface RawRecord {
  value: unknown;
  where: string;
}

function parseJsonLines(text: string): { records: RawRecord[]; problems: RecordProblem[] } {
  const records: RawRecord[] = [];
  const problems: RecordProblem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push({ value: JSON.parse(line), where: `line ${i + 1}` });
    } catch (err) {
      problems.push({ record: `line ${i + 1}`, reason: `invalid JSON: ${(err as Error).message}` });
    }
  });
  return { records, problems };
}

/** A .json file holds one record, an array of records, or {"documents": [...]}. */
function parseJsonFile(text: string): { records: RawRecord[]; problems: RecordProblem[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `invalid JSON: ${(err as Error).message}` };
  }
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { documents?: unknown }).documents)
      ? (value as { documents: unknown[] }).documents
      : [value];
  return { records: list.map((v, i) => ({ value: v, where: `record ${i + 1}` })), problems: [] };
}

/** A record must have a string `id` and `text`; `date`, `title`, `url` are optional metadata. */
export function recordDocument(file: InputFile, value: unknown): SourceDocument | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a record must be a JSON object';
  const r = value as Record<string, unknown>;
  const id = typeof r.id === 'number' ? String(r.id) : r.id;
  if (typeof id !== 'string' || id === '') return 'missing "id" (string or number)';
  if (typeof r.text !== 'string') return `record "${id}" has no "text" string`;
  const text = normalizeLineEndings(r.text);
  const source: SourceDocument['source'] = { path: file.path, relPath: file.relPath, recordId: id, sha256: sha256Hex(text) };
  const date = isoDateOf(r.date);
  if (date) source.date = date;
  if (typeof r.title === 'string') source.title = r.title;
  if (typeof r.url === 'string') source.url = r.url;
  return { id: `${file.relPath}#${id}`, source, text };
}
