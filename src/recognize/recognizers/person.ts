import type { Mention } from '../../model/document.js';
import type { RecognizerFactory } from '../recognizer.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { wordView, adjacent, wordIndexAt, type Word } from '../../model/words.js';
import { CandidateIndex } from '../lexical/candidate-index.js';
import { loadPersonLexicon } from '../people/lexicon.js';
import { isNameWord, MAX_NAME_WORDS, MAX_NAME_WORDS_TITLE_CASE, nameEnd } from '../people/name-shape.js';
import { parseTitledName, type TitleContext } from '../people/title-chain.js';
import { looksLikePersonName, titleInApposition } from '../people/appositive-title.js';
import { apposedNames, officeBeforeComma } from '../people/office-apposition.js';
import { givenNameStart } from '../people/given-name-left.js';
import { aliasSurnameEnd } from '../people/alias-surname.js';
import { EastAsianNameShape } from '../people/east-asian-name.js';
import { isArticleWord, isServantOfName, opensArticleName } from '../people/article-name.js';
import { SurnameTable, surnameUses, type KnownPerson } from '../people/surname-pass.js';
import { HYPHENATED, keyClass } from '../../model/key-classes.js';
import { MentionRecord } from '../../model/records.js';
import { loadCommonWords } from '../../gazetteer/load.js';

const NAME = 'person';
/** Types whose candidates a personal name never overlaps; a place only blocks a name's first word. */
const BLOCKING = new Set(['MilitaryUnit', 'Organization']);
const blocksFirstWord = (m: Mention): boolean => m.type !== 'Person';
const blocksLaterWord = (m: Mention): boolean => m.type !== 'Person' && BLOCKING.has(m.type);
const isPerson = (m: Mention): boolean => m.type === 'Person';
/** Verbs that can follow a subject directly: after "the <name>" they show the name heads its phrase. */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does']);
const isPlace = (m: Mention): boolean => m.type === 'Place';
/** Prepositions of place: "Abu X" or "Umm X" alone right after one names a place ("fled from Abu X"), not a person. */
const LOCATIVE = new Set(['in', 'near', 'from', 'to', 'into', 'outside', 'around', 'toward', 'towards', 'at', 'across', 'through', 'between']);
/** A place candidate this sure around a known surname keeps its words: the recognize stage's threshold. */
const MIN_PLACE_AROUND = 0.5;

/** Population from which a city's name is no surname after a given name (see cityWithin). */
const BIG_CITY = 100_000;
const isBigCity = (m: Mention): boolean =>
  m.type === 'Place' && m.form === 'name' && (m.ref?.population ?? 0) >= BIG_CITY && m.ref!.name === m.text && m.ref!.country !== undefined;

/**
 * People by the titles and offices in front of their names ("Deputy Prime Minister Alexander …", with the
 * title as `role` and a demonym before it as `nationality`), by strong name shapes without a title (a
 * known given name + capitalized surname), and — in a second pass over the document — by the surnames of
 * the people already found ("Al-Sharaa's" → "Al-Sharaa", canonical = the full name when unambiguous).
 */
export const personRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, NAME, ['priority']);
  const priority = optionNumber(options, 'priority', NAME, 60, [0, 1000]);
  const lex = loadPersonLexicon();
  // Bits in the word view's key classes: most words open neither a title nor a modifier, and are no given
  // name. (The classes are looked up once per word form, so the thousands of given names cost nothing per word.)
  const OPENS_TITLE = keyClass('person.opens-title', [...lex.titles.firstWords(), ...lex.modifiers.firstWords()]);
  const INNER_PARTICLE = keyClass('person.inner-particle', lex.innerParticles);
  const FIRST_NAME = keyClass('person.first-name', lex.firstNames);
  const WORD_GIVEN_NAME = keyClass('person.word-given-name', lex.wordGivenNames);
  // The comma as a bit: the tests for a comma before or after a capitalized word read the classes (one typed
  // array) instead of each word's record and text.
  const COMMA = keyClass('person.comma', [',']);
  const eastAsian = new EastAsianNameShape();
  const EAST_ASIAN_FAMILY = keyClass('person.east-asian-family', eastAsian.families);
  const common = loadCommonWords();

  return {
    name: NAME,
    recognize(doc, candidates) {
      const { words, sentenceStarts, titleCase, classes } = wordView(doc);
      const text = doc.text;
      const index = CandidateIndex.of(candidates);
      const claimed = (k: number, position: number): boolean => {
        const w = words[k]!;
        if (index.demonymEndingAt(w.end) || index.demonymStartingAt(w.start)) return true;
        // Inside a name, an article word is blocked only by a name that takes its article: "Houthi" (the group)
        // names a piece of "Abdul-Malik al-Houthi".
        if (position > 0 && classes[k]! & HYPHENATED && isArticleWord(w)) return claimedFromWordStart(k);
        return index.someOverlapping(w.start, w.end, position === 0 ? blocksFirstWord : blocksLaterWord);
      };
      /** A listed name that starts word k and ends inside it: "Ing" of "Ing-wen". */
      const nameInsideWord = (k: number): boolean => {
        const m = index.nameStartingAt(words[k]!.start);
        return m !== undefined && m.end < words[k]!.end;
      };
      const candidateEnd = (k: number): number => {
        const m = index.nameStartingAt(words[k]!.start);
        return m && m.type !== 'Person' ? wordIndexAt(words, m.end) : -1;
      };
      /** The place named by word k alone, if any. */
      const placeOfWord = (k: number): Mention | undefined => {
        const m = index.nameStartingAt(words[k]!.start);
        return m !== undefined && m.type === 'Place' && m.end === words[k]!.end ? m : undefined;
      };
      const placeWordAt = (k: number): boolean => placeOfWord(k) !== undefined;
      /** A town's name, not a country's or a region's: a city, or a place of no known kind when `unknownKind`. */
      const townWordAt = (k: number, unknownKind: boolean): boolean => {
        const m = placeOfWord(k);
        return m !== undefined && (m.placeKind === 'City' || m.placeKind === 'Place' || (unknownKind && m.placeKind === undefined));
      };
      // A town's name after a title is the holder's surname (see TitleContext.townSurnameAt): a single word,
      // a city or a place of no known kind (never a country or a region), claimed by nothing else; or a
      // hyphenated surname whose first part alone is a town ("Mr. Haro-Lopez"), since the gazetteer then
      // names only a piece of the word.
      const townSurnameAt = (k: number): boolean => (townWordAt(k, true) || townPartOfHyphenated(k)) && !claimed(k, 1);
      const townPartOfHyphenated = (k: number): boolean => {
        const w = words[k]!;
        const m = index.nameStartingAt(w.start);
        return m !== undefined && m.type === 'Place' && m.end < w.end && text[m.end] === '-' && /^-\p{Lu}\p{Ll}/u.test(text.slice(m.end, w.end)) &&
          (m.placeKind === 'City' || m.placeKind === 'Place' || m.placeKind === undefined);
      };
      const demonymEnd = (k: number): number => {
        const m = index.demonymStartingAt(words[k]!.start);
        return m ? wordIndexAt(words, m.end) : -1;
      };

      let countries: Set<string> | undefined;
      const people: (KnownPerson & { role?: [number, number]; confidence: number; priority: number })[] = [];
      // A name read after an office's comma may start with a town's name ("Jaroslaw"): a single-word city or place.
      const townOnlyAt = (k: number): boolean => townWordAt(k, false) && !index.someOverlapping(words[k]!.start, words[k]!.end, blocksLaterWord);
      let apposedLimit = 0;
      const apposedNameEnd = (k: number): number => {
        if (claimed(k, 0) && !townOnlyAt(k)) return k;
        return nameEnd(lex, text, words, k, apposedLimit, (j) => j !== k && claimed(j, j - k), MAX_NAME_WORDS);
      };
      for (let s = 0; s + 1 < sentenceStarts.length; s++) {
        const limit = sentenceStarts[s + 1]!;
        apposedLimit = limit;
        const maxNameWords = titleCase[s] ? MAX_NAME_WORDS_TITLE_CASE : MAX_NAME_WORDS;
        const context: TitleContext = { lex, text, words, limit, candidateEnd, demonymEnd, blocked: claimed, maxNameWords, placeWordAt, townSurnameAt };
        for (let i = sentenceStarts[s]!; i < limit; ) {
          const titled = classes[i]! & OPENS_TITLE ? parseTitledName(context, i) : undefined;
          // "President Tsai Ing-wen": the title's name stopped at the listed piece of the given name ("Ing").
          if (titled && titled.nameEnd - titled.nameFirst === 1 && classes[titled.nameFirst]! & EAST_ASIAN_FAMILY && eastAsian.at(text, words, titled.nameFirst, limit) && nameInsideWord(titled.nameEnd)) titled.nameEnd++;
          if (titled) {
            const single = titled.nameEnd - titled.nameFirst === 1;
            const p: (typeof people)[number] = { first: titled.nameFirst, end: titled.nameEnd, role: [titled.roleFirst, titled.roleEnd], confidence: single ? 0.85 : 0.9, priority };
            if (!single) p.fullName = spanText(text, words, p.first, p.end);
            // A town's name read as a surname after a title ("Mr. Garang") teaches that surname, so its later bare
            // uses are the person's too, not the town's.
            else if (townSurnameAt(titled.nameFirst)) p.fullName = spanText(text, words, p.first, p.end);
            people.push(p);
            i = titled.nameEnd;
            continue;
          }
          const w = words[i]!;
          // "the ambassador to X, Tomas Orvel, said": names of no list after an office and its comma.
          if (w.capitalized && i - 1 > sentenceStarts[s]! && classes[i - 1]! & COMMA && officeBeforeComma(lex, words, i - 1, sentenceStarts[s]!)) {
            const names = apposedNames({ lex, words, limit, nameEndAt: apposedNameEnd, looksLikeName: (a, b) => looksLikePersonName(words, a, b) }, i);
            for (const [a, b] of names) people.push({ first: a, end: b, fullName: spanText(text, words, a, b), confidence: 0.8, priority: priority - 5 });
            if (names.length > 0) {
              i = names[names.length - 1]![1];
              continue;
            }
          }
          // "Ban Ki-moon", "Tsai Ing-wen": a listed family name before a hyphenated given name (east-asian-name.ts). A
          // place of the family name's spelling ("Ban", a village name) does not stop it; a unit or an organization does,
          // unless it names only the first part of the hyphenated word ("Ing" the bank in "Ing-wen").
          if (classes[i]! & EAST_ASIAN_FAMILY && eastAsian.at(text, words, i, limit) && !claimed(i, 1) && (!claimed(i + 1, 1) || nameInsideWord(i + 1))) {
            // At the lists' priority over such a piece, so that the longer span, the person, wins the overlap.
            people.push({ first: i, end: i + 2, fullName: spanText(text, words, i, i + 2), confidence: 0.85, priority: nameInsideWord(i + 1) ? priority : priority - 5 });
            i += 2;
            continue;
          }
          // A given name that is also a place ("Lee", "Florence") still starts a name when no other word of
          // the name is a place: "Florence Italy" is not a person.
          const given = (classes[i]! & FIRST_NAME && lex.firstNames.has(w.key)) || (classes[i]! & WORD_GIVEN_NAME && wordGivenNameAt(i, limit)) ||
            (classes[i]! & HYPHENATED && isServantOfName(w));
          if (given && w.capitalized && !claimed(i, 1) && !namesAThing(i, limit)) {
            // The closure takes a copy: one capturing the loop variable `i` would make every iteration of the
            // loop (every word) allocate a fresh binding for it.
            const first = i;
            const end = nameEnd(lex, text, words, first, limit, (k) => claimed(k, k === first ? 1 : k - first), maxNameWords);
            if (end - i >= 2 && (!claimed(i, 0) || !placeWithin(i + 1, end)) && !cityWithin(i + 1, end) && !kunyaPlace(i, end)) {
              // "Posada Luis Carriles": a given name no list knows may stand before the known one.
              const from = givenNameStart(lex, text, words, i, Math.max(sentenceStarts[s]!, people.at(-1)?.end ?? 0), (k) => claimed(k, 0));
              people.push({ first: from, end, fullName: spanText(text, words, from, end), confidence: 0.8, priority: listedPieceWithin(i + 1, end) ? priority : priority - 5 });
              i = end;
              continue;
            }
            // "reporter Anna Wagner": a surname that is also an organization's one-word alias. At the curated
            // lists' priority (equal to this recognizer's own), the longer span, the person, wins the overlap.
            const aliasEnd = end - first < 2 ? aliasSurnameEnd(lex, text, words, first, limit, claimed(first, 0), (k) => index.nameStartingAt(words[k]!.start)) : -1;
            if (aliasEnd > 0) {
              people.push({ first, end: aliasEnd, fullName: spanText(text, words, first, aliasEnd), confidence: 0.8, priority });
              i = aliasEnd;
              continue;
            }
          }
          // "Fayez al-Sarraj", "Abdul-Malik al-X": a name's first word before an article name (article-name.ts). An
          // organization named by a piece of the article word ("Houthi" of "al-Houthi") does not stop it, and the
          // person then takes the lists' priority so that the longer span wins the overlap.
          if (classes[i + 1]! & HYPHENATED && opensArticleName(lex, text, words, i, limit, isOrdinaryWord) && !claimed(i, 0)) {
            const first = i;
            const end = nameEnd(lex, text, words, first, limit, (k) => k !== first && claimed(k, k - first), maxNameWords);
            if (end - first >= 2 && !kunyaPlace(first, end)) {
              const from = givenNameStart(lex, text, words, first, Math.max(sentenceStarts[s]!, people.at(-1)?.end ?? 0), (k) => claimed(k, 0));
              people.push({ first: from, end, fullName: spanText(text, words, from, end), confidence: 0.8, priority: listedPieceWithin(first + 1, end) ? priority : priority - 5 });
              i = end;
              continue;
            }
          }
          // A name no list knows, set off by an office in apposition: "Oleksiy X, chief advisor to …".
          // (A comma within a name's reach first: reading the name at every capitalized word doubled this recognizer's time.)
          if (w.capitalized && commaWithin(classes, COMMA, i + 2, Math.min(limit, i + 2 * maxNameWords)) && !claimed(i, 0) && (i === sentenceStarts[s] || !isNameWord(lex, words[i - 1]!))) {
            // A copy for the closure, as above: capturing `i` here made every word of the document allocate a
            // binding for it (~19 MB per pass over the 2 MB bench corpus, the most of any recognizer).
            const first = i;
            const end = nameEnd(lex, text, words, first, limit, (k) => claimed(k, k - first), maxNameWords);
            if (end - i >= 2 && titleInApposition(lex, words, end, limit) && looksLikePersonName(words, i, end)) {
              people.push({ first: i, end, fullName: spanText(text, words, i, end), confidence: 0.8, priority: priority - 5 });
              i = end;
              continue;
            }
          }
          i++;
        }
      }

      // Full names proposed earlier (a curated list of office holders) teach surnames too.
      const earlier: KnownPerson[] = [];
      // Spans of the people found here, looked up by "first:end": testing each earlier candidate against the
      // whole list of people made the recognizer quadratic on long documents (issue #14).
      const peopleSpans = new Set(people.map((p) => `${p.first}:${p.end}`));
      for (const c of candidates) {
        if (c.type !== 'Person' || c.form !== 'name') continue;
        const first = wordIndexAt(words, c.start);
        const end = wordIndexAt(words, c.end);
        // The same span found here too is the same person: keep one spelling so the surname stays unambiguous.
        if (end - first < 2 || words[end - 1]!.end !== c.end || peopleSpans.has(`${first}:${end}`)) continue;
        earlier.push({ first, end, fullName: c.canonical ?? c.ref?.name ?? straightQuotes(c.text) });
      }
      const surnames = new SurnameTable(lex, words, [...people, ...earlier]);
      const out: Mention[] = people.map((p) => {
        const m = toMention(p.first, p.end, p.confidence, p.priority);
        if (p.fullName) m.canonical = p.fullName;
        else {
          const owner = surnames.match(words, p.first, p.end);
          if (owner?.fullName && owner.length === p.end - p.first) m.canonical = owner.fullName;
        }
        if (p.role) {
          const [a, b] = p.role;
          const start = words[a]!.start;
          const end = words[b - 1]!.end;
          m.role = { start, end, text: text.slice(start, end) };
          const nationality = nationalityBefore(a);
          if (nationality) m.nationality = nationality;
        }
        return m;
      });

      // Within the document the surname is known to be a person's, so a place of the same name does not
      // stop it (position 1 rules), nor does anything but a unit, an organization or a demonym.
      const personAt = (k: number): boolean => index.someOverlapping(words[k]!.start, words[k]!.end, isPerson);
      for (const use of surnameUses(text, words, sentenceStarts, surnames, people, (k) => claimed(k, 1) || personAt(k), opensInLowerCase)) {
        // Though not by a longer place name the surname is part of ("Ain Issa" where a Fahim Issa is named).
        const from = words[use.first]!.start;
        const to = words[use.end - 1]!.end;
        if (index.someOverlapping(from, to, (c) => c.type === 'Place' && c.confidence >= MIN_PLACE_AROUND && (c.start < from || c.end > to))) continue;
        const m = toMention(use.first, use.end, 0.8, priority - 5);
        if (use.fullName) m.canonical = use.fullName;
        out.push(m);
      }
      return out;

      /**
       * "the Aya Zanoubya approached the port": a name that heads a phrase opened by "the" names a ship, a
       * building or a work, not a person. When a noun follows, the name only qualifies it and is the
       * person's ("the Bashar al-Assad regime", "the Herbert Hunt bankruptcy"). Without part-of-speech tags, a
       * following noun is a lower-case word that is neither a function word nor a verb (an auxiliary or an
       * "-ed" form).
       */
      function namesAThing(first: number, limit: number): boolean {
        if (first === 0 || words[first - 1]!.key !== 'the' || words[first - 1]!.sentence !== words[first]!.sentence) return false;
        const next = words[nameEnd(lex, text, words, first, limit, () => false, MAX_NAME_WORDS)];
        const qualifiesNoun = next !== undefined && next.sentence === words[first]!.sentence && !next.capitalized && !next.punct &&
          !lex.functionWords.has(next.key) && !AUXILIARIES.has(next.key) && !next.key.endsWith('ed');
        return !qualifiesNoun;
      }
      /**
       * A given name that is also an English word ("Carol", "Mark") opens a name only before a surname that is no
       * English word and that no other candidate claims, the given name itself unclaimed: "Carol Pearson", not
       * "Grace Church", "Rose Garden" or "Mark" before a listed place.
       */
      function wordGivenNameAt(i: number, limit: number): boolean {
        const k = i + 1;
        if (k >= limit || !lex.wordGivenNames.has(words[i]!.key) || claimed(i, 0)) return false;
        const next = words[k]!;
        return next.capitalized && adjacent(text, words[i]!, next) && isNameWord(lex, next) && !common.words.has(next.text.toLowerCase()) && !claimed(k, 0);
      }
      /** An English word that is no person's name ("Northern", "Central"). */
      function isOrdinaryWord(lower: string): boolean {
        return common.words.has(lower) && !common.personNames.has(lower);
      }
      /**
       * Word k is claimed by a unit, an organization or a demonym that covers its start: one that starts inside it
       * ("Houthi" of "al-Houthi") names only a piece of the word.
       */
      function claimedFromWordStart(k: number): boolean {
        const w = words[k]!;
        if (index.demonymEndingAt(w.end) || index.demonymStartingAt(w.start)) return true;
        return index.someOverlapping(w.start, w.end, (m) => blocksLaterWord(m) && m.start <= w.start);
      }
      /**
       * One of words [first, end) is an article word whose piece after the article a listed name covers ("Houthi"
       * of "al-Houthi", the group; "Assad" of "Maher al-Assad", another person's alias): the person read over it
       * then takes the lists' priority, so that the longer span wins.
       */
      function listedPieceWithin(first: number, end: number): boolean {
        for (let k = first; k < end; k++) {
          const w = words[k]!;
          if (classes[k]! & HYPHENATED && isArticleWord(w) && index.someOverlapping(w.start, w.end, (m) => m.start > w.start)) return true;
        }
        return false;
      }
      /** "from Abu X", "near Umm X al-Y": a byname of two words (or one and an article word) after a preposition of place names the place. */
      function kunyaPlace(first: number, end: number): boolean {
        if (!lex.kunyas.has(words[first]!.key) || end - first > 2 || first === 0) return false;
        const before = words[first - 1]!;
        return before.sentence === words[first]!.sentence && LOCATIVE.has(before.key);
      }
      function isParticle(k: number): boolean {
        return (classes[k]! & INNER_PARTICLE) !== 0 && lex.innerParticles.has(words[k]!.key);
      }
      /** A lower-case word that may open a surname: a particle, or a word holding a hyphen (its key's class). */
      function opensInLowerCase(k: number): boolean {
        return isParticle(k) || (classes[k]! & HYPHENATED) !== 0;
      }
      function placeWithin(first: number, end: number): boolean {
        return index.someOverlapping(words[first]!.start, words[end - 1]!.end, isPlace);
      }
      /**
       * A city of BIG_CITY people or more after the given name, written as the city's own name (not one of its
       * alternate names: "Lvova", "Hird") and in a country the document names: "Ria Melitopol" (an outlet) names
       * the city, and a person read there would teach the surname pass to take every later "Melitopol" for one.
       */
      function cityWithin(first: number, end: number): boolean {
        return index.someOverlapping(words[first]!.start, words[end - 1]!.end, (m) => isBigCity(m) && namedCountries().has(m.ref!.country!));
      }
      /** Countries the document names (its country candidates), worked out once, on the first question. */
      function namedCountries(): ReadonlySet<string> {
        if (countries === undefined) {
          countries = new Set();
          for (const c of candidates) if (c.type === 'Place' && c.placeKind === 'Country' && c.ref?.id.startsWith('country:')) countries.add(c.ref.id.slice('country:'.length));
        }
        return countries;
      }
      function toMention(first: number, end: number, confidence: number, p: number): Mention {
        const start = words[first]!.start;
        const stop = words[end - 1]!.end;
        return new MentionRecord(start, stop, text.slice(start, stop), 'Person', 'name', NAME, p, confidence);
      }
      /** "Russian President …" (a demonym) or "Estonia's prime minister …" (a country's possessive). */
      function nationalityBefore(roleFirst: number): string | undefined {
        const before = words[roleFirst - 1];
        if (!before || !adjacent(text, before, words[roleFirst]!)) return undefined;
        const demonym = index.demonymEndingAt(before.end);
        if (demonym?.ref) return demonym.ref.id;
        const owner = before.possessive ? words[roleFirst - 2] : undefined;
        const country = owner ? index.endingAt(owner.end).find((m) => m.ref?.placeKind === 'Country') : undefined;
        return country?.ref?.id;
      }
    },
  };
};

function spanText(text: string, words: readonly Word[], first: number, end: number): string {
  return straightQuotes(text.slice(words[first]!.start, words[end - 1]!.end));
}

/** Curly apostrophes made straight; most names have none, and then no new string is made. */
function straightQuotes(name: string): string {
  return name.includes('’') || name.includes('‘') ? name.replace(/[’‘]/g, "'") : name;
}

/**
 * Whether one of words [from, to) is a comma: where a name of two or more words starting before `from` could end
 * (a name of n words, with at most n - 1 lower-case particles between them, ends before word first + 2n - 1).
 */
function commaWithin(classes: Uint32Array, comma: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (classes[k]! & comma) return true;
  return false;
}
