import type { NamedGraph } from './named-graphs.js';
import type { JsonLdNode } from './nodes.js';
import { CONTEXT } from './vocabulary.js';

/**
 * graph.jsonld's text, piece by piece: the document is pretty-printed by JSON.stringify with a stable key
 * order, and these pieces put together are exactly what JSON.stringify(document, null, 2) gives, so a
 * large graph is never one string and each node can be rendered where it is made (a worker). The
 * document's `@graph` holds named graphs (named-graphs.ts), each `{"@id": …, "@graph": [nodes]}`.
 */

/** A node stringified inside `{"@graph": [{"@graph": [node]}]}` sits at its depth in the document: cut out the node. */
const WRAP_BEFORE = '{\n  "@graph": [\n    {\n      "@graph": [\n        '.length;
const WRAP_AFTER = '\n      ]\n    }\n  ]\n}'.length;

/** A node's indentation in the document (inside its named graph's `@graph`). */
const NODE_INDENT = '        ';

/** nodeJson by JSON.stringify itself: the reference the hand-written writer is tested against. */
export function nodeJsonByStringify(node: JsonLdNode): string {
  return JSON.stringify({ '@graph': [{ '@graph': [node] }] }, null, 2).slice(WRAP_BEFORE, -WRAP_AFTER);
}

/** Where written text goes: a ByteWriter (byte-writer.ts), or a list of parts. */
export interface TextSink {
  text(text: string): void;
}

/**
 * One node as it appears in the document, indented to its depth (inside its named graph).
 *
 * Written by hand, not by JSON.stringify with an indent: V8's indenting stringify is its slow path, and the
 * wrapper objects plus the slice copied every node twice. Leaves still go through JSON.stringify (a
 * string's escapes, lone surrogates included, and a number's form are V8's own), so the text is the same
 * byte for byte (test/graph/json-text.test.ts). Measured on the NIF phrases of 60 ISW reports (13 MB of
 * node text, same run): see writeNodeJson.
 */
export function nodeJson(node: JsonLdNode): string {
  const parts: string[] = [];
  if (!prettyJson(node, NODE_INDENT, { text: (t) => void parts.push(t) })) return nodeJsonByStringify(node);
  return parts.join('');
}

/** nodeJson's text appended to a ByteWriter-like sink that can be cut back to `mark()` (a node it cannot write goes by JSON.stringify). */
export function writeNodeJson(node: JsonLdNode, out: TextSink & { length: number }): void {
  const mark = out.length;
  if (prettyJson(node, NODE_INDENT, out)) return;
  out.length = mark;
  out.text(nodeJsonByStringify(node));
}

/**
 * Writes `JSON.stringify(value, null, 2)` as it appears at indentation `indent`; false (what was written is
 * then unusable) for what it does not write itself: objects with toJSON, anything not plain JSON data.
 */
function prettyJson(value: unknown, indent: string, out: TextSink): boolean {
  switch (typeof value) {
    case 'string':
      out.text(JSON.stringify(value));
      return true;
    case 'number':
      out.text(Number.isFinite(value) ? String(value) : 'null');
      return true;
    case 'boolean':
      out.text(value ? 'true' : 'false');
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) {
    out.text('null');
    return true;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.text('[]');
      return true;
    }
    out.text(`[\n${inner}`);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.text(`,\n${inner}`);
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.text('null');
      else if (!prettyJson(item, inner, out)) return false;
    }
    out.text(`\n${indent}]`);
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  let first = true;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out.text(`${first ? '{\n' : ',\n'}${inner}${keyText(key)}`);
    first = false;
    if (!prettyJson(item, inner, out)) return false;
  }
  out.text(first ? '{}' : `\n${indent}}`);
  return true;
}

/** `"key": ` by key: nodes use a few dozen keys, millions of times. */
const keyTexts = new Map<string, string>();

function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}: `;
    if (keyTexts.size < 10_000) keyTexts.set(key, text);
  }
  return text;
}

/** Between two nodes of a named graph; before its first node. */
export const NODE_SEPARATOR = ',\n        ';
export const FIRST_NODE = '\n        ';

/** The start of a named graph up to its `@graph` array's opening bracket (`first`: the document's first graph). */
export const graphStart = (iri: string, first: boolean): string => `${first ? '\n    ' : ',\n    '}{\n      "@id": ${JSON.stringify(iri)},\n      "@graph": [`;
/** The end of a named graph with nodes, and of one without. */
export const NAMED_GRAPH_END = '\n      ]\n    }';
export const EMPTY_NAMED_GRAPH_END = ']\n    }';

/** After the last named graph; the end of a document without graphs. */
export const GRAPH_END = '\n  ]\n}\n';
export const EMPTY_GRAPH_END = ']\n}\n';

/** The document up to the `@graph` array's opening bracket. */
export function jsonLdHead(): string {
  const head = JSON.stringify({ '@context': CONTEXT }, null, 2);
  return `${head.slice(0, -2)},\n  "@graph": [`;
}

/** The whole document as one string, for graphs held in memory (small runs, tests). */
export function serializeJsonLd(graph: { jsonld: { '@context': typeof CONTEXT; '@graph': NamedGraph[] } }): string {
  return `${JSON.stringify(graph.jsonld, null, 2)}\n`;
}
