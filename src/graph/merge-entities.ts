import type { EntityType, GazetteerRef, LocalEntity, PlaceKind } from '../model/document.js';

/** One entity of the whole run: every document's LocalEntity with the same key, merged. */
export interface GraphEntity {
  key: string;
  type: EntityType;
  placeKind?: PlaceKind;
  name: string;
  alternateNames: string[];
  roles: string[];
  ref?: GazetteerRef;
  mentionCount: number;
}

/** What a document tells the merge about one of its entities (a LocalEntity without its mention list). */
export type EntityRecord = Omit<LocalEntity, 'mentions'> & { mentionCount: number };

/**
 * Made field by field: `{ ...rest }` after an object rest copies each entity through V8's generic property
 * copy, which one CPU profile of `extract` on the 294 ISW reports (load ≈ 5) charged 227 ms of 3.9 s of writing
 * the shards; the renderer alternating with the former one in one process (60 reports, medians of 11 and 15
 * rounds, load 13–14) measured 0.98× and 1.03×, below this machine's noise. The merge reads only these
 * fields (EntityMerger.add).
 */
export const entityRecord = (e: LocalEntity): EntityRecord => {
  const record: EntityRecord = { key: e.key, type: e.type, name: e.name, aliases: e.aliases, roles: e.roles, mentionCount: e.mentions.length };
  if (e.placeKind !== undefined) record.placeKind = e.placeKind;
  if (e.ref !== undefined) record.ref = e.ref;
  return record;
};

const TYPE_ORDER: EntityType[] = ['MilitaryUnit', 'Person', 'Organization', 'Place'];

interface Tally {
  types: Map<EntityType, number>;
  names: Map<string, number>;
  forms: Set<string>;
  roles: Set<string>;
  ref?: GazetteerRef;
  placeKind?: PlaceKind;
  mentions: number;
}

/**
 * Merges entities across documents by key, one document at a time: the only state of a run that grows
 * with its distinct entities rather than with its documents. The canonical name is the gazetteer's name
 * when there is a record, else the name most documents chose (ties: the longer, then alphabetical); every
 * other form seen becomes an alternate name. A key typed differently in different documents takes the
 * type most of its mentions had, so the result does not depend on document order (except `ref`, which the
 * first document in the run's order gives: add documents in that order).
 */
export class EntityMerger {
  private readonly tallies = new Map<string, Tally>();

  add(entities: readonly EntityRecord[]): void {
    for (const e of entities) {
      let a = this.tallies.get(e.key);
      if (!a) this.tallies.set(e.key, (a = { types: new Map(), names: new Map(), forms: new Set(), roles: new Set(), mentions: 0 }));
      const weight = Math.max(1, e.mentionCount);
      a.types.set(e.type, (a.types.get(e.type) ?? 0) + weight);
      a.names.set(e.name, (a.names.get(e.name) ?? 0) + 1);
      a.forms.add(e.name);
      for (const alias of e.aliases) a.forms.add(alias);
      for (const role of e.roles) a.roles.add(role);
      a.ref ??= e.ref;
      a.placeKind ??= e.placeKind ?? e.ref?.placeKind;
      a.mentions += e.mentionCount;
    }
  }

  /** The merged entities by key, in key order. */
  result(): Map<string, GraphEntity> {
    const out = new Map<string, GraphEntity>();
    for (const key of [...this.tallies.keys()].sort()) {
      const a = this.tallies.get(key)!;
      const type = [...a.types].sort((x, y) => y[1] - x[1] || TYPE_ORDER.indexOf(x[0]) - TYPE_ORDER.indexOf(y[0]))[0]![0];
      const name =
        a.ref?.name ??
        [...a.names].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
      const entity: GraphEntity = {
        key,
        type,
        name,
        alternateNames: [...a.forms].filter((f) => f !== name).sort(),
        roles: [...a.roles].sort(),
        mentionCount: a.mentions,
      };
      if (a.ref) entity.ref = a.ref;
      if (type === 'Place' && a.placeKind) entity.placeKind = a.placeKind;
      out.set(key, entity);
    }
    return out;
  }
}

/** Merges the entities of documents held in memory (in the run's document order). */
export function mergeEntities(documents: ReadonlyArray<{ entities: readonly LocalEntity[] }>): Map<string, GraphEntity> {
  const merger = new EntityMerger();
  for (const doc of documents) merger.add(doc.entities.map(entityRecord));
  return merger.result();
}
