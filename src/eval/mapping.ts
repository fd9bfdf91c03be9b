import { readFileSync } from 'node:fs';
import type { EntityType } from '../model/document.js';
import { symmetricPredicates } from '../relations/symmetric.js';
import { PREDICATES } from '../graph/vocabulary.js';

/**
 * How gold labels translate to the project's vocabulary. A gold label maps to the list of project values
 * that count as a match (the first is its main one), or to `null` when it is deliberately not scored.
 * A label absent from the mapping is not scored either, and is reported as unmapped.
 */
export interface LabelMapping {
  entities: Record<string, EntityType[] | null>;
  /** Gold labels that are temporal expressions, scored against `doc.dates`. */
  timex: string[];
  relations: Record<string, RelationTarget | null>;
}

export interface RelationTarget {
  predicates: string[];
  /** The gold relation runs the other way round from the project's predicate (head = object). */
  inverse: boolean;
}

/** Predicates whose arguments may be given in either order: the relation stage's own list. */
export { symmetricPredicates };

const projectPredicates = Object.keys(PREDICATES);

const to = (predicates: string[], inverse = false): RelationTarget => ({ predicates, inverse });

/**
 * Defaults cover the corpora in the project's eval README. Choices that are judgement calls:
 * - ORG accepts Organization and MilitaryUnit, since corpora without a UNIT label file units under ORG.
 * - Employment (CoNLL04 Work_For, AggregatedNewsRE professional_Employer) accepts memberOf and leaderOf:
 *   "the president of X" works for X, and the project states that as leaderOf.
 * - Living somewhere (Live_In, person_Residence) is not scored: the project's locatedIn places places and
 *   organizations, not people, and no other predicate says where someone lives.
 * - Kill and the family, occupation and creative-work relations have no project predicate.
 */
export const defaultMapping: LabelMapping = {
  entities: {
    PER: ['Person'],
    PERSON: ['Person'],
    LOC: ['Place'],
    GPE: ['Place'],
    ORG: ['Organization', 'MilitaryUnit'],
    UNIT: ['MilitaryUnit'],
    MISC: null,
    // Nationality words stand for their country as relation arguments (gold/isw): scored through relations only.
    NORP: null,
  },
  timex: ['DATE', 'TIME', 'DURATION', 'SET'],
  relations: {
    ...Object.fromEntries(projectPredicates.map((p) => [p, to([p])])),
    Located_In: to(['locatedIn']),
    OrgBased_In: to(['locatedIn']),
    Work_For: to(['memberOf', 'leaderOf']),
    Live_In: null,
    Kill: null,
    professional_Employer: to(['memberOf', 'leaderOf']),
    politician_MemberOfPoliticalParty: to(['memberOf']),
    administrativearea_HeadOfGovernment: to(['leaderOf'], true),
    person_Residence: null,
    person_Occupation: null,
    politician_PositionHeld: null,
    sportsperson_PositionPlayedOnTeam: null,
    person_Sibling: null,
    person_Child: null,
    person_Parent: null,
    person_Partner: null,
    person_CountryOfCitizenship: null,
    organization_FoundedBy: null,
    creativework_Performer: null,
    person_NotableWork: null,
    tvshow_OriginalNetwork: null,
  },
};

const entityTypes: ReadonlySet<string> = new Set(['Person', 'Place', 'Organization', 'MilitaryUnit']);

export class MappingError extends Error {
  constructor(file: string, problem: string) {
    super(`invalid type mapping ${file}: ${problem}`);
    this.name = 'MappingError';
  }
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

function readEntities(raw: unknown, file: string): LabelMapping['entities'] {
  const out: LabelMapping['entities'] = {};
  for (const [label, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (v === null) {
      out[label] = null;
      continue;
    }
    const types = asList(v);
    if (types.length === 0 || types.some((t) => typeof t !== 'string' || !entityTypes.has(t))) {
      throw new MappingError(file, `entities.${label} must be null or one or more of ${[...entityTypes].join(', ')}`);
    }
    out[label] = types as EntityType[];
  }
  return out;
}

function readRelations(raw: unknown, file: string): LabelMapping['relations'] {
  const out: LabelMapping['relations'] = {};
  for (const [label, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (v === null) {
      out[label] = null;
      continue;
    }
    const spec = typeof v === 'object' && !Array.isArray(v) ? (v as { predicate?: unknown; inverse?: unknown }) : { predicate: v };
    const predicates = asList(spec.predicate);
    if (predicates.length === 0 || predicates.some((p) => typeof p !== 'string' || p === '')) {
      throw new MappingError(file, `relations.${label} must be null, a predicate name, a list of them, or {"predicate": …, "inverse": true}`);
    }
    out[label] = to(predicates as string[], spec.inverse === true);
  }
  return out;
}

/**
 * Reads a mapping file and lays it over the defaults: a label it names replaces the default for that
 * label (null switches the label off); `timex`, when given, replaces the list of temporal labels.
 * Shape: {"entities": {"PER": "Person", "ORG": ["Organization", "MilitaryUnit"], "MISC": null},
 *         "timex": ["DATE"], "relations": {"Work_For": "memberOf", "HeadOf": {"predicate": "leaderOf", "inverse": true}}}
 */
export function mappingFrom(raw: unknown, file: string, base: LabelMapping = defaultMapping): LabelMapping {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MappingError(file, 'the file must hold a JSON object');
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['entities', 'timex', 'relations', '$comment'].includes(key)) {
      throw new MappingError(file, `unknown key "${key}" (allowed: entities, timex, relations)`);
    }
  }
  if (r.timex !== undefined && (!Array.isArray(r.timex) || r.timex.some((t) => typeof t !== 'string'))) {
    throw new MappingError(file, '"timex" must be an array of labels');
  }
  return {
    entities: { ...base.entities, ...readEntities(r.entities, file) },
    timex: (r.timex as string[] | undefined) ?? base.timex,
    relations: { ...base.relations, ...readRelations(r.relations, file) },
  };
}

export function loadMapping(file: string): LabelMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new MappingError(file, (err as Error).message);
  }
  return mappingFrom(raw, file);
}
