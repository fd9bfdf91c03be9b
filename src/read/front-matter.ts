/**
 * YAML-style front matter at the top of a markdown or text file:
 *   ---
 *   title: Moscow and Damascus sign energy deal
 *   date: 2025-09-10
 *   ---
 * Only flat `key: value` lines are read (title, date, url, id); that is all the pipeline needs, and it
 * keeps a YAML parser out of the reader.
 */
export interface FrontMatter {
  /** Offset where the body starts (after the closing `---` line). */
  bodyStart: number;
  fields: Record<string, string>;
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /\n---[ \t]*(\n|$)/;

export function readFrontMatter(text: string): FrontMatter | undefined {
  if (!OPEN.test(text)) return undefined;
  const close = CLOSE.exec(text.slice(3));
  if (!close) return undefined;
  const block = text.slice(text.indexOf('\n') + 1, 3 + close.index);
  const fields: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) fields[m[1]!.toLowerCase()] = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  return { bodyStart: 3 + close.index + close[0].length, fields };
}
