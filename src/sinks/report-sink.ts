import { jsonForScript } from '../report/embed-json.js';
import { REPORT_PAGE_TAIL, reportPageHead } from '../report/render-report.js';
import type { ReportData, ReportDocument, ReportStatement } from '../report/report-data.js';
import { ChunkedWriter } from './chunked-writer.js';

type ReportHead = Omit<ReportData, 'documents' | 'statements'>;

/**
 * report.html, fed the run's tables, then documents one at a time, then statements one at a time: the
 * page is written as renderReport would write it for the whole data at once (JSON.stringify of the data
 * object, whose arrays have no spaces), without holding the data.
 */
export class ReportSink {
  private count = 0;
  private part: 'documents' | 'statements' = 'documents';

  private constructor(private readonly out: ChunkedWriter) {}

  static async open(path: string, head: ReportHead): Promise<ReportSink> {
    const sink = new ReportSink(await ChunkedWriter.open(path));
    const json = jsonForScript({ ...head, documents: [] });
    sink.out.push(reportPageHead(head.run));
    sink.out.push(json.slice(0, -2)); // up to `"documents":[`
    return sink;
  }

  async document(doc: ReportDocument): Promise<void> {
    await this.item(doc);
  }

  async statement(statement: ReportStatement): Promise<void> {
    if (this.part === 'documents') {
      this.out.push('],"statements":[');
      this.part = 'statements';
      this.count = 0;
    }
    await this.item(statement);
  }

  async close(): Promise<void> {
    if (this.part === 'documents') this.out.push('],"statements":[');
    this.out.push(']}');
    this.out.push(REPORT_PAGE_TAIL);
    await this.out.close();
  }

  private async item(value: unknown): Promise<void> {
    if (this.count++ > 0) this.out.push(',');
    this.out.push(jsonForScript(value));
    if (this.out.full) await this.out.flush();
  }
}
