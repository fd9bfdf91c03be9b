import type { Doc } from '../model/document.js';
import type { StageFactory } from '../pipeline/stage.js';
import { checkOptionKeys } from '../pipeline/config.js';
import { dedupeRelations } from '../relations/dedupe.js';
import { symmetricPredicates } from '../relations/symmetric.js';
import { resolveEntities } from './resolve.js';

/**
 * The first mention of the same entity in the sentence, of the same kind (name or demonym): statements
 * point at it, so one sentence's statements about an entity share their evidence mention.
 */
function firstInSentence(doc: Doc, mention: number, sentence: number): number {
  const m = doc.mentions[mention]!;
  if (m.entity === undefined) return mention;
  const s = doc.sentences[sentence]!;
  const demonym = m.form === 'demonym';
  for (const i of doc.entities[m.entity]!.mentions) {
    if (i >= mention) break;
    const other = doc.mentions[i]!;
    if (other.start >= s.start && other.end <= s.end && (other.form === 'demonym') === demonym) return i;
  }
  return mention;
}

/**
 * After entities are known, statements are compared by entity: two mentions of one entity in a sentence
 * give one statement (pointing at the entity's first mention there), and a statement linking an entity to
 * itself is dropped. Roles stated by relations ("Estonia's prime minister, X") are titles seen with the
 * person too.
 */
function settleRelations(doc: Doc): void {
  for (const r of doc.relations) {
    r.subject = firstInSentence(doc, r.subject, r.sentence);
    r.object = firstInSentence(doc, r.object, r.sentence);
    if (symmetricPredicates.has(r.predicate) && r.object < r.subject) [r.subject, r.object] = [r.object, r.subject];
  }
  const keyOf = (mention: number): string => {
    const e = doc.mentions[mention]!.entity;
    return e === undefined ? `#${mention}` : doc.entities[e]!.key;
  };
  doc.relations = dedupeRelations(doc.relations, keyOf);
  for (const r of doc.relations) {
    const e = doc.mentions[r.subject]!.entity;
    const entity = e === undefined ? undefined : doc.entities[e];
    if (r.role && entity?.type === 'Person' && !entity.roles.includes(r.role)) entity.roles.push(r.role);
  }
}

/**
 * The resolve stage: one entity per real-world thing mentioned in the document (doc.entities, with a key
 * that is stable across documents), every mention pointed at its entity, relations settled by entity.
 */
export const resolveStage: StageFactory = (options) => {
  checkOptionKeys(options, 'resolve', []);
  return {
    name: 'resolve',
    run(doc: Doc) {
      doc.entities = resolveEntities(doc);
      settleRelations(doc);
    },
  };
};
