import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/graph/byte-writer.js';
import { nodeJson, nodeJsonByStringify, writeNodeJson } from '../../src/graph/jsonld-text.js';
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

describe('the hand-written JSON-LD node writer', () => {
  it('writes what JSON.stringify writes, byte for byte, on tricky strings', () => {
    for (const s of TRICKY) {
      const n = node(s, { 'schema:alternateName': [s, `${s}2`], [`key ${s}`]: { '@id': s } });
      expect(nodeJson(n)).toBe(nodeJsonByStringify(n));
      const out = new ByteWriter(4);
      writeNodeJson(n, out);
      expect(out.view().equals(Buffer.from(nodeJsonByStringify(n), 'utf8'))).toBe(true);
    }
  });

  it('writes numbers, booleans, nulls, empty and nested values and skips undefined as JSON.stringify does', () => {
    const n = node(0.85, {
      'geo:lat': -0,
      'geo:long': 1e21,
      'ng:population': 12345678901,
      'ng:x': Number.NaN,
      'ng:y': Number.POSITIVE_INFINITY,
      'ng:flag': false,
      'ng:none': null,
      'ng:skipped': undefined,
      'ng:empty': [],
      'ng:emptyObject': {},
      'ng:list': [1, 'two', { '@id': 'ng:three' }, [4, [5]], undefined, null],
      'schema:inLanguage': 'en',
    });
    expect(nodeJson(n)).toBe(nodeJsonByStringify(n));
  });

  it('falls back to JSON.stringify for what it does not write itself (toJSON), with the same text', () => {
    const n = node(new Date(Date.UTC(2024, 1, 3)));
    expect(nodeJson(n)).toBe(nodeJsonByStringify(n));
    const out = new ByteWriter(4);
    out.text('before|');
    writeNodeJson(n, out);
    expect(out.view().toString('utf8')).toBe(`before|${nodeJsonByStringify(n)}`);
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
