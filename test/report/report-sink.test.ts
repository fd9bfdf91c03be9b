import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/report/read-report.js';
import { SPAN_TYPES, type ReportData, type ReportDocument, type ReportStatement } from '../../src/report/report-data.js';
import { DOCUMENT_META_BLOCK, STATEMENT_BLOCK } from '../../src/report/render-report.js';
import { ReportSink } from '../../src/sinks/report-sink.js';

/** Run data spanning several blocks of document paths and of statements, with every optional field somewhere. */
function runData(documents: number, perDoc: number): ReportData {
  const docs: ReportDocument[] = [];
  const statements: ReportStatement[] = [];
  for (let d = 0; d < documents; d++) {
    const text = `Doc ${d}: the 3rd Brigade of Ostrava moved towards Lenna on 4 May. `;
    docs.push({ iri: `https://w3id.org/newsgraph/doc/${d}`, path: `f/${d}.txt`, ...(d % 2 ? { title: `Title ${d}` } : {}), text, spans: [7 + String(d).length, 20, 3, 0, -1 + text.indexOf('Lenna') + 1, text.indexOf('Lenna') + 5, 1, 1] });
    for (let k = 0; k < perDoc; k++) {
      const n = d * perDoc + k;
      const st: ReportStatement = { iri: n === 5 ? `urn:other:${n}` : `https://w3id.org/newsgraph/stmt/${n}`, s: 0, o: 1, p: k % 2, r: k, c: 0.25 * k, doc: d, b: 3, e: text.length - 1, ss: [8, 20], os: [40, 45] };
      if (k === 1) Object.assign(st, { date: '2026-05-04', ds: [49, 54] as [number, number] });
      if (k === 2) Object.assign(st, { role: 'commander', by: 'the ministry' });
      statements.push(st);
    }
  }
  return {
    run: '0123456789abcdef',
    summary: { tool: 'newsgraph test', pipeline: 'test', files: documents, failedFiles: 0, documents, entities: 4, mentions: 2 * documents, dates: 0, statements: statements.length },
    predicates: ['locatedIn', 'operatesIn'],
    rules: ['r0', 'r1', 'r2'],
    types: SPAN_TYPES,
    entities: [
      { iri: 'https://w3id.org/newsgraph/id/unit/3rd-brigade', key: 'unit:3rd-brigade', name: '3rd Brigade', type: 'MilitaryUnit', aliases: [], ids: [], roles: ['commander'] },
      { iri: 'https://w3id.org/newsgraph/id/geonames/1', key: 'geonames:1', name: 'Lenna', type: 'Place', aliases: ['Lena'], ids: ['geonames:1'], roles: [] },
      // IRIs that are not the one made from the key: written out, under the prefix or not.
      { iri: 'https://w3id.org/newsgraph/id/other/2', key: 'geonames:2', name: 'Orrin', type: 'Place', aliases: [], ids: [], roles: [] },
      { iri: 'urn:x:3', key: 'person:mira', name: 'Mira', type: 'Person', aliases: [], ids: [], roles: [] },
    ],
    documents: docs,
    statements,
  };
}

describe('ReportSink', () => {
  it('writes documents and statements fed one at a time in blocks that read back to the same data, and leaves no spool', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-report-sink-'));
    try {
      const data = runData(DOCUMENT_META_BLOCK * 2 + 7, 3);
      expect(data.statements.length).toBeGreaterThan(STATEMENT_BLOCK);
      const { documents, statements, ...head } = data;
      const sink = await ReportSink.open(join(dir, 'report.html'), head);
      for (const doc of documents) await sink.document(doc);
      for (const statement of statements) await sink.statement(statement);
      await sink.close();
      expect(readdirSync(dir)).toEqual(['report.html']);
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(html.match(/NG\.documents\(\)/g)).toHaveLength(3);
      expect(html.match(/NG\.statements\(\)/g)).toHaveLength(Math.ceil(statements.length / STATEMENT_BLOCK));
      expect(readReport(html)).toEqual(data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
