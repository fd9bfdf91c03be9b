import type { Mention } from '../../model/document.js';
import { MentionRecord } from '../../model/records.js';
import { checkOptionKeys } from '../../stage/options.js';
import { pairFlags, pairRecord, PAIR_DEMONYM, recordRef } from '../../gazetteer/index.js';
import { loadBuiltinIndex } from '../../gazetteer/load.js';
import { cachedMatches, writtenAsName } from '../../gazetteer/match.js';
import { docWords } from '../../gazetteer/scan.js';
import type { RecognizerFactory } from '../recognizer.js';

/** Lowest on the priority scale: any name containing the word ("Russian Volunteer Corps") wins. */
export const PRIORITY_DEMONYM = 10;
/** Bounded: emptied when full, which only costs looking again. */
const MEMO_LIMIT = 50_000;

/**
 * Nationality adjectives and the plurals that name a people ("Russian", "Syrians", "North Korean") as
 * demonym mentions of their country, so relation rules can read "Russian President X" as X → Russia.
 * Demonyms come from world-countries plus gazetteers/curated/country-aliases.json, compiled into the
 * built-in index; this recognizer shares the gazetteer's pass over the words.
 */
export const demonymRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, 'demonym', []);
  const index = loadBuiltinIndex();
  // Key → its demonym record (-1: none). What a key names does not depend on the document, and the index's
  // tables are large (in a pipeline every look into them missed the CPU caches); a small memo stays cached.
  const demonymRecords = new Map<number, number>();
  const demonymRecord = (key: number): number => {
    let record = demonymRecords.get(key);
    if (record === undefined) {
      record = -1;
      for (let p = index.pairStart[key]!; p < index.pairStart[key + 1]!; p++) {
        if (pairFlags(index.pairs[p]!) & PAIR_DEMONYM) {
          record = pairRecord(index.pairs[p]!);
          break;
        }
      }
      if (demonymRecords.size >= MEMO_LIMIT) demonymRecords.clear();
      demonymRecords.set(key, record);
    }
    return record;
  };
  return {
    name: 'demonym',
    recognize(doc) {
      const words = docWords(doc);
      const out: Mention[] = [];
      let coveredUntil = 0;
      for (const m of cachedMatches(index, words)) {
        if (m.first < coveredUntil) continue;
        const record = demonymRecord(m.key);
        if (record < 0 || !writtenAsName(words, m.first, m.end, index.keyLower[m.key]!)) continue;
        const start = words.start[m.first]!;
        const end = words.end[m.end - 1]!;
        const mention = new MentionRecord(start, end, doc.text.slice(start, end), 'Place', 'demonym', 'demonym', PRIORITY_DEMONYM, 0.9);
        mention.ref = recordRef(index, record);
        // A region's demonym ("Chechen", gazetteers/curated/regional-demonyms.json) stands for that region.
        mention.placeKind = mention.ref.placeKind ?? 'Country';
        out.push(mention);
        coveredUntil = m.end;
      }
      return out;
    },
  };
};
