import type { EntityType, Mention } from '../model/document.js';
import { entityKey, normalizeName } from '../model/entity-key.js';
import { detached } from '../model/detached-string.js';

/**
 * The keys of mentions linked to no record, by type and by the text they are named by: the same key string each time
 * a text comes back. Made anew, a key took two look-ups of the name's normal form (here and in entityKey) and a
 * concatenation per mention, and every map the relations stage keys by entity (dedupe.ts, statement-features.ts)
 * then hashed the new string again: `provisionalKey` was 1.3% of the relations stage's CPU profile (over the 294 ISW
 * reports, 25f0bbd), 0.9% with this memo (its own look-up, hashing each mention's text once). Bounded: emptied when
 * full, which only costs making keys again.
 */
const unlinkedKeys = new Map<EntityType, Map<string, string>>();
let unlinkedCount = 0;
/** 5,000: a 25 MB run ends with 4,058 keys, 100 MB with 7,357; 50,000 grew from 0.7 MB of heap at 25 MB to 3.4 MB at 500 MB (issue 15). */
const UNLINKED_LIMIT = 5_000;

/** What identifies a mention's entity before resolution, for dropping duplicate statements. */
export function provisionalKey(m: Mention): string {
  if (m.ref) return entityKey({ type: m.type, name: m.ref.name, ref: m.ref });
  const name = m.canonical ?? m.text;
  let byName = unlinkedKeys.get(m.type);
  if (byName === undefined) unlinkedKeys.set(m.type, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) {
    key = entityKey({ type: m.type, name: normalizeName(name), ref: undefined });
    if (++unlinkedCount > UNLINKED_LIMIT) {
      for (const map of unlinkedKeys.values()) map.clear();
      unlinkedCount = 1;
    }
    byName.set(detached(name), key);
  }
  return key;
}
