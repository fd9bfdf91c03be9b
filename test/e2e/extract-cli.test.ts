import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { newsgraph } from '../helpers/cli.js';

const NS = 'https://w3id.org/newsgraph/ns#';
const SCHEMA = 'https://schema.org/';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
const ITSRDF = 'http://www.w3.org/2005/11/its/rdf#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const PROV = 'http://www.w3.org/ns/prov#';

type Node = Record<string, Array<{ '@id'?: string; '@value'?: unknown }>> & { '@id': string; '@type'?: string[] };

const value = (n: Node, p: string): unknown => n[p]?.[0]?.['@value'];
const ref = (n: Node, p: string): string | undefined => n[p]?.[0]?.['@id'];
const values = (n: Node, p: string): unknown[] => (n[p] ?? []).map((v) => v['@value'] ?? v['@id']);

/** The nodes of every named graph of graph.jsonld, as written (compact). */
const allNodes = (doc: { '@graph': { '@graph': Record<string, unknown>[] }[] }): Record<string, unknown>[] => doc['@graph'].flatMap((g) => g['@graph']);

/**
 * The expanded nodes of every named graph, one per IRI: an entity's description (entity graph) and its
 * edges (each document's graph) merged, as a store's union of the graphs shows them.
 */
function mergedNodes(graphs: { '@graph': Node[] }[]): Node[] {
  const merged = new Map<string, Node>();
  for (const node of graphs.flatMap((g) => g['@graph'])) {
    const seen = merged.get(node['@id']);
    if (!seen) merged.set(node['@id'], { ...node });
    else for (const [key, vals] of Object.entries(node)) if (key !== '@id') (seen as Record<string, unknown[]>)[key] = [...((seen[key] as unknown[]) ?? []), ...(vals as unknown[])];
  }
  return [...merged.values()];
}

let work: string;
let out: string;
let run: { code: number; stdout: string; stderr: string };
let nodes: Node[];
const byId = new Map<string, Node>();

/** The fixture corpus plus the inputs that must fail: binary data, Latin-1 text, an unsupported type. */
function corpus(): string {
  const dir = join(work, 'corpus');
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'corpus'), dir, { recursive: true });
  writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Li\xe8ge', 'latin1'));
  writeFileSync(join(dir, 'notes.csv'), 'a,b\n');
  return dir;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ng-e2e-'));
  out = join(work, 'out');
  run = await newsgraph(['extract', corpus(), '--out', out, '--quiet']);
  const doc = JSON.parse(readFileSync(join(out, 'graph.jsonld'), 'utf8'));
  // Expansion must need no network: any attempt to load a remote context fails the test.
  const documentLoader = (url: string): never => {
    throw new Error(`network access attempted: ${url}`);
  };
  nodes = mergedNodes((await jsonld.expand(doc, { documentLoader } as jsonld.Options.Expand)) as unknown as { '@graph': Node[] }[]);
  for (const n of nodes) byId.set(n['@id'], n);
});

describe('newsgraph extract on a folder', () => {
  it('exits 1 because some inputs failed, and says why on stderr', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('failed: latin1.txt: not valid UTF-8');
    expect(run.stderr).toContain('failed: scan.txt: binary file: NUL byte at offset 5');
    expect(run.stderr).toContain('warning: wire.jsonl line 3: invalid JSON');
  });

  it('records every input in the manifest with status, reason, sha256 and counts', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const files = Object.fromEntries(manifest.files.map((f: { relPath: string }) => [f.relPath, f]));
    expect(Object.keys(files)).toEqual(['briefs/northern-front.txt', 'latin1.txt', 'notes.csv', 'scan.txt', 'talks.md', 'wire.jsonl']);
    expect(files['latin1.txt']).toMatchObject({ status: 'failed', reason: 'not valid UTF-8: bad byte sequence at offset 3' });
    expect(files['scan.txt'].status).toBe('failed');
    expect(files['scan.txt'].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(files['notes.csv']).toMatchObject({ status: 'skipped' });
    expect(files['wire.jsonl']).toMatchObject({ status: 'ok', documents: 2 });
    expect(files['wire.jsonl'].problems).toEqual([{ record: 'line 3', reason: expect.stringMatching(/^invalid JSON/) }]);
    expect(files['briefs/northern-front.txt'].counts.mentions).toBeGreaterThan(5);
    expect(manifest.tool.name).toBe('newsgraph');
    expect(manifest.pipeline.name).toBe('default');
    expect(manifest.summary).toMatchObject({ files: 6, ok: 3, failed: 2, skipped: 1, documents: 4 });
  });

  it('writes one document node per document with path, hash, language, headline and date', () => {
    const docs = nodes.filter((n) => n['@type']?.includes(`${SCHEMA}NewsArticle`));
    expect(docs.map((d) => value(d, `${NS}sourcePath`)).sort()).toEqual(['briefs/northern-front.txt', 'talks.md', 'wire.jsonl', 'wire.jsonl']);
    const talks = docs.find((d) => value(d, `${NS}sourcePath`) === 'talks.md')!;
    expect(value(talks, `${SCHEMA}headline`)).toBe('Ankara hosts prisoner-exchange talks');
    expect(value(talks, `${SCHEMA}datePublished`)).toBe('2026-05-20');
    expect(value(talks, `${SCHEMA}inLanguage`)).toBe('en');
    expect(value(talks, `${NS}sha256`)).toMatch(/^[0-9a-f]{64}$/);
    const record = docs.find((d) => value(d, `${SCHEMA}identifier`) === 'w-1')!;
    expect(value(record, `${SCHEMA}datePublished`)).toBe('2026-03-11');
    const brief = docs.find((d) => value(d, `${NS}sourcePath`) === 'briefs/northern-front.txt')!;
    expect(values(brief, `${NS}article`)).toHaveLength(2);
  });

  it('anchors every mention at its code point offsets, also after emoji and accented letters', () => {
    const phrases = nodes.filter((n) => n['@type']?.includes(`${NIF}Phrase`));
    expect(phrases.length).toBeGreaterThan(20);
    for (const p of phrases) {
      const context = byId.get(ref(p, `${NIF}referenceContext`)!)!;
      const text = [...(value(context, `${NIF}isString`) as string)];
      const begin = Number(value(p, `${NIF}beginIndex`));
      const end = Number(value(p, `${NIF}endIndex`));
      expect(text.slice(begin, end).join('')).toBe(value(p, `${NIF}anchorOf`));
    }
    const durres = phrases.find((p) => value(p, `${NIF}anchorOf`) === 'Durrës');
    expect(durres, 'Durrës (after an emoji) is a mention').toBeDefined();
    expect(ref(durres!, `${ITSRDF}taIdentRef`)).toMatch(/\/id\/geonames\/\d+$/);
  });

  it('writes one entity per real-world entity, with its names and gazetteer identity', () => {
    const named = (name: string): Node[] => nodes.filter((n) => value(n, `${SCHEMA}name`) === name);
    expect(named('Kharkiv')).toHaveLength(1);
    expect(named('Kharkiv')[0]!['@type']).toContain(`${SCHEMA}City`);
    expect(values(named('Kharkiv')[0]!, 'http://www.w3.org/2002/07/owl#sameAs')[0]).toMatch(/^https:\/\/sws\.geonames\.org\/\d+\/$/);
    const shmyhal = named('Denys Shmyhal');
    expect(shmyhal).toHaveLength(1);
    expect(shmyhal[0]!['@type']).toEqual([`${SCHEMA}Person`]);
    const unit = named('6th Combined Arms Army');
    expect(unit).toHaveLength(1);
    expect(unit[0]!['@type']).toContain(`${NS}MilitaryUnit`);
  });

  it('backs every statement with a rule, confidence, document and evidence sentence', () => {
    const statements = nodes.filter((n) => n['@type']?.includes(`${RDF}Statement`));
    expect(statements.length).toBeGreaterThan(3);
    for (const s of statements) {
      const doc = byId.get(ref(s, `${PROV}wasDerivedFrom`)!)!;
      const text = [...(value(doc, `${NIF}isString`) as string)];
      const evidence = text.slice(Number(value(s, `${NS}evidenceBegin`)), Number(value(s, `${NS}evidenceEnd`))).join('');
      expect(evidence).toBe(value(s, `${NS}evidence`));
      expect(typeof value(s, `${NS}rule`)).toBe('string');
      expect(Number(value(s, `${NS}confidence`))).toBeGreaterThan(0);
      // The direct edge exists on the subject too.
      const predicate = ref(s, `${RDF}predicate`)!;
      expect(values(byId.get(ref(s, `${RDF}subject`)!)!, predicate)).toContain(ref(s, `${RDF}object`));
    }
    // "visited Kharkiv on June 2" (dated) and "Shmyhal's visit to Kharkiv" (undated) are both statements.
    const visits = statements.filter(
      (s) => ref(s, `${RDF}predicate`) === `${NS}visited` && value(byId.get(ref(s, `${RDF}object`)!)!, `${SCHEMA}name`) === 'Kharkiv',
    );
    expect(visits.length, 'Shmyhal visited Kharkiv').toBeGreaterThanOrEqual(1);
    const visit = visits.find((s) => value(s, `${NS}date`) !== undefined);
    expect(visit, 'the dated visit').toBeDefined();
    expect(value(byId.get(ref(visit!, `${RDF}subject`)!)!, `${SCHEMA}name`)).toBe('Denys Shmyhal');
    expect(value(visit!, `${NS}date`)).toBe('2026-06-02');
  });

  it('writes triples.tsv with one row per statement', () => {
    const tsv = readFileSync(join(out, 'triples.tsv'), 'utf8').trimEnd().split('\n');
    expect(tsv[0]!.split('\t').slice(0, 12)).toEqual(['subject', 'subject_type', 'predicate', 'object', 'object_type', 'date', 'confidence', 'rule', 'document', 'begin', 'end', 'evidence']);
    const statements = nodes.filter((n) => n['@type']?.includes(`${RDF}Statement`));
    expect(tsv.length - 1).toBe(statements.length);
    expect(tsv.some((row) => /^Denys Shmyhal\tPerson\tvisited\tKharkiv\tPlace\t2026-06-02\t/.test(row))).toBe(true);
  });

  it('gives byte-identical outputs on a re-run and with two worker threads', async () => {
    const again = join(work, 'again');
    const parallel = join(work, 'parallel');
    await newsgraph(['extract', join(work, 'corpus'), '--out', again, '--quiet']);
    await newsgraph(['extract', join(work, 'corpus'), '--out', parallel, '--quiet', '--concurrency', '2']);
    for (const file of ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html']) {
      const first = readFileSync(join(out, file));
      expect(readFileSync(join(again, file)).equals(first), `${file} re-run`).toBe(true);
      expect(readFileSync(join(parallel, file)).equals(first), `${file} with 2 workers`).toBe(true);
    }
  });
});

describe('newsgraph extract edge cases', () => {
  it('refuses a bad stage option up front, also with worker threads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-opt-'));
    const pipeline = join(dir, 'p.json');
    writeFileSync(pipeline, JSON.stringify({ name: 'p', stages: [{ stage: 'segment' }, { stage: 'tokenize', options: { lemmas: true } }] }));
    for (const concurrency of ['1', '2']) {
      const r = await newsgraph(['extract', 'test/fixtures/corpus/talks.md', '--out', join(dir, `out${concurrency}`), '--pipeline', pipeline, '--concurrency', concurrency]);
      expect(r.code, `--concurrency ${concurrency}`).toBe(2);
      expect(r.stderr).toContain('unknown option "lemmas" (known: pos)');
    }
  });

  it('keeps the document date when --reference-date overrides it for relative dates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-ref-'));
    await newsgraph(['extract', 'test/fixtures/corpus/talks.md', '--out', dir, '--reference-date', '2026-05-01', '--quiet']);
    const graph = allNodes(JSON.parse(readFileSync(join(dir, 'graph.jsonld'), 'utf8')));
    const doc = graph.find((n) => n['ng:sourcePath'] === 'talks.md')!;
    expect(doc['schema:datePublished']).toBe('2026-05-20');
    expect(doc['ng:referenceDate']).toBe('2026-05-01');
  });

  it('writes the same text read from two files as one document with both paths and both files\' hashes, and each statement once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-dup-'));
    const text = 'Defense Minister Denys Shmyhal visited Kharkiv on June 2, 2026.\nHe met the mayor.\n';
    writeFileSync(join(dir, 'a.txt'), text);
    // The same text once decoded: a BOM and CRLF line ends make other bytes, so another sha256.
    writeFileSync(join(dir, 'b.txt'), `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    await newsgraph(['extract', dir, '--out', join(dir, 'out'), '--quiet']);
    const graph = allNodes(JSON.parse(readFileSync(join(dir, 'out', 'graph.jsonld'), 'utf8')));
    const docs = graph.filter((n) => (n['@type'] as string[] | undefined)?.includes?.('schema:NewsArticle'));
    expect(docs.map((d) => d['ng:sourcePath'])).toEqual([['a.txt', 'b.txt']]);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as { files: Array<{ relPath: string; sha256?: string }> };
    const hashes = manifest.files.filter((f) => f.relPath.endsWith('.txt')).map((f) => f.sha256).sort();
    expect(new Set(hashes).size).toBe(2);
    expect(docs[0]!['ng:sha256']).toEqual(hashes);
    const nq = readFileSync(join(dir, 'out', 'graph.nq'), 'utf8');
    for (const h of hashes) expect(nq).toContain(`<https://w3id.org/newsgraph/ns#sha256> "${h}"`);
    const rows = readFileSync(join(dir, 'out', 'triples.tsv'), 'utf8').trimEnd().split('\n').slice(1);
    const statements = graph.filter((n) => n['@type'] === 'rdf:Statement');
    expect(rows.length).toBe(statements.length);
    expect(rows.filter((r) => r.startsWith('Denys Shmyhal\tPerson\tvisited\tKharkiv'))).toHaveLength(1);
  });
});
