import { beforeAll, describe, expect, it } from 'vitest';
import { fileNameDate } from '../../src/dates/file-name-date.js';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { toDocResult } from '../../src/model/doc-result.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});
const run = (relPath: string, text: string) => pipeline.process({ id: relPath, source: { path: `/in/${relPath}`, relPath, sha256: '' }, text });

// Issue #14, daily use: the year of a report is often only in its file name.
describe('the reference date from the file name', () => {
  it('reads month-name, ISO and compact dates from the last path segment', () => {
    expect(fileNameDate('reports/July_13_2022.txt')).toEqual({ y: 2022, m: 7, d: 13 });
    expect(fileNameDate('2022-07-13-assessment.md')).toEqual({ y: 2022, m: 7, d: 13 });
    expect(fileNameDate('wire/20220713.txt')).toEqual({ y: 2022, m: 7, d: 13 });
    expect(fileNameDate('2022/notes.txt')).toBeUndefined();
    expect(fileNameDate('February_30_2022.txt')).toBeUndefined();
  });

  it('dates a report whose text gives the day without the year, and resolves relative dates against it', () => {
    const doc = run('July_13_2022.txt', 'July 13, 7:30 pm ET\n\nUkrainian forces struck a depot near Kherson on Monday.\n');
    expect(doc.referenceDate).toBe('2022-07-13');
    expect(doc.dates.find((d) => d.text === 'Monday')?.value).toBe('2022-07-11');
  });

  it('is the reference date, recorded as from the file name, when the text gives none', () => {
    const doc = run('2022-07-13-report.txt', 'Ukrainian forces struck a depot near Kherson on Monday.\n');
    expect(doc.referenceDate).toBe('2022-07-13');
    expect(doc.referenceDateSource).toBe('file-name');
    // Nodes sit in named graphs (a document's, the entities', the vocabulary's).
    const nodes = buildGraph([toDocResult(doc)]).jsonld['@graph'].flatMap((g) => (g['@graph'] as Array<Record<string, unknown>> | undefined) ?? [g]);
    const node = nodes.find((n) => n['ng:referenceDateSource'] !== undefined);
    expect(node?.['ng:referenceDateSource']).toBe('file-name');
  });

  it('comes after the text\'s own full dateline', () => {
    const doc = run('2022-07-13-report.txt', 'KYIV, Ukraine, March 3, 2023 —\n\nUkrainian forces struck a depot near Kherson on Monday.\n');
    expect(doc.referenceDate).toBe('2023-03-03');
  });
});
