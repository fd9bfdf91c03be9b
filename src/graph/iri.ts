import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { NS } from './vocabulary.js';

/**
 * IRIs are derived only from stable inputs, so that re-runs and later batches produce the same IRIs and
 * a graph database merges repeated loads instead of duplicating nodes.
 */

/** Entity IRI from its key (`geonames:703448` → …/id/geonames/703448, `person:vladimir-putin` → …/id/person/vladimir-putin). */
export function entityIri(key: string): string {
  const cut = key.indexOf(':');
  const scheme = cut === -1 ? 'entity' : key.slice(0, cut);
  const local = cut === -1 ? key : key.slice(cut + 1);
  return `${NS.id}${encodeURIComponent(scheme)}/${encodeURIComponent(local)}`;
}

/** Document IRI from the hash of its decoded text and record id: the same text is the same document wherever it is read from. */
export function documentIri(text: string, recordId?: string): string {
  return `${NS.doc}${shortHash(`${recordId ?? ''}\u0000${text}`, 32)}`;
}

/** NIF-style (RFC 5147) fragment for a span of the document, in code points. */
export function spanIri(docIri: string, begin: number, end: number): string {
  return `${docIri}#char=${begin},${end}`;
}

export function statementIri(parts: readonly (string | number)[]): string {
  return `${NS.stmt}${shortHash(parts.join('\u0000'), 32)}`;
}

export function predicateIri(local: string): string {
  return `${NS.ng}${local}`;
}

/**
 * Node's one-shot hash (`crypto.hash`, Node 20.12+), else a Hash object: making one per statement IRI cost
 * 14-16 µs against 1.7 µs one-shot (200,000 statement keys, same run; 16,313 statements in the 294 ISW
 * reports). Both give the SHA-256 of the text's UTF-8 bytes.
 */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function shortHash(text: string, hexChars: number): string {
  const hex = oneShotHash ? oneShotHash('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
  return hex.slice(0, hexChars);
}
