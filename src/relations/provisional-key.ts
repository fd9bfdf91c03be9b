import type { Mention } from '../model/document.js';
import { entityKey, normalizeName } from '../model/entity-key.js';

/** What identifies a mention's entity before resolution, for dropping duplicate statements. */
export function provisionalKey(m: Mention): string {
  return entityKey({ type: m.type, name: m.ref ? m.ref.name : normalizeName(m.canonical ?? m.text), ref: m.ref });
}
