import type { Doc } from '../model/document.js';
import { ClassIndex } from './classes.js';
import { Calibration, type CalibrationRow, type JudgedStatement, type RuleRow } from './calibration.js';
import type { ErrorEntry } from './errors.js';
import type { GoldDocument, GoldMention } from './gold.js';
import type { LabelMapping } from './mapping.js';
import { CountTable, type Scores } from './prf.js';
import { predictionsOf, type Predictions } from './predictions.js';
import { scoreMentions } from './score-mentions.js';
import { scoreRelations, type GoldRelationArgs, type RelationMatchRule } from './score-relations.js';
import { ArgumentCoverage, type CoverageReport } from './argument-coverage.js';
import { TimexScorer, type TimexReport } from './score-timex.js';

export interface EvaluateOptions {
  mapping: LabelMapping;
  /** Keep false positives and misses with their context. */
  errors?: boolean;
  /** Which gold relations a prediction may match (`RelationMatchRule`; default `paragraph`). */
  relationMatch?: RelationMatchRule;
}

/** Counts of gold items left out of scoring, by label, and why. */
export type IgnoredLabels = Record<string, { count: number; reason: 'mapped to null' | 'not in the mapping' }>;

export interface TableReport {
  perType: Record<string, Scores>;
  micro: Scores;
}

export interface EvaluationReport {
  documents: number;
  tokens: number;
  gold: { mentions: number; timexes: number; relations: number };
  /** The mapping as applied to the labels present in this gold file. */
  scoredLabels: { entities: Record<string, string[]>; timex: string[]; relations: Record<string, { predicates: string[]; inverse: boolean }> };
  ignored: { entities: IgnoredLabels; relations: IgnoredLabels };
  mentions: { exact: TableReport; overlap: TableReport; unjudged: number };
  timex: TimexReport;
  /** `calibration`: the judged predictions by confidence bucket, with their precision (arguments overlapping);
   * `judged` (with `--errors`): each judged prediction, right or wrong, with its features (what the confidence model is fitted on). */
  relations: {
    /** The rule the tables, errors and calibration follow. */
    match: RelationMatchRule;
    overlap: TableReport;
    exact: TableReport;
    /** Gold relations (arguments overlapping) found only by a prediction from a later or earlier sentence of the paragraph (0 under `sentence`). */
    inParagraph: number;
    /** The micro scores under the other rule, for comparison. */
    otherRule: { match: RelationMatchRule; overlap: Scores; exact: Scores };
    unjudged: number;
    calibration: CalibrationRow[];
    coverage: CoverageReport;
    byRule?: RuleRow[];
    judged?: JudgedStatement[];
  };
  errors?: ErrorEntry[];
}

/** Runs the pipeline (or anything that annotates a gold document's text) on one gold document. */
export type Annotate = (gold: GoldDocument) => Doc;

/** What is scored against one gold document, and how many tokens it was read as (0 when not tokenized). */
export type Predict = (gold: GoldDocument) => { predictions: Predictions; tokens: number };

interface Split {
  entities: GoldMention[];
  timexes: GoldMention[];
  relations: GoldRelationArgs[];
}

function ignore(into: IgnoredLabels, label: string, reason: IgnoredLabels[string]['reason']): void {
  (into[label] ??= { count: 0, reason }).count++;
}

/** Sorts each gold document's items into what is scored as what, and counts what is not scored. */
function splitGold(doc: GoldDocument, mapping: LabelMapping, ignored: EvaluationReport['ignored']): Split {
  const timexLabels = new Set(mapping.timex);
  const split: Split = { entities: [], timexes: [], relations: [] };
  for (const m of doc.mentions) {
    if (timexLabels.has(m.label)) split.timexes.push(m);
    else if (mapping.entities[m.label]) split.entities.push(m);
    else ignore(ignored.entities, m.label, m.label in mapping.entities ? 'mapped to null' : 'not in the mapping');
  }
  for (const r of doc.relations) {
    const target = mapping.relations[r.label];
    if (!target) {
      ignore(ignored.relations, r.label, r.label in mapping.relations ? 'mapped to null' : 'not in the mapping');
      continue;
    }
    const [head, tail] = [doc.mentions[r.head]!, doc.mentions[r.tail]!];
    split.relations.push(target.inverse ? { label: r.label, subject: tail, object: head } : { label: r.label, subject: head, object: tail });
  }
  return split;
}

const sortedByLabel = (ignored: IgnoredLabels): IgnoredLabels => Object.fromEntries(Object.entries(ignored).sort(([a], [b]) => (a < b ? -1 : 1)));

const table = (t: CountTable): TableReport => {
  const { perKey, micro } = t.toJSON();
  return { perType: perKey, micro };
};

/**
 * Scores the annotations of every gold document against its gold items: entity mentions (exact and
 * overlapping spans, per gold label and micro-averaged), temporal expressions (TempEval-3 style) and
 * relations (per gold label, arguments overlapping or exact).
 */
export function evaluateDocuments(golds: readonly GoldDocument[], annotate: Annotate, options: EvaluateOptions): EvaluationReport {
  return evaluatePredictions(
    golds,
    (gold) => {
      const doc = annotate(gold);
      return { predictions: predictionsOf(doc), tokens: doc.tokens.length };
    },
    options,
  );
}

/** `evaluateDocuments` over predictions from anywhere: the pipeline's, or a second annotation's (`gold-predictions.ts`). */
export function evaluatePredictions(golds: readonly GoldDocument[], predict: Predict, options: EvaluateOptions): EvaluationReport {
  const { mapping } = options;
  const ignored: EvaluationReport['ignored'] = { entities: {}, relations: {} };
  const splits = golds.map((g) => splitGold(g, mapping, ignored));
  const entityLabels = new Set(splits.flatMap((s) => s.entities.map((m) => m.label)));
  const relationLabels = new Set(splits.flatMap((s) => s.relations.map((r) => r.label)));
  const entityClasses = new ClassIndex(new Map([...entityLabels].map((l) => [l, mapping.entities[l]!])));
  const relationClasses = new ClassIndex(new Map([...relationLabels].map((l) => [l, mapping.relations[l]!.predicates])));

  const mentionTables = { exact: new CountTable(), overlap: new CountTable() };
  const relationTables = { exact: new CountTable(), overlap: new CountTable() };
  const rule: RelationMatchRule = options.relationMatch ?? 'paragraph';
  const otherRule: RelationMatchRule = rule === 'paragraph' ? 'sentence' : 'paragraph';
  const otherTables = { exact: new CountTable(), overlap: new CountTable() };
  let inParagraph = 0;
  const calibration = new Calibration(options.errors === true);
  const coverage = new ArgumentCoverage();
  const timex = new TimexScorer();
  const errors: ErrorEntry[] | undefined = options.errors ? [] : undefined;
  let unjudgedMentions = 0;
  let unjudgedRelations = 0;
  let tokens = 0;

  golds.forEach((gold, i) => {
    const split = splits[i]!;
    const { predictions: pred, tokens: read } = predict(gold);
    tokens += read;
    const input = { doc: gold, gold: split.entities, pred: pred.mentions };
    unjudgedMentions += scoreMentions(input, entityClasses, 'exact', mentionTables.exact, errors);
    scoreMentions(input, entityClasses, 'overlap', mentionTables.overlap);
    timex.add(gold, split.timexes, pred.dates, errors);
    const as = { rule, paragraphs: pred.paragraphs };
    const scored = scoreRelations(gold, split.relations, pred.relations, relationClasses, 'overlap', relationTables.overlap, errors, calibration, as);
    unjudgedRelations += scored.unjudged;
    inParagraph += scored.inParagraph;
    coverage.add(split.relations, pred.arguments, scored.matched);
    scoreRelations(gold, split.relations, pred.relations, relationClasses, 'exact', relationTables.exact, undefined, undefined, as);
    const other = { rule: otherRule, paragraphs: pred.paragraphs };
    scoreRelations(gold, split.relations, pred.relations, relationClasses, 'overlap', otherTables.overlap, undefined, undefined, other);
    scoreRelations(gold, split.relations, pred.relations, relationClasses, 'exact', otherTables.exact, undefined, undefined, other);
  });

  const report: EvaluationReport = {
    documents: golds.length,
    tokens,
    gold: {
      mentions: splits.reduce((n, s) => n + s.entities.length, 0),
      timexes: splits.reduce((n, s) => n + s.timexes.length, 0),
      relations: splits.reduce((n, s) => n + s.relations.length, 0),
    },
    scoredLabels: {
      entities: Object.fromEntries(entityClasses.labels().map((l) => [l, mapping.entities[l]!])),
      timex: [...new Set(splits.flatMap((s) => s.timexes.map((t) => t.label)))].sort(),
      relations: Object.fromEntries(relationClasses.labels().map((l) => [l, mapping.relations[l]!])),
    },
    ignored: { entities: sortedByLabel(ignored.entities), relations: sortedByLabel(ignored.relations) },
    mentions: { exact: table(mentionTables.exact), overlap: table(mentionTables.overlap), unjudged: unjudgedMentions },
    timex: timex.toJSON(),
    // Per-rule precision only with the error lists: it is a finer view of the errors, not for a held-out split.
    relations: {
      match: rule,
      overlap: table(relationTables.overlap),
      exact: table(relationTables.exact),
      inParagraph,
      otherRule: { match: otherRule, overlap: table(otherTables.overlap).micro, exact: table(otherTables.exact).micro },
      unjudged: unjudgedRelations,
      calibration: calibration.rows(),
      coverage: coverage.toJSON(),
      ...(options.errors ? { byRule: calibration.ruleRows(), judged: calibration.judged } : {}),
    },
  };
  if (errors) report.errors = errors;
  return report;
}
