import { contextOf } from './context.js';
import type { ErrorEntry } from './errors.js';
import { spansEqual, spansOverlap, type GoldDocument, type GoldMention } from './gold.js';
import { matchOneToOne } from './match.js';
import { addCounts, CountTable, emptyCounts, scores, type Counts, type Scores } from './prf.js';
import type { PredictedDate } from './predictions.js';

/**
 * TempEval-3 style counts: span scores regardless of type and value (strict = same span, relaxed =
 * overlapping), and attribute scores over relaxed matches (a value or type counts only when it is right).
 */
export class TimexScorer {
  private readonly strict = emptyCounts();
  private readonly relaxed = emptyCounts();
  private readonly value = emptyCounts();
  private readonly type = emptyCounts();
  /** Per TIMEX3 type (gold type for gold items, predicted type for unmatched predictions): relaxed span and value. */
  private readonly relaxedByType = new CountTable();
  private readonly valueByType = new CountTable();

  add(doc: GoldDocument, gold: readonly GoldMention[], pred: readonly PredictedDate[], errors?: ErrorEntry[]): void {
    const strict = matchOneToOne(gold, pred, spansEqual);
    addCounts(this.strict, countsOf(strict.goldToPred, strict.predToGold));
    const relaxed = matchOneToOne(gold, pred, spansEqual, spansOverlap);
    addCounts(this.relaxed, countsOf(relaxed.goldToPred, relaxed.predToGold));
    let valueRight = 0;
    let typeRight = 0;
    relaxed.goldToPred.forEach((pi, gi) => {
      const g = gold[gi]!;
      const p = pi === -1 ? undefined : pred[pi]!;
      const valueOk = p !== undefined && p.value === g.value;
      if (valueOk) valueRight++;
      if (p?.timexType === g.label) typeRight++;
      const relaxedRow = this.relaxedByType.row(g.label);
      const valueRow = this.valueByType.row(g.label);
      if (p) relaxedRow.tp++;
      else relaxedRow.fn++;
      if (valueOk) valueRow.tp++;
      else {
        valueRow.fn++;
        if (p) this.valueByType.row(p.timexType).fp++;
      }
      if (errors && !valueOk) {
        const entry: ErrorEntry = { doc: doc.id, layer: 'timex', error: 'miss', label: `${g.label} ${g.value ?? '(no value)'}`, text: g.text, context: contextOf(doc.text, [g]) };
        if (p) entry.note = `predicted ${p.timexType} ${p.value} "${p.text}" (${p.rule})`;
        errors.push(entry);
      }
    });
    relaxed.predToGold.forEach((gi, pi) => {
      if (gi !== -1) return;
      const p = pred[pi]!;
      this.relaxedByType.row(p.timexType).fp++;
      this.valueByType.row(p.timexType).fp++;
      errors?.push({ doc: doc.id, layer: 'timex', error: 'false-positive', label: `${p.timexType} ${p.value}`, text: p.text, source: p.rule, context: contextOf(doc.text, [p]) });
    });
    addCounts(this.value, { tp: valueRight, fp: pred.length - valueRight, fn: gold.length - valueRight });
    addCounts(this.type, { tp: typeRight, fp: pred.length - typeRight, fn: gold.length - typeRight });
  }

  toJSON(): TimexReport {
    const matched = this.relaxed.tp;
    return {
      strict: scores(this.strict),
      relaxed: scores(this.relaxed),
      value: scores(this.value),
      type: scores(this.type),
      valueAccuracy: matched === 0 ? 0 : Math.round((this.value.tp / matched) * 10_000) / 10_000,
      relaxedByType: this.relaxedByType.toJSON().perKey,
      valueByType: this.valueByType.toJSON().perKey,
    };
  }
}

export interface TimexReport {
  strict: Scores;
  relaxed: Scores;
  /** Relaxed match with the right TIMEX3 value: TempEval-3's value F1. */
  value: Scores;
  type: Scores;
  /** Share of relaxed matches whose value is right. */
  valueAccuracy: number;
  relaxedByType: Record<string, Scores>;
  valueByType: Record<string, Scores>;
}

function countsOf(goldToPred: number[], predToGold: number[]): Counts {
  const tp = goldToPred.filter((p) => p !== -1).length;
  return { tp, fn: goldToPred.length - tp, fp: predToGold.length - tp };
}
