import { decodeReport, type CompactDocBody, type CompactDocMeta, type CompactHead, type CompactStatement } from './compact-data.js';
import type { ReportData } from './report-data.js';

const DATA_BLOCK = /<script type="application\/json">([^<]*)<\/script><script>NG\.(head|documents|statements)\(\)<\/script>/g;
const DOCUMENT_BLOCK = /<script type="application\/json" id="d(\d+)">([^<]*)<\/script>/g;

/** The data of a report.html, as the page's script sees it once loaded (for tests and tools). */
export function readReport(html: string): ReportData {
  let head: CompactHead | undefined;
  const metas: CompactDocMeta[] = [];
  const rows: CompactStatement[] = [];
  for (const [, json, kind] of html.matchAll(DATA_BLOCK)) {
    if (kind === 'head') head = JSON.parse(json!) as CompactHead;
    else if (kind === 'documents') metas.push(...(JSON.parse(json!) as CompactDocMeta[]));
    else rows.push(...(JSON.parse(json!) as CompactStatement[]));
  }
  if (!head) throw new Error('report.html: no data head');
  const bodies: CompactDocBody[] = [];
  for (const [, index, json] of html.matchAll(DOCUMENT_BLOCK)) bodies[Number(index)] = JSON.parse(json!) as CompactDocBody;
  return decodeReport(head, metas, bodies, rows);
}
