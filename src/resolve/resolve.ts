import type { Doc, EntityType, GazetteerRef, LocalEntity, Mention, PlaceKind } from '../model/document.js';
import { LocalEntityRecord } from '../model/records.js';
import { definedAcronyms, expandAcronyms } from './acronyms.js';
import { entityKey, normalizeName } from '../model/entity-key.js';
import { nameParts, shortens } from '../model/person-names.js';
import { cleanSurface } from './surface.js';
import { mapPacked } from '../model/packed-list.js';

/** An entity while the document is being read; becomes a LocalEntity at the end. */
interface Draft {
  type: EntityType;
  placeKind?: PlaceKind;
  ref?: GazetteerRef;
  name: string;
  /** How good `name` is: from a record (2), a name (1) or an acronym's letters (0), then its length in parts. */
  nameFrom: number;
  nameSize: number;
  /** For people: the parts of the fullest name seen. */
  parts: string[];
  /** Whether the type came from a name mention (an acronym's type is weaker evidence). */
  typeFromName: boolean;
  surfaces: string[];
  roles: string[];
  mentions: number[];
}

/**
 * Drafts are made by a constructor, not object literals (as the word records of src/model/words.ts):
 * V8 may pretenure a literal site's objects in batch runs, and drafts die with their document. A draft starts
 * with its first mention and surfaces in lists made at their size: an empty list's first push gives it room
 * for 17 entries, and most entities have one or two mentions (lists pushed from empty were half of this
 * stage's allocation).
 */
class DraftRecord implements Draft {
  declare placeKind?: PlaceKind;
  declare ref?: GazetteerRef;
  roles: string[] = [];
  mentions: number[];
  constructor(
    public type: EntityType,
    public name: string,
    public nameFrom: number,
    public nameSize: number,
    public parts: string[],
    public typeFromName: boolean,
    public surfaces: string[],
    mention: number,
  ) {
    this.mentions = [mention];
  }
}

/** Organizations and units share one namespace for matching: "HTS" may be typed either way. */
const family = (type: EntityType): string => (type === 'MilitaryUnit' ? 'Organization' : type);

const better = (from: number, size: number, d: Draft): boolean => from > d.nameFrom || (from === d.nameFrom && size > d.nameSize);

/** The parts of every name that is not a person's: one shared list, never changed (drafts replace, not extend, parts). */
const NO_PARTS: string[] = [];

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * Groups a document's mentions into entities. A gazetteer record is an entity; otherwise mentions meet by
 * normalized name (after spelling out acronyms the text defines), and a person's shortened name joins the
 * full name it shortens — the most recently mentioned one when several would fit, never merging two
 * different full names. Demonyms join their country. Returns the entities in order of first mention and
 * sets `mention.entity`.
 */
export function resolveEntities(doc: Doc): LocalEntity[] {
  const drafts: Draft[] = [];
  const byRef = new Map<string, number>();
  // One name table per family, so look-ups need no composite key string.
  const byName = new Map<string, Map<string, number>>();
  const namesOf = (type: EntityType): Map<string, number> => {
    const f = family(type);
    let names = byName.get(f);
    if (!names) byName.set(f, (names = new Map()));
    return names;
  };
  const lastSeen: number[] = [];
  const acronyms = definedAcronyms(doc.mentions);
  const owner: number[] = new Array<number>(doc.mentions.length);

  // Both take a normalized name: each mention's names are normalized once and used for every look-up.
  const index = (d: number, type: EntityType, key: string): void => {
    const names = namesOf(type);
    if (!names.has(key)) names.set(key, d);
  };
  const lookup = (type: EntityType, key: string): number | undefined => namesOf(type).get(key);

  const personFor = (parts: string[]): number | undefined => {
    let best: number | undefined;
    drafts.forEach((d, k) => {
      if (d.type !== 'Person' || !(shortens(parts, d.parts) || shortens(d.parts, parts))) return;
      if (best === undefined || lastSeen[k]! > lastSeen[best]!) best = k;
    });
    return best;
  };

  doc.mentions.forEach((m: Mention, i) => {
    if (m.form === 'demonym') {
      if (!m.ref) return;
      let d = byRef.get(m.ref.id);
      if (d === undefined) {
        const draft = new DraftRecord('Place', m.ref.name, 2, 0, NO_PARTS, true, [], i);
        draft.placeKind = 'Country';
        draft.ref = m.ref;
        d = drafts.push(draft) - 1;
        byRef.set(m.ref.id, d);
        index(d, 'Place', normalizeName(m.ref.name));
      } else drafts[d]!.mentions.push(i);
      owner[i] = d;
      lastSeen[d] = i;
      return;
    }
    const surface = cleanSurface(m);
    const expanded = m.form === 'acronym' ? (m.expansion ?? expandAcronyms(surface, acronyms)) : expandAcronyms(surface, acronyms);
    const canonical = m.ref?.name ?? m.canonical ?? expanded ?? surface;
    const fromName = m.form !== 'acronym' || canonical !== surface;
    const canonicalKey = normalizeName(canonical);
    const surfaceKey = surface === canonical ? canonicalKey : normalizeName(surface);
    const parts = m.type === 'Person' ? nameParts(canonicalKey) : NO_PARTS;
    // The score as two numbers; its pair is made only where a draft keeps it (a pair per mention was most of
    // this stage's allocation, with the empty parts list NO_PARTS replaces).
    const fromWhat = m.ref ? 2 : fromName ? 1 : 0;
    const size = m.type === 'Person' ? parts.length : canonical.length;

    let d = m.ref ? byRef.get(m.ref.id) : undefined;
    // A recognizer's canonical name is authoritative: "Defense Ministry (Ukraine)" must not meet the
    // Russian one through the shared surface "Defense Ministry".
    d ??= lookup(m.type, canonicalKey) ?? (m.ref || m.canonical ? undefined : lookup(m.type, surfaceKey));
    if (d !== undefined && m.ref && drafts[d]!.ref && drafts[d]!.ref!.id !== m.ref.id) d = undefined;
    if (d === undefined && m.type === 'Person' && parts.length > 0) d = personFor(parts);
    const created = d === undefined;
    if (d === undefined) {
      // Its surfaces as the pushes below would leave them.
      const draft = new DraftRecord(m.type, canonical, fromWhat, size, parts, m.form !== 'acronym', surface === canonical ? [surface] : [surface, canonical], i);
      if (m.placeKind) draft.placeKind = m.placeKind;
      d = drafts.push(draft) - 1;
    }
    const draft = drafts[d]!;
    if (m.ref && !draft.ref) {
      draft.ref = m.ref;
      byRef.set(m.ref.id, d);
    }
    if (better(fromWhat, size, draft)) {
      draft.name = canonical;
      draft.nameFrom = fromWhat;
      draft.nameSize = size;
    }
    if (parts.length > draft.parts.length) draft.parts = parts;
    if (!draft.typeFromName && m.form !== 'acronym') {
      draft.type = m.type;
      draft.typeFromName = true;
    }
    draft.placeKind ??= m.placeKind ?? m.ref?.placeKind;
    pushUnique(draft.surfaces, surface);
    pushUnique(draft.surfaces, canonical);
    if (m.role) pushUnique(draft.roles, m.role.text.trim());
    if (!created) draft.mentions.push(i);
    owner[i] = d;
    lastSeen[d] = i;
    index(d, m.type, surfaceKey);
    index(d, m.type, canonicalKey);
  });

  return finish(doc, drafts, owner);
}

/** Merges drafts that ended with the same key, builds the entities and points mentions at them. */
function finish(doc: Doc, drafts: Draft[], owner: number[]): LocalEntity[] {
  const entities: LocalEntity[] = [];
  const byKey = new Map<string, number>();
  const entityOfDraft = mapPacked(drafts, (d) => {
    const key = entityKey(d);
    const existing = byKey.get(key);
    if (existing !== undefined) {
      const e = entities[existing]!;
      e.mentions.push(...d.mentions);
      for (const s of d.surfaces) pushUnique(e.aliases, s);
      for (const r of d.roles) pushUnique(e.roles, r);
      return existing;
    }
    // The draft's own lists, not copies: drafts are dropped when this returns, and a later draft of the same key
    // only appends to them. Copying the three lists of every entity was a fifth of this stage's allocation.
    const e = new LocalEntityRecord(key, d.type, d.ref?.name ?? d.name, d.surfaces, d.roles, d.mentions);
    if (d.placeKind) e.placeKind = d.placeKind;
    if (d.ref) e.ref = d.ref;
    byKey.set(key, entities.length);
    return entities.push(e) - 1;
  });
  for (const e of entities) {
    // Mentions join their entity in document order, so the list is sorted unless drafts were merged: sorting
    // a sorted list with a comparator still allocated a work list per entity.
    if (!ascending(e.mentions)) e.mentions.sort((a, b) => a - b);
    removeValue(e.aliases, e.name);
  }
  owner.forEach((d, i) => {
    if (d !== undefined) doc.mentions[i]!.entity = entityOfDraft[d]!;
  });
  return entities;
}

/**
 * Removes `value` from a list that holds it at most once (aliases are pushed with pushUnique) in place: the
 * same list as filtering it, without a new list per entity.
 */
function removeValue(list: string[], value: string): void {
  const at = list.indexOf(value);
  if (at < 0) return;
  for (let k = at + 1; k < list.length; k++) list[k - 1] = list[k]!;
  list.pop();
}

function ascending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}
