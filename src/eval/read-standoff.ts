import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../read/decode.js';
import { packageRoot } from '../model/package-root.js';
import { codePointToUtf16 } from '../model/offsets.js';
import type { GoldDocument } from './gold.js';
import { GoldFormatError, goldFromRecord, mapJsonlLines, parseJsonLine, type RawEntity } from './read-jsonl.js';
import { isLinesRef, SentenceWindows } from './sentence-windows.js';

/**
 * Stand-off gold (the project's own annotations of texts it may not copy, `gold/isw/`): each record names a
 * file of a texts folder and a paragraph in it by code-point offsets into the decoded file text (UTF-8,
 * CRLF → LF, as the document model reads it), with the paragraph's SHA-256 so that a changed text is refused
 * instead of scored against misplaced spans. Entity offsets are into the same file text.
 *
 * A record with `"lines": [first record id, count]` (the news windows of `gold/news/`) names instead a JSONL
 * file of sentence records and a window of consecutive records in it (sentence-windows.ts): `start`/`end`, the
 * SHA-256 and the entity offsets are then into the window's text, and the file is looked for in the folder
 * given (--texts), else NEWSGRAPH_TRAIN_DIR, else shared/train beside the checkout.
 */
interface StandoffRecord {
  id?: unknown;
  file?: unknown;
  lines?: unknown;
  start?: unknown;
  end?: unknown;
  sha256?: unknown;
  dct?: unknown;
  entities?: RawEntity[];
  relations?: unknown;
}

/** Where the texts of stand-off gold live unless told: NEWSGRAPH_CORPUS_DIR, else shared/corpus/isw beside the checkout. */
export const defaultTextsDir = (): string => process.env.NEWSGRAPH_CORPUS_DIR ?? join(packageRoot(), '..', 'shared', 'corpus', 'isw');

/** A stand-off file is recognized by its name: `*.standoff.jsonl`. */
export const isStandoffFile = (file: string): boolean => /\.standoff\.jsonl$/i.test(file);

/**
 * `given`: the folder the user named (--texts), for both kinds of record; without it, file records read
 * `defaultTextsDir()` and `lines` records `defaultTrainDir()` (sentence-windows.ts).
 */
export function parseStandoff(content: string, file: string, given?: string): GoldDocument[] {
  const texts = new Map<string, string>();
  const windows = new SentenceWindows(given);
  const textOf = (name: string, where: string): string => {
    let text = texts.get(name);
    if (text === undefined) {
      const textsDir = given ?? defaultTextsDir();
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(textsDir, name));
      } catch (err) {
        throw new GoldFormatError(where, `cannot read the text "${name}" in ${textsDir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); give the texts folder with --texts`);
      }
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) throw new GoldFormatError(where, `the text "${name}" is not readable: ${decoded.reason}`);
      texts.set(name, (text = decoded.text));
    }
    return text;
  };
  return mapJsonlLines(content, file, (line, where) => {
    const raw = parseJsonLine<StandoffRecord>(line, where);
    const { file: name, start, end, sha256 } = raw;
    if (typeof name !== 'string' || typeof sha256 !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) {
      throw new GoldFormatError(where, 'a stand-off record needs string "file" and "sha256" and integer "start" and "end"');
    }
    const lines = raw.lines;
    if (lines !== undefined && !isLinesRef(lines)) throw new GoldFormatError(where, '"lines" must be [first record id, count ≥ 1]');
    const whole = lines !== undefined ? windows.windowText(name, lines, where) : textOf(name, where);
    // What the offsets are into, for the messages below.
    const of = lines !== undefined ? `the window of ${lines[1]} record(s) from "${lines[0]}" of "${name}"` : `"${name}"`;
    const toUtf16 = codePointToUtf16(whole);
    let text: string;
    try {
      text = whole.slice(toUtf16(start as number), toUtf16(end as number));
    } catch (err) {
      throw new GoldFormatError(where, `paragraph offsets ${String(start)}–${String(end)} outside ${of} (${(err as Error).message})`);
    }
    if (createHash('sha256').update(text).digest('hex') !== sha256) {
      const annotated = lines !== undefined ? of : `the paragraph ${String(start)}–${String(end)} of "${name}"`;
      throw new GoldFormatError(where, `${annotated} is not the annotated text (SHA-256 differs): a different version of the file?`);
    }
    const base = start as number;
    const entities = (raw.entities ?? []).map((e) => ({ ...e, start: e.start - base, end: e.end - base }));
    for (const e of entities) {
      if (e.start < 0 || e.end > (end as number) - base) throw new GoldFormatError(where, `an entity (${e.start + base}–${e.end + base}) lies outside its paragraph`);
    }
    return goldFromRecord({ id: raw.id, text, dct: raw.dct, entities, relations: raw.relations }, where);
  });
}
