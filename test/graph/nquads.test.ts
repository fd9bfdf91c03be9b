import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import rdfCanonize from 'rdf-canonize';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/run/extract.js';
import { buildGraph, type Graph, type JsonLdNode } from '../../src/graph/build-graph.js';
import { escapeIri, escapeLiteral } from '../../src/graph/graph-quads.js';
import { CONTEXT } from '../../src/graph/vocabulary.js';
import { quadsText, serializeNQuads } from '../../src/graph/graph-quads.js';
import { nodeJson, serializeJsonLd } from '../../src/graph/jsonld-text.js';
import { byNodeId } from '../../src/graph/nodes.js';
import { JsonLdSink } from '../../src/sinks/jsonld-sink.js';
import { NQuadsSink } from '../../src/sinks/nquads-sink.js';
import { writeOutputs } from '../../src/run/write-outputs.js';
import type { ExtractResult } from '../../src/run/extract.js';
import { packageRoot } from '../../src/model/package-root.js';

/** What graph.nq was before this project wrote its own quads: jsonld.toRDF, lines sorted and distinct. */
async function viaJsonLd(graph: Graph): Promise<string> {
  const nquads = (await jsonld.toRDF(graph.jsonld as unknown as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  const lines = [...new Set(nquads.split('\n').filter((l) => l.length > 0))].sort();
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const TEST_GRAPH = 'https://w3id.org/newsgraph/graph/test';
const graphOf = (nodes: JsonLdNode[]): Graph => ({ jsonld: { '@context': CONTEXT, '@graph': [{ '@id': TEST_GRAPH, '@graph': nodes }] }, statements: [], entities: new Map() });

const tmp = (name: string): string => join(mkdtempSync(join(tmpdir(), 'ng-nq-')), name);

describe('graph.nq without jsonld.toRDF', () => {
  let corpusGraph: Graph;
  let corpus: ExtractResult;
  beforeAll(async () => {
    corpus = await extract([join(packageRoot(), 'test', 'fixtures', 'corpus')], { referenceDate: '2026-05-20' });
    corpusGraph = buildGraph(corpus.documents);
  });

  it('gives the same lines as jsonld.toRDF for the fixture corpus graph', async () => {
    const ours = serializeNQuads(corpusGraph);
    expect(ours.split('\n').length).toBeGreaterThan(500);
    // Real N-Quads: every line names its graph (a document's, the entity graph or the vocabulary graph).
    const graphs = new Set(ours.trimEnd().split('\n').map((l) => /<([^<>]+)> \.$/.exec(l)?.[1]));
    expect([...graphs].filter((g) => g?.startsWith('https://w3id.org/newsgraph/doc/')).length).toBe(corpusGraph.jsonld['@graph'].length - 2);
    expect(graphs).toContain('https://w3id.org/newsgraph/graph/entities');
    expect(graphs).toContain('https://w3id.org/newsgraph/graph/vocabulary');
    expect(ours).toBe(await viaJsonLd(corpusGraph));
  });

  it('gives the same lines as jsonld.toRDF for edge cases of values, IRIs and escapes', async () => {
    const nodes: JsonLdNode[] = [
      {
        '@id': 'https://w3id.org/newsgraph/id/place/a',
        '@type': ['schema:Place', 'schema:City', 'ng:MilitaryUnit'],
        'schema:name': 'Quote " backslash \\ newline \n tab \t cr \r bs \b ff \f nul \u0001 del \u007f ’ é 🚀',
        'schema:alternateName': ['B', 'A', 'B'],
        'geo:lat': 48,
        'geo:long': 37.25,
        'itsrdf:taConfidence': 1,
        'ng:confidence': 0.85,
        'nif:beginIndex': 0,
        'nif:endIndex': 12345,
        'ng:population': 1500000,
        'ng:uncoercedInteger': 3,
        'ng:uncoercedDouble': 2.5,
        'ng:huge': 1e21,
        'ng:flag': true,
        'schema:datePublished': '2026-02-18',
        'schema:additionalType': 'wd:Q176799',
        'schema:url': 'not an absolute iri',
        'owl:sameAs': ['https://sws.geonames.org/703448/', 'relative/path'],
        'ng:visited': [{ '@id': 'ng:Thing' }, { '@id': 'https://example.org/x y' }],
        'foo:bar': 'an unknown prefix is an absolute IRI',
        'ng:nothing': null,
        'ng:empty': [],
      },
      { '@id': 'relative-subject', 'schema:name': 'dropped' },
      { '@id': 'https://w3id.org/newsgraph/id/place/a#part', 'schema:name': 'a subject that extends another' },
      { '@id': 'ng:MilitaryUnit', '@type': 'rdfs:Class', 'rdfs:label': 'MilitaryUnit' },
    ];
    const graph = graphOf(nodes);
    const ours = serializeNQuads(graph);
    expect(ours).toContain('"8.5E-1"^^<http://www.w3.org/2001/XMLSchema#double>');
    expect(ours).toContain('<foo:bar>');
    expect(ours).not.toContain('relative');
    expect(ours).toBe(await viaJsonLd(graph));
  });

  it('gives the same lines as jsonld.toRDF for named graphs: one subject in several graphs, a relative graph name', async () => {
    const place = 'https://w3id.org/newsgraph/id/place/a';
    const edge = { '@id': place, 'ng:locatedIn': { '@id': 'https://w3id.org/newsgraph/id/place/b' } };
    const graph: Graph = {
      jsonld: {
        '@context': CONTEXT,
        '@graph': [
          { '@id': 'https://w3id.org/newsgraph/doc/2', '@graph': [edge] },
          { '@id': 'https://w3id.org/newsgraph/doc/1', '@graph': [edge] },
          { '@id': 'https://w3id.org/newsgraph/graph/entities', '@graph': [{ '@id': place, '@type': 'schema:Place', 'schema:name': 'A' }] },
          { '@id': 'relative-graph', '@graph': [{ '@id': place, 'schema:name': 'dropped' }] },
          { '@id': 'https://w3id.org/newsgraph/graph/empty', '@graph': [] },
        ],
      },
      statements: [],
      entities: new Map(),
    };
    const ours = serializeNQuads(graph);
    expect(ours.split('\n').filter((l) => l.includes('locatedIn'))).toHaveLength(2);
    expect(ours).not.toContain('dropped');
    expect(ours).toBe(await viaJsonLd(graph));
  });

  it('escapes literals and IRIs exactly as rdf-canonize does', () => {
    const term = (value: string) => ({ termType: 'NamedNode', value });
    const graph = { termType: 'DefaultGraph', value: '' };
    for (let c = 0; c < 0x80; c++) {
      const s = `a${String.fromCharCode(c)}b’é`;
      const literal = { termType: 'Literal', value: s, datatype: term('http://www.w3.org/2001/XMLSchema#string') };
      const line = rdfCanonize.NQuads.serializeQuadComponents(term('http://x/s'), term('http://x/p'), literal, graph);
      expect(line).toBe(`<http://x/s> <http://x/p> "${escapeLiteral(s)}" .\n`);
      const iriLine = rdfCanonize.NQuads.serializeQuadComponents(term(`http://x/${s}`), term('http://x/p'), term('http://x/o'), graph);
      expect(iriLine).toBe(`<${escapeIri(`http://x/${s}`)}> <http://x/p> <http://x/o> .\n`);
    }
  });

  it('writes files equal to the in-memory serializations, across buffer boundaries and for huge values', async () => {
    const long = 'x’'.repeat(800_000); // more than a buffer can take at 3 bytes per code unit
    const nodes: JsonLdNode[] = Array.from({ length: 30_000 }, (_, i) => ({
      '@id': `https://w3id.org/newsgraph/id/n/${String(i).padStart(6, '0')}`,
      'schema:name': `node ${i} ${'é'.repeat(i % 200)}`,
    }));
    nodes.push({ '@id': 'https://w3id.org/newsgraph/id/n/zz', 'schema:name': long });
    const noGraphs: Graph = { ...graphOf([]), jsonld: { '@context': CONTEXT, '@graph': [] } };
    for (const g of [graphOf(nodes), graphOf([]), noGraphs]) {
      const nq = tmp('graph.nq');
      const jl = tmp('graph.jsonld');
      const nqSink = await NQuadsSink.open(nq);
      const jlSink = await JsonLdSink.open(jl);
      for (const named of g.jsonld['@graph']) {
        jlSink.graph(named['@id']);
        for (const node of [...named['@graph']].sort(byNodeId)) {
          await nqSink.lines(Buffer.from(quadsText([node], named['@id'])));
          await jlSink.nodes(nodeJson(node));
        }
      }
      await nqSink.close();
      await jlSink.close();
      expect(readFileSync(nq, 'utf8')).toBe(serializeNQuads(g));
      expect(readFileSync(jl, 'utf8')).toBe(serializeJsonLd(g));
    }
  });

  it('streams the fixture corpus through shards and the merge byte for byte as the in-memory graph serializes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-nq-run-'));
    await writeOutputs(corpus, dir);
    expect(readFileSync(join(dir, 'graph.jsonld'), 'utf8')).toBe(serializeJsonLd(corpusGraph));
    expect(readFileSync(join(dir, 'graph.nq'), 'utf8')).toBe(serializeNQuads(corpusGraph));
  });
});
