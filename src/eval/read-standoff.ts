import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../read/decode.js';
import { packageRoot } from '../model/package-root.js';
import { codePointToUtf16 } from '../model/offsets.js';
import type { GoldDocument } from './gold.js';
import { GoldFormatError, goldFromRecord, mapJsonlLines, parseJsonLine, type RawEntity } from './read-jsonl.js';

/**
 * Stand-off gold (the project's own annotations of texts it may not copy, `gold/isw/`): each record names a
 * file of a texts folder and a paragraph in it by code-point offsets into the decoded file text (UTF-8,
 * CRLF → LF, as the document model reads it), with the paragraph's SHA-256 so that a changed text is refused
 * instead of scored against misplaced spans. Entity offsets are into the same file text.
 */
interface StandoffRecord {
  id?: unknown;
  file?: unknown;
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

export function parseStandoff(content: string, file: string, textsDir: string = defaultTextsDir()): GoldDocument[] {
  const texts = new Map<string, string>();
  const textOf = (name: string, where: string): string => {
    let text = texts.get(name);
    if (text === undefined) {
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
    const whole = textOf(name, where);
    const toUtf16 = codePointToUtf16(whole);
    let text: string;
    try {
      text = whole.slice(toUtf16(start as number), toUtf16(end as number));
    } catch (err) {
      throw new GoldFormatError(where, `paragraph offsets ${String(start)}–${String(end)} outside "${name}" (${(err as Error).message})`);
    }
    if (createHash('sha256').update(text).digest('hex') !== sha256) {
      throw new GoldFormatError(where, `the paragraph ${String(start)}–${String(end)} of "${name}" is not the annotated text (SHA-256 differs): a different version of the file?`);
    }
    const base = start as number;
    const entities = (raw.entities ?? []).map((e) => ({ ...e, start: e.start - base, end: e.end - base }));
    for (const e of entities) {
      if (e.start < 0 || e.end > (end as number) - base) throw new GoldFormatError(where, `an entity (${e.start + base}–${e.end + base}) lies outside its paragraph`);
    }
    return goldFromRecord({ id: raw.id, text, dct: raw.dct, entities, relations: raw.relations }, where);
  });
}
