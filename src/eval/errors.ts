/** One difference between predictions and gold, for error analysis (`--errors`). */
export interface ErrorEntry {
  doc: string;
  /** What was compared. */
  layer: 'mention' | 'timex' | 'relation';
  /** A prediction with no gold counterpart, or a gold item nothing predicted. */
  error: 'false-positive' | 'miss';
  /** Gold label or predicted type/predicate. */
  label: string;
  text: string;
  /** What lies under the same span on the other side, when something does ("gold ORG", "predicted Place"). */
  note?: string;
  /** Name of the recognizer or rule that made a false positive. */
  source?: string;
  context: string;
}
