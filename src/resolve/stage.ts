import type { Doc } from '../model/document.js';
import type { StageFactory } from '../stage/stage.js';
import { checkOptionKeys } from '../stage/options.js';
import { dedupeRelations } from '../relations/dedupe.js';
import { symmetricPredicates } from '../relations/symmetric.js';
import { resolveEntities } from './resolve.js';

/**
 * After entities are known, statements are compared by entity: two mentions of one entity in a sentence
 * give one statement, and a statement linking an entity to itself is dropped. A statement keeps the mentions
 * its rule matched, so the evidence highlights the right "Moscow" of a sentence that names it twice. Roles
 * stated by relations ("Finland's prime minister, X") are titles seen with the person too.
 */
function settleRelations(doc: Doc): void {
  for (const r of doc.relations) {
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
