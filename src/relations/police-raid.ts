import type { SentenceItems } from './items.js';

/**
 * A raid by police or security forces, or one made to arrest or search, is no attack (annotation guidelines: "A
 * police or security raid to arrest or search is no `attacked`; a military raid is"): "Freedonian police conducted
 * a raid at a plant in X", "Freedonian security forces raided hideouts in X", "troops raided a home in X and took
 * him away for questioning". Read on the match's items: a raid word in it, then a police word between the actor
 * and the raid or an arrest word in the rest of the sentence (O(sentence)). Wire-news dev: 3 of the 8 false
 * `attacked` statements; on the 262 non-test ISW reports 1 (a police raid on a plant).
 */
const RAID = new Set(['raid', 'raids', 'raided', 'raiding']);
const POLICE = new Set(['police', 'policemen', 'policeman', 'security', 'gendarmes', 'gendarmerie', 'investigators', 'agents', 'prosecutors', 'bailiffs']);
const ARREST = new Set([
  'arrest', 'arrests', 'arrested', 'arresting', 'detain', 'detains', 'detained', 'detaining', 'questioning', 'interrogation', 'search',
  'searched', 'searches', 'searching', 'warrant', 'warrants', 'custody', 'suspects', 'suspect',
]);
/** How far after the raid an arrest word still speaks of it. */
const AFTER = 20;

export function policeRaid(items: SentenceItems, first: number, last: number): boolean {
  const word = (p: number) => (items.mention[p]! < 0 ? items.keys[p]! : '');
  let raid = -1;
  for (let i = first; i <= last; i++) if (RAID.has(word(i))) { raid = i; break; }
  if (raid < 0) return false;
  for (let i = first; i < raid; i++) if (POLICE.has(word(i))) return true;
  for (let i = raid + 1; i < items.length && i <= raid + AFTER; i++) {
    const key = word(i);
    if (key === ';') return false;
    if (ARREST.has(key)) return true;
  }
  return false;
}
