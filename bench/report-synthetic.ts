import { ReportSink } from '../src/sinks/report-sink.js';
import { SPAN_TYPES, type ReportDocument, type ReportEntity, type ReportStatement } from '../src/report/report-data.js';

/**
 * A report.html of `statements` synthetic statements, written by feeding the report sink directly (no NLP
 * run), for the load-time bench and the large-case browser test. Shaped like a real run: 50 statements per
 * document, ~20 KB of text per document (at 100,000 statements: 2,000 documents, 40 MB of text, as
 * measured on varied ISW reports), a unit per 4 statements and 300 towns.
 */
export interface SyntheticReport {
  statements: number;
  documents: number;
  entities: number;
}

const PER_DOC = 50;
const TOWNS = 300;
/** Filler between the statement sentences, so that a document's text is ~20 KB as in real reporting. */
const FILLER = 'Observers on the ground described shelling along the line of contact overnight, and local officials reported damage to power lines and a school building. ';

export interface SyntheticOptions {
  /** The first document's path instead of bulk/00000.txt. */
  longPath?: string;
  /** Filler sentences after each statement's sentence (default 2, ~20 KB per document; 0 for a small file). */
  filler?: number;
}

export async function writeSyntheticReport(path: string, statements: number, options: SyntheticOptions = {}): Promise<SyntheticReport> {
  const filler = FILLER.repeat(options.filler ?? 2);
  const documents = Math.ceil(statements / PER_DOC);
  const units = Math.ceil(statements / 4);
  const entities: ReportEntity[] = [];
  for (let u = 0; u < units; u++) entities.push(entity(`unit:r${u}`, `Regiment ${u}`, 'MilitaryUnit'));
  for (let t = 0; t < TOWNS; t++) entities.push(entity(`place:t${t}`, `Town ${t}x`, 'Place'));
  const town = (n: number): number => units + (n % TOWNS);
  const sink = await ReportSink.open(path, {
    run: 'synthetic0000000',
    summary: { tool: 'newsgraph bench', pipeline: 'synthetic', files: documents, failedFiles: 0, documents, entities: entities.length, mentions: statements * 2, dates: 0, statements },
    predicates: ['locatedIn', 'operatesIn'],
    rules: ['rule-0', 'rule-1', 'rule-2', 'rule-3', 'rule-4'],
    types: SPAN_TYPES,
    entities,
  });
  // Each document's statement sentences, with their offsets, kept only while the document is written.
  const layout = (d: number): { doc: ReportDocument; rows: ReportStatement[] } => {
    let text = '';
    const spans: number[] = [];
    const rows: ReportStatement[] = [];
    for (let k = 0; k < PER_DOC && d * PER_DOC + k < statements; k++) {
      const n = d * PER_DOC + k;
      const unit = Math.floor(n / 4);
      const b = text.length;
      const unitName = `Regiment ${unit}`;
      const townName = entities[town(d * 7 + k)]!.name;
      text += `Scouts placed ${unitName} close to ${townName}. `;
      const ss: [number, number] = [b + 14, b + 14 + unitName.length];
      const os: [number, number] = [ss[1] + 10, ss[1] + 10 + townName.length];
      spans.push(ss[0], ss[1], 3, unit, os[0], os[1], 1, town(d * 7 + k));
      rows.push({ iri: `https://w3id.org/newsgraph/stmt/${hex(n)}`, s: unit, o: town(d * 7 + k), p: k % 2, r: k % 5, c: 0.5 + (k % 5) / 10, doc: d, b, e: os[1] + 1, ss, os });
      text += filler;
    }
    const path = d === 0 && options.longPath ? options.longPath : `bulk/${String(d).padStart(5, '0')}.txt`;
    return { doc: { iri: `https://w3id.org/newsgraph/doc/${hex(d)}`, path, title: `Synthetic report ${d}`, text, spans }, rows };
  };
  for (let d = 0; d < documents; d++) await sink.document(layout(d).doc);
  for (let d = 0; d < documents; d++) for (const row of layout(d).rows) await sink.statement(row);
  await sink.close();
  return { statements, documents, entities: entities.length };
}

function entity(key: string, name: string, type: string): ReportEntity {
  return { iri: `https://w3id.org/newsgraph/id/${key.replace(':', '/')}`, key, name, type, aliases: [], ids: [], roles: [] };
}

/** A stable 32-hex-digit id, as the run's hashed IRIs have. */
function hex(n: number): string {
  return (n.toString(16).padStart(8, '0') + 'a5').repeat(4).slice(0, 32);
}
