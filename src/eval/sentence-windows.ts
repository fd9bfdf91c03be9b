import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/package-root.js';
import { detokenizeGmb } from './gmb-text.js';
import { GoldFormatError, mapJsonlLines, parseJsonLine } from './read-jsonl.js';

/**
 * Stand-off records over a JSONL file of sentence records (the GMB extract of `../shared/train/`, which may
 * not be copied into the project either): `"lines": [first record id, count]` names `count` consecutive
 * records, and the window's text is their texts detokenized and joined (gmb-text.ts).
 */

/** Where the sentence files are unless told: NEWSGRAPH_TRAIN_DIR, else shared/train beside the checkout. */
export const defaultTrainDir = (): string => process.env.NEWSGRAPH_TRAIN_DIR ?? join(packageRoot(), '..', 'shared', 'train');

/** Where the folder came from, for a message that says how to give another one. */
const trainDirOrigin = (given: string | undefined): string =>
  given !== undefined ? '--texts' : process.env.NEWSGRAPH_TRAIN_DIR !== undefined ? '$NEWSGRAPH_TRAIN_DIR' : 'the default, ../shared/train beside the checkout';

/** One file's sentence records in order, with each record's position by id. */
interface SentenceFile {
  texts: string[];
  index: Map<string, number>;
}

/** `"lines"` of a stand-off record: the first record's id and how many records. */
export type LinesRef = [string, number];

export const isLinesRef = (v: unknown): v is LinesRef =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && Number.isInteger(v[1]) && (v[1] as number) > 0;

/**
 * Builds window texts from the sentence files of one folder. Each file is read and indexed by record id once,
 * on its first use, however many records point into it.
 */
export class SentenceWindows {
  private readonly files = new Map<string, SentenceFile>();
  private readonly dir: string;

  /** `given`: the folder the user named (--texts), else the default (see `defaultTrainDir`). */
  constructor(private readonly given?: string) {
    this.dir = given ?? defaultTrainDir();
  }

  /** The text of `count` consecutive records of `name` from the record `first`; `where` names the gold line. */
  windowText(name: string, [first, count]: LinesRef, where: string): string {
    const file = this.load(name, where);
    const at = file.index.get(first);
    if (at === undefined) throw new GoldFormatError(where, `no sentence record with id "${first}" in "${name}" (${this.dir}): a different version of the file?`);
    if (at + count > file.texts.length) {
      throw new GoldFormatError(where, `"${name}" has ${file.texts.length - at} record(s) from "${first}" on, the record asks for ${count}`);
    }
    return detokenizeGmb(file.texts.slice(at, at + count));
  }

  private load(name: string, where: string): SentenceFile {
    let file = this.files.get(name);
    if (file) return file;
    const path = join(this.dir, name);
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (err) {
      throw new GoldFormatError(
        where,
        `cannot read the sentence file "${name}" in ${this.dir} (${trainDirOrigin(this.given)}; ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); ` +
          'give its folder with --texts or NEWSGRAPH_TRAIN_DIR',
      );
    }
    file = { texts: [], index: new Map() };
    const { texts, index } = file;
    mapJsonlLines(content, path, (line, lineWhere) => {
      const record = parseJsonLine<{ id?: unknown; text?: unknown }>(line, lineWhere);
      if (typeof record.id !== 'string' || typeof record.text !== 'string') throw new GoldFormatError(lineWhere, 'a sentence record needs string "id" and "text"');
      if (index.has(record.id)) throw new GoldFormatError(lineWhere, `the record id "${record.id}" occurs twice`);
      index.set(record.id, texts.length);
      texts.push(record.text);
    });
    this.files.set(name, file);
    return file;
  }
}
