import type { Mention } from '../../model/document.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import { BREAK_BEFORE, CAP, DIGIT, POSSESSIVE_TOKEN, SENTENCE_START, UPPER, docWords, type WordTokens } from '../../gazetteer/scan.js';
import type { RecognizerFactory } from '../recognizer.js';
import { MentionRecord } from '../../model/records.js';
import { COVERED, wordCover } from '../word-owners.js';

/**
 * A surname alone, known by its shape and by what it does: "Skibitsky noted that …", "Khodakovsky
 * claimed …", "Girkin’s critique …". Reporting quotes people by surname once it has introduced them, and
 * a paragraph read alone often lacks the introduction. The word must be unknown to English and to the
 * candidates so far, end like an East Slavic, Caucasian or Balkan surname, and be the subject of a verb of
 * saying (or own a statement). Organizations and channels that "claim" and "report" ("Rybar", "Mediazona")
 * do not end so; places and known organizations are candidates already. The document-names step then
 * finds the same surname elsewhere in the document.
 */
const SURNAME_ENDINGS = /(?:enko|nko|sky|skyi|skiy|ski|tsky|ov|ova|ev|eva|yev|in|ina|yn|yna|uk|yuk|iuk|yk|ych|ich|vich|shvili|dze|yan|ian)$/;

const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'stated', 'claimed', 'noted', 'reported', 'argued', 'added', 'warned', 'announced', 'wrote', 'suggested',
  'told', 'complained', 'accused', 'urged', 'denied', 'confirmed', 'emphasized', 'stressed', 'asserted', 'alleged',
  'acknowledged', 'admitted', 'insisted', 'criticized', 'explained', 'observed', 'says', 'claims', 'notes', 'argues',
]);
/** "has repeated", "had claimed", "is accurately capturing": an auxiliary counts only before a verb of saying or an adverb + verb. */
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'is', 'was']);
const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'additionally', 'reportedly', 'likely', 'previously', 'later', 'further', 'explicitly', 'specifically',
  'similarly', 'separately', 'recently', 'then', 'again', 'publicly', 'notably', 'repeatedly', 'still',
]);
const SPEECH_AFTER_AUXILIARY: ReadonlySet<string> = new Set([
  'said', 'stated', 'claimed', 'noted', 'reported', 'argued', 'repeated', 'warned', 'announced', 'written', 'suggested',
  'told', 'complained', 'accused', 'denied', 'confirmed', 'emphasized', 'stressed', 'criticized', 'acknowledged', 'admitted',
]);
/** Nouns of saying after the surname's possessive ("Girkin’s critique", "Andryushchenko’s claims"). */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'statements', 'assessment', 'assessments', 'critique', 'critiques', 'criticism',
  'criticisms', 'comment', 'comments', 'remark', 'remarks', 'report', 'reports', 'allegation', 'allegations',
  'announcement', 'interview', 'post', 'posts', 'rhetoric', 'complaint', 'complaints', 'warning', 'warnings',
]);

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'from', 'to', 'into', 'around', 'outside', 'toward', 'towards']);

/** Below the person recognizer's names (60), like its surname pass (55). */
const PRIORITY_SPEAKER = 55;

export const speakerNameRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, 'speaker-name', ['confidence']);
  const confidence = optionNumber(options, 'confidence', 'speaker-name', 0.7, [0, 1]);
  const common = loadCommonWords();
  return {
    name: 'speaker-name',
    recognize(doc, candidates) {
      const words = docWords(doc);
      const covered = wordCover(doc, words, candidates).covered;
      const out: Mention[] = [];
      for (let w = 0; w + 1 < words.count; w++) {
        const f = words.flags[w]!;
        if (!(f & CAP) || f & (UPPER | DIGIT | POSSESSIVE_TOKEN) || covered[w]! & COVERED) continue;
        const key = words.folded[w]!;
        if (key.length < 5 || !SURNAME_ENDINGS.test(key) || common.words.has(key) || !/^\p{Lu}\p{Ll}+$/u.test(doc.text.slice(words.start[w]!, words.end[w]!))) continue;
        // One word alone: a capitalized word right before it (not opening the sentence) makes it part of a longer name.
        if (w > 0 && !(f & (SENTENCE_START | BREAK_BEFORE)) && words.flags[w - 1]! & CAP && !(words.flags[w - 1]! & SENTENCE_START)) continue;
        // "a training center in X claimed": after a place preposition the word is the place.
        if (w > 0 && PLACE_PREPOSITIONS.has(words.folded[w - 1]!)) continue;
        if (!speaks(words, w + 1)) continue;
        const m = new MentionRecord(words.start[w]!, words.end[w]!, doc.text.slice(words.start[w]!, words.end[w]!), 'Person', 'name', 'speaker-name', PRIORITY_SPEAKER, confidence);
        out.push(m);
      }
      return out;
    },
  };
};

/** Word k (right after the surname) opens a verb of saying, or is its possessive before a noun of saying. */
function speaks(words: WordTokens, k: number): boolean {
  if (words.flags[k]! & BREAK_BEFORE && !(words.flags[k]! & POSSESSIVE_TOKEN)) return false;
  if (words.flags[k]! & POSSESSIVE_TOKEN) return k + 1 < words.count && SPEECH_NOUNS.has(words.folded[k + 1]!);
  let j = k;
  if (ADVERBS.has(words.folded[j]!)) j++;
  const verb = words.folded[j];
  if (verb === undefined) return false;
  if (AUXILIARIES.has(verb)) {
    const after = ADVERBS.has(words.folded[j + 1] ?? '') ? words.folded[j + 2] : words.folded[j + 1];
    return after !== undefined && SPEECH_AFTER_AUXILIARY.has(after);
  }
  return SPEECH_VERBS.has(verb);
}
