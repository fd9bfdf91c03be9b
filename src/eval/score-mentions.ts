import type { Span } from '../model/document.js';
import type { ClassIndex } from './classes.js';
import { contextOf } from './context.js';
import type { ErrorEntry } from './errors.js';
import { spansEqual, spansOverlap, type GoldDocument, type GoldMention } from './gold.js';
import { matchOneToOne, type MatchMode } from './match.js';
import type { CountTable } from './prf.js';
import type { PredictedMention } from './predictions.js';

export interface MentionInput {
  doc: GoldDocument;
  /** Gold mentions of the labels being scored. */
  gold: readonly GoldMention[];
  pred: readonly PredictedMention[];
}

const describe = (what: string, label: string, s: Span & { text: string }): string => `${what} ${label} "${s.text}"`;

/**
 * Entity mentions: a prediction matches a gold mention when its type is one the gold label accepts and
 * its span is the same (exact) or shares a character (overlap). Predictions of a type no label in the
 * corpus accepts are not judged. Returns how many predictions were left unjudged.
 */
export function scoreMentions(input: MentionInput, classes: ClassIndex, mode: MatchMode, table: CountTable, errors?: ErrorEntry[]): number {
  const { doc, gold, pred } = input;
  const judged = pred.filter((p) => classes.labelFor(p.type) !== undefined);
  const fits = (g: GoldMention, p: PredictedMention): boolean => classes.allows(g.label, p.type);
  const m = matchOneToOne(
    gold,
    judged,
    (g, p) => fits(g, p) && spansEqual(g, p),
    mode === 'overlap' ? (g, p) => fits(g, p) && spansOverlap(g, p) : undefined,
  );
  m.goldToPred.forEach((pi, gi) => {
    const g = gold[gi]!;
    const row = table.row(g.label);
    if (pi !== -1) return void row.tp++;
    row.fn++;
    if (!errors) return;
    const other = pred.find((p) => spansOverlap(p, g));
    const entry: ErrorEntry = { doc: doc.id, layer: 'mention', error: 'miss', label: g.label, text: g.text, context: contextOf(doc.text, [g]) };
    if (other) entry.note = describe('predicted', other.type, other);
    errors.push(entry);
  });
  m.predToGold.forEach((gi, pi) => {
    if (gi !== -1) return;
    const p = judged[pi]!;
    table.row(classes.labelFor(p.type)!).fp++;
    if (!errors) return;
    const other = doc.mentions.find((g) => spansOverlap(p, g));
    const entry: ErrorEntry = {
      doc: doc.id,
      layer: 'mention',
      error: 'false-positive',
      label: p.type,
      text: p.text,
      source: p.recognizer,
      context: contextOf(doc.text, [p]),
    };
    if (other) entry.note = describe('gold', other.label, other);
    errors.push(entry);
  });
  return pred.length - judged.length;
}
