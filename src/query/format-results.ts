import { NS } from '../graph/vocabulary.js';
import type { QueryResult, SparqlTerm } from './run-query.js';

export const RESULT_FORMATS = ['table', 'json', 'csv'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

export function formatResult(result: QueryResult, format: ResultFormat): string {
  if (format === 'json') return formatJson(result);
  if (format === 'csv') return formatCsv(result);
  return formatTable(result);
}

/** SPARQL 1.1 Query Results JSON; graph results as a JSON array of {subject, predicate, object} terms. */
function formatJson(result: QueryResult): string {
  const body =
    result.kind === 'boolean'
      ? { head: {}, boolean: result.value }
      : result.kind === 'bindings'
        ? { head: { vars: result.vars }, results: { bindings: result.rows } }
        : result.triples.map(([subject, predicate, object]) => ({ subject, predicate, object }));
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** SPARQL 1.1 Query Results CSV: plain values, RFC 4180 quoting, CRLF line ends. */
function formatCsv(result: QueryResult): string {
  const { header, rows } = tabular(result, (t) => t?.value ?? '');
  return [header, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}

const csvCell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const MAX_CELL = 80;

/** Aligned columns for reading in a terminal: IRIs shortened by the graph's prefixes, long values cut. */
function formatTable(result: QueryResult): string {
  if (result.kind === 'boolean') return `${result.value}\n`;
  const { header, rows } = tabular(result, (t) => (t ? clip(shortTerm(t)) : ''));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = result.kind === 'bindings' ? result.vars.map((v) => result.rows.every((r) => !r[v] || isNumber(r[v]))) : [];
  const pad = (c: string, i: number): string => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!));
  const line = (cells: readonly string[]): string => cells.map(pad).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const count = result.kind === 'graph' ? rows.length : result.rows.length;
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n(${count} ${count === 1 ? 'row' : 'rows'})\n`;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC_TYPES = new Set(['integer', 'decimal', 'double', 'float', 'nonNegativeInteger', 'positiveInteger', 'long', 'int'].map((t) => XSD + t));

/** Numbers are right-aligned in the table, so that columns of counts and confidences line up. */
const isNumber = (t: SparqlTerm): boolean => t.type === 'literal' && t.datatype !== undefined && NUMERIC_TYPES.has(t.datatype);

function tabular(result: QueryResult, cell: (t: SparqlTerm | undefined) => string): { header: string[]; rows: string[][] } {
  if (result.kind === 'boolean') return { header: ['boolean'], rows: [[String(result.value)]] };
  if (result.kind === 'graph') return { header: ['subject', 'predicate', 'object'], rows: result.triples.map((t) => t.map(cell)) };
  return { header: result.vars, rows: result.rows.map((row) => result.vars.map((v) => cell(row[v]))) };
}

/** Longest namespaces first, so `id:` is not taken for a longer, more specific one. */
const PREFIXES = Object.entries(NS).sort((a, b) => b[1].length - a[1].length);

function shortTerm(t: SparqlTerm): string {
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t.type !== 'uri') return t.value;
  for (const [prefix, ns] of PREFIXES) if (t.value.startsWith(ns)) return `${prefix}:${t.value.slice(ns.length)}`;
  return `<${t.value}>`;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}
