import type { Span } from '../model/document.js';
import type { Calibration } from './calibration.js';
import type { ClassIndex } from './classes.js';
import { contextOf } from './context.js';
import type { ErrorEntry } from './errors.js';
import { spansEqual, spansOverlap, type GoldDocument, type GoldMention } from './gold.js';
import { symmetricPredicates } from './mapping.js';
import { matchOneToOne, type MatchMode } from './match.js';
import type { CountTable } from './prf.js';
import type { PredictedRelation } from './predictions.js';

/** A gold relation with its arguments in the project's order (subject first), whatever the corpus's order. */
export interface GoldRelationArgs {
  label: string;
  subject: GoldMention;
  object: GoldMention;
}

type SpanTest = (a: Span, b: Span) => boolean;

/** Whether a gold argument is named by a predicted one: by the span compared, or any span of its entity in the sentence. */
function names(gold: Span, span: Span, others: readonly Span[] | undefined, test: SpanTest): boolean {
  return test(gold, span) || (others !== undefined && others.some((o) => test(gold, o)));
}

function argumentsMatch(g: GoldRelationArgs, p: PredictedRelation, test: SpanTest): boolean {
  if (names(g.subject, p.subject, p.subjectSpans, test) && names(g.object, p.object, p.objectSpans, test)) return true;
  return symmetricPredicates.has(p.predicate) && names(g.subject, p.object, p.objectSpans, test) && names(g.object, p.subject, p.subjectSpans, test);
}

/**
 * Which gold relation a prediction may match. `sentence`: only one its stating sentence makes (its arguments at
 * the gold arguments' spans, through any mention of their entities in that sentence). `paragraph` (the default
 * since 2026-12-07): failing that, once, a gold relation of the same paragraph with the same predicate whose
 * arguments are the same entities, by their words. Gold records a statement made twice in a paragraph once, at
 * the first sentence that states it; a rule that reads only a later sentence states the same graph statement.
 */
export type RelationMatchRule = 'sentence' | 'paragraph';

/** A span's words as the scorer identifies an entity by them (`statementKey`): lower case, spaces folded. */
const wordsOf = (text: string, s: Span): string => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a gold argument names the predicted argument's entity by its words: the mention read, or another of its entity's in the sentence. */
function sameWords(text: string, gold: Span, span: Span, others: readonly Span[] | undefined): boolean {
  const g = wordsOf(text, gold);
  return g === wordsOf(text, span) || (others ?? []).some((o) => wordsOf(text, o) === g);
}

function sameEntities(text: string, g: GoldRelationArgs, p: PredictedRelation): boolean {
  if (sameWords(text, g.subject, p.subject, p.subjectSpans) && sameWords(text, g.object, p.object, p.objectSpans)) return true;
  return symmetricPredicates.has(p.predicate) && sameWords(text, g.subject, p.object, p.objectSpans) && sameWords(text, g.object, p.subject, p.subjectSpans);
}

/** Whether a gold relation lies in the paragraph of a prediction's stating sentence (a document not cut into paragraphs is one). */
function inParagraphOf(g: GoldRelationArgs, p: PredictedRelation, paragraphs: readonly Span[]): boolean {
  if (paragraphs.length === 0 || p.paragraph === undefined) return true;
  const para = paragraphs[p.paragraph];
  return para !== undefined && [g.subject, g.object].every((a) => a.start >= para.start && a.end <= para.end);
}

/** The same statement made twice in a document (two rules, two sentences) counts once, as in the graph. */
export function distinctRelations(pred: readonly PredictedRelation[]): PredictedRelation[] {
  const seen = new Set<string>();
  return pred.filter((r) => {
    const key = statementKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What makes two predictions the same statement: the predicate and the arguments' words, not their spans —
 * a statement repeated in a later sentence of the same document is the same statement (gold records it
 * once, at its first statement).
 */
function statementKey(r: PredictedRelation): string {
  let a = r.subject.text.toLowerCase();
  let b = r.object.text.toLowerCase();
  if (symmetricPredicates.has(r.predicate) && b < a) [a, b] = [b, a];
  return `${r.predicate}|${a}|${b}`;
}

/**
 * The predictions to judge, one per statement. Every instance is matched against gold first, and a
 * statement stands for the instance that matched, if any: keeping the first instance instead, as the
 * scorer did until 2026-12-05, counted a statement made at the gold spans and again elsewhere in the
 * paragraph as a miss plus a false positive whenever the other instance came first.
 */
function oneInstancePerStatement(judged: readonly PredictedRelation[], predToGold: readonly number[]): number[] {
  const chosen = new Map<string, number>();
  judged.forEach((p, pi) => {
    const key = statementKey(p);
    const held = chosen.get(key);
    if (held === undefined || (predToGold[held] === -1 && predToGold[pi] !== -1)) chosen.set(key, pi);
  });
  // Two instances of one statement matching two gold relations (gold named the same words twice) both count.
  judged.forEach((p, pi) => {
    if (predToGold[pi] !== -1 && chosen.get(statementKey(p)) !== pi) chosen.set(`${statementKey(p)}|${pi}`, pi);
  });
  return [...chosen.values()].sort((x, y) => x - y);
}

/**
 * For corpora that annotate only some argument pairs (those with `negativePairs`), a prediction is judged
 * only when its arguments overlap an annotated pair, in either order; elsewhere the corpus is silent.
 */
function annotatedPairTest(doc: GoldDocument): ((p: PredictedRelation) => boolean) | undefined {
  if (!doc.negativePairs) return undefined;
  const pairs = [...doc.relations, ...doc.negativePairs].map(({ head, tail }) => [doc.mentions[head]!, doc.mentions[tail]!] as const);
  return (p) => pairs.some(([h, t]) => (spansOverlap(h, p.subject) && spansOverlap(t, p.object)) || (spansOverlap(t, p.subject) && spansOverlap(h, p.object)));
}

/**
 * Relations: a prediction matches a gold relation when its predicate is one the gold label accepts and its
 * arguments' spans match the gold arguments' (exact, or overlapping: a demonym "Russian" standing for
 * Russia overlaps the gold "Russian" argument), in either order for symmetric predicates.
 * Under the `paragraph` rule, a prediction and a gold relation both left unmatched then pair up, one to one and in
 * order, when they share predicate, paragraph and argument entities (`RelationMatchRule`).
 * Each judged prediction goes into `calibration` by its confidence, counted correct when it matched.
 * Returns how many predictions were left unjudged, for each gold relation whether it was found, and how many
 * were found only through the paragraph rule.
 */
export function scoreRelations(
  doc: GoldDocument,
  gold: readonly GoldRelationArgs[],
  predicted: readonly PredictedRelation[],
  classes: ClassIndex,
  mode: MatchMode,
  table: CountTable,
  errors?: ErrorEntry[],
  calibration?: Calibration,
  match: { rule: RelationMatchRule; paragraphs: readonly Span[] } = { rule: 'paragraph', paragraphs: [] },
): { unjudged: number; matched: boolean[]; inParagraph: number } {
  const annotated = annotatedPairTest(doc);
  const distinct = distinctRelations(predicted);
  const isJudged = (p: PredictedRelation): boolean => classes.labelFor(p.predicate) !== undefined && (!annotated || annotated(p));
  const judged = predicted.filter(isJudged);
  const fits = (g: GoldRelationArgs, p: PredictedRelation): boolean => classes.allows(g.label, p.predicate);
  const m = matchOneToOne(
    gold,
    judged,
    (g, p) => fits(g, p) && argumentsMatch(g, p, spansEqual),
    mode === 'overlap' ? (g, p) => fits(g, p) && argumentsMatch(g, p, spansOverlap) : undefined,
  );
  let inParagraph = 0;
  if (match.rule === 'paragraph') {
    // After every match at the stating sentence: what is left on both sides pairs by paragraph, in order.
    m.goldToPred.forEach((taken, gi) => {
      if (taken !== -1) return;
      const g = gold[gi]!;
      const pi = judged.findIndex((p, i) => m.predToGold[i] === -1 && fits(g, p) && inParagraphOf(g, p, match.paragraphs) && sameEntities(doc.text, g, p));
      if (pi === -1) return;
      m.goldToPred[gi] = pi;
      m.predToGold[pi] = gi;
      inParagraph++;
    });
  }
  m.goldToPred.forEach((pi, gi) => {
    const g = gold[gi]!;
    const row = table.row(g.label);
    if (pi !== -1) return void row.tp++;
    row.fn++;
    const other = judged.find((p) => argumentsMatch(g, p, spansOverlap));
    const entry: ErrorEntry = {
      doc: doc.id,
      layer: 'relation',
      error: 'miss',
      label: g.label,
      text: `${g.subject.text} → ${g.object.text}`,
      context: contextOf(doc.text, [g.subject, g.object]),
    };
    if (other) entry.note = `predicted ${other.predicate} (${other.rule})`;
    errors?.push(entry);
  });
  for (const pi of oneInstancePerStatement(judged, m.predToGold)) {
    const gi = m.predToGold[pi]!;
    calibration?.add(judged[pi]!.confidence, gi !== -1, judged[pi]!.rule, { doc: doc.id, features: judged[pi]!.features });
    if (gi !== -1) continue;
    const p = judged[pi]!;
    table.row(classes.labelFor(p.predicate)!).fp++;
    const other = gold.find((g) => argumentsMatch(g, p, spansOverlap));
    const entry: ErrorEntry = {
      doc: doc.id,
      layer: 'relation',
      error: 'false-positive',
      label: p.predicate,
      text: `${p.subject.text} → ${p.object.text}`,
      source: p.rule,
      context: contextOf(doc.text, [p.subject, p.object]),
    };
    if (other) entry.note = `gold ${other.label}`;
    errors?.push(entry);
  }
  return { unjudged: distinct.filter((p) => !isJudged(p)).length, matched: m.goldToPred.map((pi) => pi !== -1), inParagraph };
}
