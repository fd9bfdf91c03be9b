import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '../../src/model/offsets.js';
import type { DocResult } from '../../src/model/doc-result.js';
import { jsonForScript } from '../../src/report/embed-json.js';
import type { ReportData } from '../../src/report/report-data.js';
import { readReport } from '../../src/report/read-report.js';
import { codePointToUtf16 } from '../../src/model/offsets.js';
import { writeOutputs } from '../../src/run/write-outputs.js';
import { FRONT_TEXT, frontDoc, wireDoc } from './fixtures.js';
import { makeResult } from './make-docs.js';

/** report.html of documents, written as a run writes it (shards, then the streaming merge). */
async function render(docs: DocResult[] = [frontDoc(), wireDoc()]): Promise<{ html: string; data: ReportData }> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-render-'));
  try {
    await writeOutputs(makeResult(docs), dir);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    return { html, data: embedded(html) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const embedded = readReport;

describe('renderReport', () => {
  it('is deterministic: the same input gives the same bytes', async () => {
    expect((await render()).html).toBe((await render()).html);
  });

  it('puts the script first, then tables, paths, statements and last the texts, none of which can close its block early', async () => {
    const { html } = await render();
    const order = [...html.matchAll(/<script>(NG\.\w+)\(\)<\/script>|<script type="application\/json" id="(d\d+)">|<script>\n\(function/g)].map((m) => m[1] ?? m[2] ?? 'script');
    expect(order).toEqual(['script', 'NG.head', 'NG.documents', 'NG.statements', 'NG.statementsDone', 'd0', 'd1', 'NG.done']);
    // The fixture's "</script><!--" appears only escaped.
    expect(html).not.toContain('</script><!--');
    expect(readReport(html).documents.map((d) => d.text)).toContain(FRONT_TEXT);
  });

  it('embeds each document text once, not once per statement', async () => {
    const { html } = (await render());
    const sentence = 'Vantu met with Mayor Ilse Brandt in Kharkiv.';
    expect(html.split(sentence)).toHaveLength(2);
  });

  it('is self-contained: no scripts, styles or images from anywhere, and a CSP that forbids fetching', async () => {
    const { html } = (await render());
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain(`content="default-src 'none'`);
  });
});

describe('buildReportData', () => {
  it('gives every statement its entities, predicate, rule and UTF-16 spans into the document text', async () => {
    const { data } = (await render());
    expect(data.statements).toHaveLength(6);
    const front = data.documents.findIndex((d) => d.path === 'assessments/front.txt');
    const visit = data.statements.find((s) => s.doc === front && data.predicates[s.p] === 'visited')!;
    const text = data.documents[front]!.text;
    expect(data.entities[visit.s]!.name).toBe('Aurel Vantu');
    expect(data.entities[visit.o]!.name).toBe('Kharkiv');
    expect(data.rules[visit.r]).toBe('visit-verb');
    // The emoji before the sentence makes code point and UTF-16 offsets differ: the spans must be UTF-16.
    expect(text.slice(visit.ss[0], visit.ss[1])).toBe('Aurel Vantu');
    expect(text.slice(visit.os[0], visit.os[1])).toBe('Kharkiv');
    expect(text.slice(visit.ds![0], visit.ds![1])).toBe('12 March 2026');
    expect(text.slice(visit.b, visit.e)).toBe('Defence Minister Aurel Vantu visited Kharkiv on 12 March 2026 to inspect air defences.');
    expect(visit.date).toBe('2026-03-12');
  });

  it('merges entities across documents and keeps aliases and identifiers for the entity view', async () => {
    const { data } = (await render());
    const kharkiv = data.entities.filter((e) => e.name === 'Kharkiv');
    expect(kharkiv).toHaveLength(1);
    expect(kharkiv[0]!.aliases).toContain('Kharkov');
    expect(kharkiv[0]!.ids).toEqual(['geonames:706483', 'https://sws.geonames.org/706483/']);
  });

  it('lists mentions and dates of each document as typed spans linked to entities', async () => {
    const { data } = (await render());
    const doc = data.documents.find((d) => d.path === 'assessments/front.txt')!;
    const spans: [string, string, number][] = [];
    for (let i = 0; i < doc.spans.length; i += 4) spans.push([doc.text.slice(doc.spans[i]!, doc.spans[i + 1]!), data.types[doc.spans[i + 2]!]!, doc.spans[i + 3]!]);
    expect(spans).toHaveLength(9);
    expect(spans[0]).toEqual(['Kharkiv', 'Place', data.entities.findIndex((e) => e.name === 'Kharkiv')]);
    expect(spans).toContainEqual(['12 March 2026', 'Date', -1]);
    expect(spans).toContainEqual(['47th Mechanized Brigade', 'MilitaryUnit', data.entities.findIndex((e) => e.type === 'MilitaryUnit')]);
  });

  it('derives the run id from the content: same documents same id, other documents another', async () => {
    const one = (await render([frontDoc()])).data.run;
    expect(one).toMatch(/^[0-9a-f]{16}$/);
    expect((await render()).data.run).not.toBe(one);
    expect((await render()).data.run).toBe((await render()).data.run);
  });
});

describe("codePointToUtf16", () => {
  it('inverts the code point conversion of the graph', async () => {
    const cp = codePointOffsets(FRONT_TEXT);
    const u16 = codePointToUtf16(FRONT_TEXT);
    for (let i = 0; i <= FRONT_TEXT.length; i++) {
      const c = FRONT_TEXT.charCodeAt(i - 1);
      if (c >= 0xd800 && c <= 0xdbff) continue; // inside a surrogate pair: not a code point boundary
      expect(u16(cp(i))).toBe(i);
    }
    expect(codePointToUtf16('plain')(3)).toBe(3);
  });
});

describe('jsonForScript', () => {
  it('escapes what could end or comment out a script element, and stays JSON', async () => {
    const value = { t: '</script><!-- a & b > c \u2028' };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
