import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsgraph } from '../helpers/cli.js';
import { extract } from '../../src/run/extract.js';
import { writeOutputs } from '../../src/run/write-outputs.js';
import { loadOutputs } from '../../src/query/load-store.js';
import { packageRoot } from '../../src/model/package-root.js';
import { namedGraphOf } from '../../src/graph/named-graphs.js';

const PEOPLE = ['Olena Marchuk', 'Tomas Lindqvist', 'Amina Haddad', 'Karl Brenner', 'Sofia Petrenko', 'Yusuf Demir', 'Ingrid Solberg'];
const PLACES = ['Odesa', 'Warsaw', 'Kharkiv', 'Riga', 'Ankara', 'Vienna', 'Vilnius'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** Paragraph `k` of a long report of our own: each names its people in full and dates itself, so it stands alone. */
function paragraph(k: number): string {
  const who = PEOPLE[k % PEOPLE.length]!;
  const other = PEOPLE[(k + 3) % PEOPLE.length]!;
  const where = PLACES[k % PLACES.length]!;
  const day = (k % 27) + 1;
  const month = MONTHS[k % MONTHS.length]!;
  return (
    `Defense Minister ${who} visited ${where} on ${month} ${day}, 2025, and met with Foreign Minister ${other}. ` +
    `The 47th Mechanized Brigade operates near ${PLACES[(k + 2) % PLACES.length]}, officials said on ${month} ${day}, 2025.` +
    (k % 9 === 4 ? ` Residents posted \u{1F600} messages from ${where}.` : '')
  );
}

const longText = (paragraphs: number): string => Array.from({ length: paragraphs }, (_, k) => paragraph(k)).join('\n\n') + '\n';

const OUTPUTS = ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html'];
const WINDOW = 1500;
let work: string;
let input: string;
let text: string;
const windowed = (): Record<string, string> => ({ NEWSGRAPH_WINDOW_CHARS: String(WINDOW) });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ng-long-'));
  mkdirSync(join(work, 'in'));
  input = join(work, 'in', 'long.txt');
  text = longText(40);
  writeFileSync(input, text);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const sortedLines = (s: string): string[] => s.split('\n').filter(Boolean).sort();
/** graph.jsonld as named graph → its nodes' JSON, sorted: the same nodes whatever their order. */
const nodesByGraph = (s: string): Record<string, string[]> =>
  Object.fromEntries((JSON.parse(s)['@graph'] as Array<{ '@id': string; '@graph': unknown[] }>).map((g) => [g['@id'], g['@graph'].map((n) => JSON.stringify(n)).sort()]));
const summaryOf = (dir: string): unknown => JSON.parse(file(dir, 'manifest.json')).summary;

// Issue #14: a document longer than the window is rendered window by window as parts of one document, so
// that its memory is one window's; what it gives must be what the same windows joined in memory give.
describe('a document longer than the window', () => {
  it('written in parts gives the outputs of its windows joined in memory, the statements of the whole document, and loads with exact offsets', async () => {
    expect(text.length).toBeGreaterThan(5 * WINDOW);
    const parts = join(work, 'parts');
    const run = await newsgraph(['extract', input, '--out', parts, '--quiet'], windowed());
    expect(run.code).toBe(0);

    // The same windows joined into one document in memory (the library's path): one record.
    const joined = join(work, 'joined');
    await writeOutputs(await extract([input], { windowChars: WINDOW }), joined);
    expect(file(parts, 'triples.tsv')).toBe(file(joined, 'triples.tsv'));
    expect(file(parts, 'report.html')).toBe(file(joined, 'report.html'));
    expect(sortedLines(file(parts, 'graph.nq'))).toEqual(sortedLines(file(joined, 'graph.nq')));
    expect(nodesByGraph(file(parts, 'graph.jsonld'))).toEqual(nodesByGraph(file(joined, 'graph.jsonld')));
    expect(summaryOf(parts)).toEqual(summaryOf(joined));
    expect(summaryOf(parts)).toMatchObject({ documents: 1 });
    expect(JSON.parse(file(parts, 'manifest.json')).files).toMatchObject([{ relPath: 'long.txt', documents: 1 }]);

    // With worker threads, a worker windows the document itself: the same bytes.
    const threads = join(work, 'threads');
    expect((await newsgraph(['extract', input, '--out', threads, '--quiet', '--concurrency', '2'], windowed())).code).toBe(0);
    for (const name of ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html']) expect(file(threads, name), name).toBe(file(parts, name));

    // Unwindowed: every paragraph stands alone, so the statements, mentions and entities are the same.
    const whole = join(work, 'whole');
    expect((await newsgraph(['extract', input, '--out', whole, '--quiet'])).code).toBe(0);
    expect(file(parts, 'triples.tsv')).toBe(file(whole, 'triples.tsv'));
    const phrases = (dir: string): string[] => sortedLines(file(dir, 'graph.nq')).filter((l) => l.includes('#char=') && l.includes('nif-core#anchorOf'));
    expect(phrases(parts)).toEqual(phrases(whole));
    expect(phrases(parts).length).toBeGreaterThan(100);
    const entities = (dir: string): string[] => nodesByGraph(file(dir, 'graph.jsonld'))[namedGraphOf('entities')]!;
    expect(entities(parts)).toEqual(entities(whole));
    expect(entities(parts).length).toBeGreaterThan(5);

    // Loaded into a store: every phrase's code point offsets give its text, across an astral character.
    const { store } = await loadOutputs([parts]);
    const points = [...text];
    const rows = store.query(
      'PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> SELECT ?a ?b ?e WHERE { GRAPH ?g { ?m nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?d } }',
    ) as Array<Map<string, { value: string }>>;
    expect(rows.length).toBe(phrases(parts).length);
    for (const row of rows) expect(points.slice(Number(row.get('b')!.value), Number(row.get('e')!.value)).join('')).toBe(row.get('a')!.value);
    const statements = store.query('SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> } }') as Array<Map<string, { value: string }>>;
    expect(Number(statements[0]!.get('n')!.value)).toBe(sortedLines(file(parts, 'triples.tsv')).length - 1);
    expect(Number(statements[0]!.get('n')!.value)).toBeGreaterThan(40);
  }, 120_000);

  it('keeps memory bounded by the window: peak RSS of a document 4× as long grows little', () => {
    // The whole document's result, nodes and rendered record were held at once before (ed810f1): at a
    // 2,000-character window, 400 → 1,600 paragraphs (80 → 320 KB) took the CLI from 215 to 360 MB peak RSS
    // (ratio 1.67); in parts 185 → 198 MB (1.07).
    const peakMb = (paragraphs: number): number => {
      const dir = join(work, `memory-${paragraphs}`);
      mkdirSync(join(dir, 'in'), { recursive: true });
      writeFileSync(join(dir, 'in', 'doc.txt'), longText(paragraphs));
      const hook = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss '+process.resourceUsage().maxRSS+'\\n'))";
      const child = spawnSync(process.execPath, ['--import', hook, join(packageRoot(), 'bin', 'newsgraph.js'), 'extract', join(dir, 'in'), '--out', join(dir, 'out'), '--quiet'], {
        encoding: 'utf8',
        env: { ...process.env, NEWSGRAPH_WINDOW_CHARS: '2000' },
      });
      expect(child.status, child.stderr).toBe(0);
      return Number(/maxrss (\d+)/.exec(child.stderr)![1]) / 1024;
    };
    const one = peakMb(400);
    const four = peakMb(1600);
    expect(four / one).toBeLessThan(1.25);
  }, 120_000);
});
