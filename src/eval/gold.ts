import type { Span } from '../model/document.js';

/**
 * A gold-annotated document as the scorers see it, whatever file format it came from. Offsets are
 * already converted to UTF-16 indices into `text`, like the document model's.
 */
export interface GoldDocument {
  id: string;
  text: string;
  /** Document creation time (ISO date): the reference date for relative expressions. */
  dct?: string;
  mentions: GoldMention[];
  relations: GoldRelation[];
  /**
   * Argument pairs annotated as holding no relation. Present only for corpora that annotate some pairs,
   * not all: then a predicted relation is judged only when its arguments are one of the annotated pairs.
   */
  negativePairs?: Array<{ head: number; tail: number }>;
}

export interface GoldMention extends Span {
  /** The label as written in the gold file (PER, ORG, DATE, Work_For's arguments' types …). */
  label: string;
  text: string;
  /** TIMEX3 value for temporal expressions. */
  value?: string;
}

export interface GoldRelation {
  /** Indices into `GoldDocument.mentions`. */
  head: number;
  tail: number;
  label: string;
}

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const spansEqual = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
