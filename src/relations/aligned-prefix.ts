import type { Doc, Mention } from '../model/document.js';

/**
 * The organization or country is the second part of a "pro-"/"anti-" compound: "pro-Kremlin journalist X",
 * "an anti-Kremlin blogger". The compound says whom X sides with or against, not the body X serves in, so a
 * title rule does not make X a member or leader of it. Reads the five characters before the mention only.
 */
const ALIGNMENT_PREFIX = /(?:^|[^\p{L}])(?:pro|anti)[-\u2010\u2011]$/iu;

export function alignedPrefix(doc: Doc, m: Mention): boolean {
  return ALIGNMENT_PREFIX.test(doc.text.slice(Math.max(0, m.start - 5), m.start));
}
