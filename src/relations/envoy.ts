import type { SentenceItems } from './items.js';
import { envoyOffices } from './rules/titles.js';

const ENVOYS = new Set(envoyOffices);

/**
 * The object at item `object` is the host an envoy was sent to, not whom he serves: the title the match
 * read (items [titleFirst, titleLast]) holds an envoy's office and is followed by "to", and the object comes
 * after it ("LNR Ambassador to Russia X" serves the LNR; "X, envoy to the UN" serves no UN). The sender,
 * before the title, is kept.
 */
export function isEnvoyHost(items: SentenceItems, title: readonly [number, number] | undefined, object: number): boolean {
  if (!title || object <= title[1] || items.keys[title[1] + 1] !== 'to') return false;
  for (let i = title[0]; i <= title[1]; i++) if (ENVOYS.has(items.keys[i]!)) return true;
  return false;
}
