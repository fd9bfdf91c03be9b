import { closeSync, openSync, readSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { encodeDocMeta, encodeHead, encodeStatement, type ReportHead } from '../report/compact-data.js';
import { jsonForScript, scriptSafeJson } from '../report/embed-json.js';
import { dataBlock, DOCUMENT_META_BLOCK, documentBlock, documentBlockEnds, REPORT_PAGE_TAIL, reportPageHead, STATEMENT_BLOCK, STATEMENTS_DONE } from '../report/render-report.js';
import type { ReportDocument, ReportStatement } from '../report/report-data.js';
import { ChunkedWriter } from './chunked-writer.js';

/**
 * report.html, fed the run's tables, then documents one at a time, then statements one at a time, holding
 * at most one block of rows. The page wants the documents' texts last (render-report.ts: the first
 * triples show before the browser has read the texts), but they come first: they are spooled to a file
 * beside the report and copied in behind the statements at `close`.
 */
export class ReportSink {
  private documents = 0;
  private metas: string[] = [];
  private rows: string[] = [];
  private readonly spoolPath: string;

  private constructor(
    private readonly out: ChunkedWriter,
    private readonly spool: ChunkedWriter,
    path: string,
  ) {
    this.spoolPath = spoolPathOf(path);
  }

  static async open(path: string, head: ReportHead): Promise<ReportSink> {
    const sink = new ReportSink(await ChunkedWriter.open(path, { direct: true }), await ChunkedWriter.open(spoolPathOf(path)), path);
    sink.out.push(reportPageHead(head.run));
    sink.out.push(dataBlock('head', jsonForScript(encodeHead(head))));
    return sink;
  }

  async document(doc: ReportDocument): Promise<void> {
    this.metas.push(jsonForScript(encodeDocMeta(doc)));
    if (this.metas.length === DOCUMENT_META_BLOCK) this.flushMetas();
    await this.spool.write(documentBlock(this.documents++, jsonForScript({ text: doc.text, spans: doc.spans })));
    if (this.out.full) await this.out.flush();
  }

  /**
   * `document` for a document whose text comes as the UTF-8 bytes of its JSON string, as its shard holds
   * them: the same block, the bytes copied with jsonForScript's escapes (`scriptSafeJson`) instead of decoded,
   * parsed and written again — on 25 MB of reports that was most of the report's document pass.
   */
  async documentWithTextJson(doc: Omit<ReportDocument, 'text'>, textJson: Uint8Array): Promise<void> {
    this.metas.push(jsonForScript(encodeDocMeta(doc)));
    if (this.metas.length === DOCUMENT_META_BLOCK) this.flushMetas();
    const [open, close] = documentBlockEnds(this.documents++);
    this.spool.push(`${open}{"text":`);
    scriptSafeJson(textJson, (piece) => this.spool.push(piece));
    this.spool.push(`,"spans":${jsonForScript(doc.spans)}}${close}`);
  }

  /**
   * One document given in parts, in text order (a long document's windows): `parts` is called twice, for the
   * texts and then for the spans, so that only one part is in memory at a time. The block is the one
   * `document` writes for the whole document: JSON-escaping the texts one by one gives the escaped whole
   * (parts never split a surrogate pair), and the spans of consecutive windows follow each other.
   */
  async documentInParts(parts: () => Iterable<ReportDocument>): Promise<void> {
    const [open, close] = documentBlockEnds(this.documents++);
    let meta: ReportDocument | undefined;
    await this.spool.write(`${open}{"text":"`);
    for (const part of parts()) {
      if (!meta) meta = { ...part, text: '', spans: [] };
      else if (meta.title === undefined && part.title !== undefined) meta.title = part.title;
      await this.spool.write(jsonForScript(part.text).slice(1, -1));
    }
    await this.spool.write('","spans":[');
    let first = true;
    for (const part of parts()) {
      if (part.spans.length === 0) continue;
      await this.spool.write(`${first ? '' : ','}${jsonForScript(part.spans).slice(1, -1)}`);
      first = false;
    }
    await this.spool.write(`]}${close}`);
    this.metas.push(jsonForScript(encodeDocMeta(meta!)));
    if (this.metas.length === DOCUMENT_META_BLOCK) this.flushMetas();
  }

  async statement(statement: ReportStatement): Promise<void> {
    this.flushMetas();
    this.rows.push(jsonForScript(encodeStatement(statement)));
    if (this.rows.length === STATEMENT_BLOCK) this.flushRows();
    if (this.out.full) await this.out.flush();
  }

  async close(): Promise<void> {
    try {
      this.flushMetas();
      this.flushRows();
      this.out.push(STATEMENTS_DONE);
      await this.spool.close();
      // Copied through one reused buffer (push writes it before returning): a read stream's fresh 4 MB chunks
      // waited for a collection and made the merge's peak RSS (40 MB of 5 kB documents: 264 MB at this step).
      const fd = openSync(this.spoolPath, 'r');
      try {
        const buffer = Buffer.allocUnsafe(1 << 22);
        for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) this.out.push(buffer.subarray(0, n));
      } finally {
        closeSync(fd);
      }
      this.out.push(REPORT_PAGE_TAIL);
    } finally {
      await this.out.close();
      await rm(this.spoolPath, { force: true });
    }
  }

  private flushMetas(): void {
    if (!this.metas.length) return;
    this.out.push(dataBlock('documents', `[${this.metas.join(',')}]`));
    this.metas = [];
  }

  private flushRows(): void {
    if (!this.rows.length) return;
    this.out.push(dataBlock('statements', `[${this.rows.join(',')}]`));
    this.rows = [];
  }
}

const spoolPathOf = (path: string): string => `${path}.documents.tmp`;
