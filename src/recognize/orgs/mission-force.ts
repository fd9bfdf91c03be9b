import type { Word } from '../../model/words.js';
import { adjacent, foldKey } from '../../model/words.js';
import { ruleData } from '../lexical/rule-data.js';

interface MissionForceData {
  head: string;
  qualifiers: string[];
  acronymSuffix: string;
}

/** Capitalized words a force's name may hold before its head ("International Security Assistance Force"). */
const MAX_NAME_WORDS = 6;

/**
 * Named multinational and peacekeeping forces, which the guidelines make UNIT ("[ISAF]"): a capitalized run
 * that ends in the head "Force" and holds a word naming such a mission ("International", "Stabilization",
 * "Peacekeeping": `organization-heads.json`, `missionForces`), and acronyms of the shape such forces take
 * (all capitals ending in "FOR"). Other "… Force" names ("Task Force", "Volunteer Force") are left to other rules:
 * they may be a state's service or an armed group, and nothing in their words tells which.
 */
export class MissionForces {
  private readonly head: string;
  private readonly qualifiers: ReadonlySet<string>;
  private readonly acronym: RegExp;

  constructor() {
    const data = ruleData<{ missionForces: MissionForceData }>('organization-heads.json').missionForces;
    this.head = foldKey(data.head);
    this.qualifiers = new Set(data.qualifiers.map(foldKey));
    this.acronym = new RegExp(`^[A-Z]{2,5}${data.acronymSuffix}$`);
  }

  /** Words that may open a force's name (the bits of a key class): its qualifiers. */
  firstWords(): string[] {
    return [...this.qualifiers];
  }

  /** The end (word index) of a force named by the run opening at word `i`, or -1. */
  endAt(text: string, words: readonly Word[], i: number, limit: number): number {
    const w = words[i]!;
    if (this.acronym.test(w.text)) return i + 1;
    if (!w.capitalized || !this.qualifiers.has(w.key)) return -1;
    for (let k = i + 1; k < limit && k - i < MAX_NAME_WORDS; k++) {
      const x = words[k]!;
      if (!x.capitalized || x.punct || !adjacent(text, words[k - 1]!, x)) return -1;
      if (x.key === this.head) return k + 1;
    }
    return -1;
  }
}
