import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textJsonRange } from '../../src/merge/merge.js';
import { jsonForScript, scriptSafeJson } from '../../src/report/embed-json.js';
import { SPAN_TYPES, type ReportDocument } from '../../src/report/report-data.js';
import { ReportSink } from '../../src/sinks/report-sink.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-report-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Texts with every byte the escaping treats apart, and neighbours it must leave alone. */
const TEXTS = [
  '',
  'Plain words of a report.',
  'Troops <advanced> & withdrew </script><!-- at dawn',
  'Lines\u2028and\u2029paragraph separators, and the ellipsis … and dash — (E2 80 A6, E2 80 94) stay',
  'Quotes "inside", a backslash \\ and one at the end \\',
  'Ends with a quote"',
  'Emoji 😀, accents é ü, CJK 東京, tab\tand newline\n.',
  '&&<<>>\u2028\u2028',
];

function escaped(json: string): Buffer {
  const pieces: Buffer[] = [];
  scriptSafeJson(Buffer.from(json, 'utf8'), (p) => pieces.push(typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)));
  return Buffer.concat(pieces);
}

describe('scriptSafeJson', () => {
  it("gives jsonForScript's bytes from JSON already encoded", () => {
    for (const text of TEXTS) expect(escaped(JSON.stringify(text)).toString('utf8')).toBe(jsonForScript(text));
  });

  it('escapes nothing where nothing is unsafe', () => {
    const json = JSON.stringify('an ellipsis … a dash — and E2 80 bytes that are not U+2028');
    expect(escaped(json).toString('utf8')).toBe(json);
  });
});

/** A report piece's bytes as the shard renderer writes them (JSON.stringify of reportPiece's object, keys in its order). */
function pieceBytes(text: string, path = 'reports/a.txt', title?: string): Buffer {
  const doc: Record<string, unknown> = { iri: 'https://w3id.org/newsgraph/doc/ab', path, text, spans: [0, 4, 1, 0] };
  if (title !== undefined) doc.title = title;
  return Buffer.from(JSON.stringify({ doc, entities: ['https://w3id.org/newsgraph/id/x'], statements: [] }), 'utf8');
}

describe('textJsonRange', () => {
  it("finds the text's JSON string, whatever the text, path and title hold", () => {
    for (const text of [...TEXTS, 'a ","spans":[ inside', '","text":"', '\\"']) {
      for (const path of ['a.txt', 'odd ","text":" name.txt']) {
        const bytes = pieceBytes(text, path, 'A title ","spans":[');
        const range = textJsonRange(bytes);
        expect(range).toBeDefined();
        expect(bytes.subarray(range![0], range![1]).toString('utf8')).toBe(JSON.stringify(text));
      }
    }
  });

  it('gives nothing for another layout', () => {
    expect(textJsonRange(Buffer.from(JSON.stringify({ doc: { iri: 'x', path: 'p', spans: [] } })))).toBeUndefined();
    expect(textJsonRange(Buffer.from(JSON.stringify({ doc: { iri: 'x', path: 'p', text: 'words', title: 't', spans: [] } })))).toBeUndefined();
    expect(textJsonRange(Buffer.from('{"doc":{"iri":"x","path":"p","text":"cut short'))).toBeUndefined();
  });
});

describe('ReportSink.documentWithTextJson', () => {
  it('writes the page document() writes for the same documents', async () => {
    const head = { run: '0123456789abcdef', summary: { tool: 't', pipeline: 'p', files: 1, failedFiles: 0, documents: TEXTS.length, entities: 0, mentions: 0, dates: 0, statements: 0 }, predicates: [], rules: [], types: SPAN_TYPES, entities: [] };
    const docs: ReportDocument[] = TEXTS.map((text, d) => ({ iri: `https://w3id.org/newsgraph/doc/${d}`, path: `f/<${d}>.txt`, ...(d % 2 ? { title: `T & ${d}` } : {}), text, spans: [0, 1, 2, -1] }));
    const pages: string[] = [];
    for (const fromBytes of [false, true]) {
      const path = join(dir, `report-${fromBytes}.html`);
      const sink = await ReportSink.open(path, head);
      for (const doc of docs) {
        if (!fromBytes) await sink.document(doc);
        else {
          const { text, ...rest } = doc;
          await sink.documentWithTextJson(rest, Buffer.from(JSON.stringify(text), 'utf8'));
        }
      }
      await sink.close();
      pages.push(readFileSync(path, 'utf8'));
    }
    expect(pages[1]).toBe(pages[0]);
    expect(pages[0]).toContain('\\u003c/script\\u003e');
  });
});
