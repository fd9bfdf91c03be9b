import type { SentenceItems } from './items.js';
import { attackWords } from './rules/events.js';

/**
 * An attack told by a participle on the subject ends where the clause's own verb begins: in "the Russian units
 * shelling these positions are operating out of A, B, and C" the places after "are" are where the units stand,
 * not what they hit. The participle stands right after the force noun (or a name); an auxiliary after it that no
 * relative pronoun opens is the main verb, and the match's place lies beyond it with no attack word of its own
 * ("… attacking X are also shelling Y" keeps Y). Reads the matched stretch only (O(match)).
 */
const PARTICIPLES: ReadonlySet<string> = new Set(attackWords.filter((w) => w.endsWith('ing')));
const FORCE_NOUNS = new Set(['forces', 'troops', 'units', 'groups', 'elements', 'fighters', 'servicemen', 'soldiers', 'detachments', 'formations', 'personnel', 'artillery', 'aviation']);
const MAIN_VERBS = new Set(['are', 'is', 'were', 'was', 'have', 'has', 'had', 'remain', 'remains', 'remained']);
const RELATIVES = new Set(['that', 'which', 'who']);
const ATTACKS: ReadonlySet<string> = new Set(attackWords);

export function participleSubjectEnds(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) {
    if (items.mention[i]! >= 0 || !PARTICIPLES.has(items.keys[i]!)) continue;
    if (items.mention[i - 1]! < 0 && !FORCE_NOUNS.has(items.keys[i - 1]!)) return false;
    for (let j = i + 1; j < last; j++) {
      if (items.mention[j]! >= 0 || !MAIN_VERBS.has(items.keys[j]!) || RELATIVES.has(items.keys[j - 1]!)) continue;
      for (let k = j + 1; k < last; k++) if (items.mention[k]! < 0 && ATTACKS.has(items.keys[k]!)) return false;
      return true;
    }
    return false;
  }
  return false;
}
