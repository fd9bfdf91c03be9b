import type { Predicate, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';

/**
 * A statement a pass reads on from one the rules made (a second place phrase, a list that goes on, where an attack
 * came from, presence from an event): the subject's `object`, by `rule`, at most as confident as the statement it
 * comes from, in its sentence, with its date, its attribution and the earlier sentence it reached back to.
 */
export function derivedStatement(from: RelationMention, object: number, predicate: Predicate, rule: string, confidence: number): RelationRecord {
  const d = new RelationRecord(from.subject, object, predicate, rule, Math.min(from.confidence, confidence), from.sentence);
  if (from.date !== undefined) d.date = from.date;
  if (from.attribution) d.attribution = from.attribution;
  if (from.antecedentSentence !== undefined) d.antecedentSentence = from.antecedentSentence;
  return d;
}
