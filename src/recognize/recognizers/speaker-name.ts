import type { Mention } from '../../model/document.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import { BREAK_BEFORE, CAP, DIGIT, POSSESSIVE_TOKEN, SENTENCE_START, UPPER, docWords, type WordTokens } from '../../gazetteer/scan.js';
import type { RecognizerFactory } from '../recognizer.js';
import { MentionRecord } from '../../model/records.js';
import { functionWords } from '../lexical/function-words.js';
import { signOffNames } from '../people/sign-off.js';
import { COVERED, COVERED_BY_PLACE, NO_OWNER, isPlaceName, wordCover } from '../word-owners.js';
import { endingTest } from '../../model/endings.js';

/**
 * A surname alone, known by its shape and by what it does: "Skibitsky noted that …", "Khodakovsky
 * claimed …", "Girkin’s critique …". Reporting quotes people by surname once it has introduced them, and
 * a paragraph read alone often lacks the introduction. The word must be unknown to English and to the
 * candidates so far, end like an East Slavic, Caucasian or Balkan surname, and be the subject of a verb of
 * saying (or own a statement). Organizations and channels that "claim" and "report" ("Rybar", "Mediazona")
 * do not end so; places and known organizations are candidates already. The document-names step then
 * finds the same surname elsewhere in the document. Two such words of any origin ("Tavor Kelemba said")
 * are a full name by the same cue, or by a relative "who" after a comma. A correspondent's sign-off
 * ("XYZ's Dana Orvel reports.") names one too (people/sign-off.ts).
 */
const hasSurnameEnding = endingTest(['enko', 'nko', 'sky', 'skyi', 'skiy', 'ski', 'tsky', 'ov', 'ova', 'ev', 'eva', 'yev', 'in', 'ina', 'yn', 'yna', 'uk', 'yuk', 'iuk', 'yk', 'ych', 'ich', 'vich', 'shvili', 'dze', 'yan', 'ian']);

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
  const fnWords = functionWords();
  return {
    name: 'speaker-name',
    recognize(doc, candidates) {
      const words = docWords(doc);
      const covered = wordCover(doc, words, candidates).covered;
      const out: Mention[] = [];
      const text = doc.text;
      let areaStarts: Set<number> | undefined;
      const unknownNameWord = (w: number): boolean => {
        const f = words.flags[w]!;
        const key = words.folded[w]!;
        return (f & CAP) !== 0 && !(f & (UPPER | DIGIT | POSSESSIVE_TOKEN)) && covered[w] === 0 && key.length >= 3 && !common.words.has(key) &&
          NAME_WORD.test(text.slice(words.start[w]!, words.end[w]!));
      };
      for (let w = 0; w + 2 < words.count; w++) {
        // Two words of a name no list knows, the first no known given name (the person recognizer reads
        // those): "Tavor Kelemba said …", "Tavor Kelemba, who heads …". Any origin: the wire quotes people
        // from everywhere, and a full name is no Slavic surname alone.
        // Both capitalized, no break between them, before the closure: most words fail here, and calling
        // `unknownNameWord` at every word was this recognizer's costliest line (30 ms self time over the 294 ISW reports, CPU profiles).
        if (!(words.flags[w]! & words.flags[w + 1]! & CAP) || words.flags[w + 1]! & BREAK_BEFORE) continue;
        if (!unknownNameWord(w) || !unknownNameWord(w + 1) || !adjacentWords(text, words, w)) continue;
        if (common.personNames.has(words.folded[w]!)) continue;
        if (w > 0 && !(words.flags[w]! & (SENTENCE_START | BREAK_BEFORE)) && words.flags[w - 1]! & CAP) continue;
        if (w > 0 && PLACE_PREPOSITIONS.has(words.folded[w - 1]!)) continue;
        if (!speaks(words, w + 2) && !relativeWho(text, words, w + 2)) continue;
        out.push(new MentionRecord(words.start[w]!, words.end[w + 1]!, text.slice(words.start[w]!, words.end[w + 1]!), 'Person', 'name', 'speaker-name', PRIORITY_SPEAKER, confidence));
        w++;
      }
      for (let w = 0; w + 1 < words.count; w++) {
        const f = words.flags[w]!;
        if (!(f & CAP) || f & (UPPER | DIGIT | POSSESSIVE_TOKEN) || covered[w]! & COVERED) continue;
        const key = words.folded[w]!;
        if (key.length < 4) continue;
        // A surname of any shape owns a home, a family or an arrest ("X's home was raided"); by a verb of saying
        // only a surname's ending tells a person from an organization or a channel. Tested before the word's
        // shape: the ending rejects most capitalized words without slicing the text for a regex.
        const personal = ownsPersonalNoun(words, w + 1);
        if (!personal && (key.length < 5 || !hasSurnameEnding(key))) continue;
        if (common.words.has(key) || !/^\p{Lu}\p{Ll}+$/u.test(doc.text.slice(words.start[w]!, words.end[w]!))) continue;
        // One word alone: a capitalized word right before it (not opening the sentence) makes it part of a longer name.
        if (w > 0 && !(f & (SENTENCE_START | BREAK_BEFORE)) && words.flags[w - 1]! & CAP && !(words.flags[w - 1]! & SENTENCE_START)) continue;
        // "a training center in X claimed": after a place preposition the word is the place.
        if (w > 0 && PLACE_PREPOSITIONS.has(words.folded[w - 1]!)) continue;
        if (!personal && !speaks(words, w + 1)) continue;
        // A town's or a country's possessive owns homes and releases too: this cue needs a word nothing names.
        if (personal && (covered[w] !== 0 || common.personNames.has(key) || fnWords.has(key))) continue;
        // A town may bear a surname's shape, a country or a region is named as a speaker ("Argentina said").
        if ((covered[w]! & COVERED_BY_PLACE) !== 0 && (areaStarts ??= areaNameStarts(candidates)).has(words.start[w]!)) continue;
        const m = new MentionRecord(words.start[w]!, words.end[w]!, doc.text.slice(words.start[w]!, words.end[w]!), 'Person', 'name', 'speaker-name', PRIORITY_SPEAKER, confidence);
        out.push(m);
      }
      // "XYZ's Dana Orvel reports.": a correspondent's sign-off (people/sign-off.ts).
      const organizationEndingAt = (offset: number): boolean => candidates.some((m) => m.end === offset && m.type === 'Organization');
      const sureOwner = wordCover(doc, words, candidates).sureOwner;
      for (const [first, end] of signOffNames(text, words, (w) => sureOwner[w] === NO_OWNER, organizationEndingAt)) {
        const start = words.start[first]!;
        const stop = words.end[end - 1]!;
        out.push(new MentionRecord(start, stop, text.slice(start, stop), 'Person', 'name', 'speaker-name', PRIORITY_SPEAKER, confidence));
      }
      return out;
    },
  };
};

/**
 * Nouns after a possessive that only a person owns: a home and kin, a lawyer, an arrest or a release. An
 * organization or a place has members, offices and statements, not these.
 */
const PERSONAL_NOUNS: ReadonlySet<string> = new Set([
  'home', 'house', 'wife', 'husband', 'son', 'daughter', 'sons', 'daughters', 'brother', 'sister', 'father', 'mother',
  'family', 'relatives', 'lawyer', 'lawyers', 'attorney', 'release', 'arrest', 'detention', 'funeral', 'death', 'kidnapping',
  'abduction', 'extradition', 'trial', 'conviction', 'sentence', 'health',
]);

/** Word k is the possessive of the word before it, followed by a noun only a person owns. */
function ownsPersonalNoun(words: WordTokens, k: number): boolean {
  return k + 1 < words.count && (words.flags[k]! & POSSESSIVE_TOKEN) !== 0 && PERSONAL_NOUNS.has(words.folded[k + 1]!);
}

/** Where the names of countries, subdivisions and regions start among the candidates (asked only for a speaker found). */
function areaNameStarts(candidates: readonly Mention[]): Set<number> {
  const starts = new Set<number>();
  for (const m of candidates) if (isPlaceName(m) && (m.placeKind === 'Country' || m.placeKind === 'AdministrativeArea' || m.placeKind === 'Region')) starts.add(m.start);
  return starts;
}

/** A capitalized name word: letters, or parts joined by an apostrophe or a hyphen ("O'Dare", "Kelemba-Osei"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/** Words w and w + 1 are separated by one space. */
function adjacentWords(text: string, words: WordTokens, w: number): boolean {
  return words.start[w + 1]! === words.end[w]! + 1 && text.charCodeAt(words.end[w]!) === 32;
}

/** ", who" right before word k: a relative clause about a person. */
function relativeWho(text: string, words: WordTokens, k: number): boolean {
  return k < words.count && words.folded[k] === 'who' && /^\s*,\s*$/.test(text.slice(words.end[k - 1]!, words.start[k]!));
}

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
