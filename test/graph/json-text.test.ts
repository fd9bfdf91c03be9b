import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/graph/byte-writer.js';
import { nodeJson, serializeJsonLd, writeNodeJson } from '../../src/graph/jsonld-text.js';
import { CONTEXT } from '../../src/graph/vocabulary.js';
import { quadsText, writeQuads } from '../../src/graph/graph-quads.js';
import type { JsonLdNode } from '../../src/graph/nodes.js';

/** Strings a hand-written writer gets wrong first: escapes, control characters, non-ASCII, lone surrogates. */
const TRICKY = [
  '',
  'plain',
  'a "quoted" word',
  'back\\slash and \\"both\\"',
  'line\nbreak, cr\r, tab\t, nul\u0000, bell\u0007, del\u007f, bs\b, ff\f',
  'U+2028 \u2028 and U+2029 \u2029',
  'curly ’quotes’ — dash, é, ü, Київ, 北京',
  'emoji 🚀 pair',
  'lone high \ud800 here',
  'lone low \udc00 here',
  'reversed \udc00\ud800 pair',
  '</script><!--',
];

const node = (value: unknown, extra: Record<string, unknown> = {}): JsonLdNode => ({ '@id': 'https://w3id.org/newsgraph/id/test/x', 'schema:name': value, ...extra });

describe('graph.jsonld text: the frame indented, a node per line', () => {
  it('writes each node as one line of compact JSON that reads back as the node, on tricky strings', () => {
    for (const s of TRICKY) {
      const n = node(s, { 'schema:alternateName': [s, `${s}2`], [`key ${s}`]: { '@id': s }, 'ng:x': Number.NaN, 'ng:skipped': undefined });
      const text = nodeJson(n);
      expect(text).not.toMatch(/[\n\r]/);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(n)));
      const out = new ByteWriter(4);
      out.text('before|');
      writeNodeJson(n, out);
      expect(out.view().toString('utf8')).toBe(`before|${text}`);
    }
  });

  it('puts the document together so that it parses to the graph, one line per node, empty graphs included', () => {
    const nodes = TRICKY.map((s, i) => node(s, { '@id': `https://w3id.org/newsgraph/id/test/n${i}`, 'itsrdf:taConfidence': 0.5 + i / 100 }));
    const jsonld = {
      '@context': CONTEXT,
      '@graph': [
        { '@id': 'https://w3id.org/newsgraph/doc/a', '@graph': nodes },
        { '@id': 'https://w3id.org/newsgraph/graph/empty', '@graph': [] },
      ],
    };
    const text = serializeJsonLd({ jsonld });
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(jsonld)));
    const nodeLines = text.split('\n').filter((line) => line.startsWith('        {'));
    expect(nodeLines.map((line) => JSON.parse(line.trim().replace(/,$/, '')) as unknown)).toEqual(JSON.parse(JSON.stringify(nodes)));
    expect(JSON.parse(serializeJsonLd({ jsonld: { '@context': CONTEXT, '@graph': [] } }))).toEqual({ '@context': CONTEXT, '@graph': [] });
  });
});

describe('N-Quads into a buffer', () => {
  it('gives the bytes of quadsText, language-tagged-looking and escaped literals included', () => {
    const graph = 'https://w3id.org/newsgraph/doc/abc';
    const nodes: JsonLdNode[] = TRICKY.map((s, i) => node(s, { '@id': `https://w3id.org/newsgraph/doc/abc#char=${i},${i + 1}`, '@type': ['nif:Phrase', 'nif:OffsetBasedString'], 'nif:anchorOf': `${s}@en`, 'itsrdf:taConfidence': 0.5 + i / 100, 'nif:beginIndex': i }));
    const out = new ByteWriter(8);
    writeQuads(nodes, graph, out);
    const text = quadsText(nodes, graph);
    expect(text.split('\n').length).toBeGreaterThan(5 * TRICKY.length);
    expect(out.view().equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});

describe('ByteWriter', () => {
  it('grows as needed, starts again on reset, and keeps earlier views intact when it gives a huge buffer back', () => {
    const out = new ByteWriter(2);
    out.text('é'.repeat(10));
    out.byte(33);
    out.bytes(Buffer.from('xyz'));
    expect(out.view().toString('utf8')).toBe(`${'é'.repeat(10)}!xyz`);
    const before = out.view();
    out.reset(8);
    out.text('next');
    expect(out.view().toString('utf8')).toBe('next');
    expect(before.toString('utf8')).toBe(`${'é'.repeat(10)}!xyz`);
  });
});
