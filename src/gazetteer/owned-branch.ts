import { PAIR_ALIAS, type CompiledIndex } from './index.js';
import { loadCommonWords } from './load.js';
import type { NameMatch } from './match.js';
import { BREAK_BEFORE, CAP, SENTENCE_START, type WordTokens } from './scan.js';

/** The list of the national branches and arms whose bare names ("Tank Troops", "Coastal Troops") two armies share. */
const BRANCH_LIST = 'armed-services';

/**
 * A national branch named bare right after a capitalized word is another force's own branch: "Belarusian Tank Troops"
 * (another country's army), "the Black Sea Coastal Troops" (a fleet's formation). The list records the Russian and
 * Ukrainian branches by their full names ("Russian Tank Troops") and by the bare names the press gives them after
 * "the", "of" or a title ("Chief of Signal Troops X"); a bare name that a capitalized word qualifies is
 * not the national one (branch known12). Only for that list's aliases: a record's own name is never given up.
 */
export function ownedBranch(index: CompiledIndex, record: number, pairFlags: number, words: WordTokens, m: NameMatch, listedNameBefore: boolean): boolean {
  if (!(pairFlags & PAIR_ALIAS) || m.first === 0 || index.lists[index.list[record]!] !== BRANCH_LIST) return false;
  const before = words.flags[m.first - 1]!;
  if (words.flags[m.first]! & BREAK_BEFORE || !(before & CAP)) return false;
  // A sentence's first word is capitalized whatever it is: there only a listed name ("Belarusian", a country's word)
  // or a word that is no ordinary English word qualifies the branch, not "The" or "Both".
  return !(before & SENTENCE_START) || listedNameBefore || !loadCommonWords().words.has(words.folded[m.first - 1]!);
}
