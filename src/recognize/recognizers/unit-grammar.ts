import type { EntityType, Mention, MentionForm } from '../../model/document.js';
import type { RecognizerFactory } from '../recognizer.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { wordView, adjacent, foldKey, type Word } from '../../model/words.js';
import { keyClass, keyClassWhere } from '../../model/key-classes.js';
import { CandidateIndex } from '../lexical/candidate-index.js';
import { functionWords } from '../lexical/function-words.js';
import { ruleData } from '../lexical/rule-data.js';
import { loadUnitLexicon } from '../units/lexicon.js';
import { isUnitNameWord, matchPart, parseNamedUnit, parseOrdinalUnit, type ParsedUnit, type UnitGrammar } from '../units/parse.js';
import type { PhraseMatch } from '../lexical/phrase-table.js';
import type { UnitPart } from '../units/lexicon.js';
import { MentionRecord } from '../../model/records.js';
import { ordinalOf } from '../units/ordinal.js';
import { initialsInBracket } from '../units/initials.js';

const NAME = 'unit-grammar';
const OPEN = new Set(['(', '[']);
const ITEM_END = new Set([')', ']', ',', ';']);
/**
 * Nouns (and their modifiers) that a singular echelon modifies in "the Baltic and Pacific Fleet coastal
 * troops": after them the coordinated names each name a unit, as before a plural echelon.
 */
const ATTRIBUTIVE_HEADS: ReadonlySet<string> = new Set([
  'troops', 'forces', 'units', 'elements', 'personnel', 'servicemen', 'soldiers', 'infantry', 'naval', 'coastal', 'marines',
  'sailors', 'commanders', 'formations', 'reservists', 'artillery', 'aviation', 'assets', 'subunits', 'contingents', 'airborne',
]);

/**
 * Nouns that make an ambiguous abbreviation right before them a formation's name: "WMD units", "the WMD commander",
 * "WMD Chief of Staff" (keys are folded).
 */
const FORMATION_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'units', 'unit', 'elements', 'troops', 'forces', 'formations', 'personnel', 'servicemen', 'commander', 'commanders',
  'command', 'headquarters', 'chief', 'staff', 'grouping',
  // Lower-case echelons, which the grammar no longer joins to an abbreviation before them ("other XMD detachments").
  'detachment', 'detachments', 'battalion', 'battalions', 'regiment', 'regiments',
]);

/** The key starts with an ASCII digit ("51st", "2024"). */
function startsWithDigit(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Words of one coordinated name ("Black Sea"). */
const NAME_WORDS = 3;

/**
 * Military units by grammar rather than by list: ordinal + modifiers + type words + echelon
 * ("20th Guards Motorized Rifle Division", "51st CAA"), proper names before echelons that take one
 * ("Black Sea Fleet"), stand-alone abbreviations ("SMD"), and abbreviations in brackets right after a
 * unit ("(CAA, …", "[DNR AC]"), which carry the unit they abbreviate as `expansion`.
 *
 * Priority 80: a unit name beats the place names inside it ("1st Donetsk People's Republic Army Corps").
 * A demonym right before a unit stays outside the span and becomes its `nationality`.
 */
export const unitGrammarRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, NAME, ['priority']);
  const priority = optionNumber(options, 'priority', NAME, 80, [0, 1000]);
  const { ordinalWords } = ruleData<{ ordinalWords: string[] }>('unit-modifiers.json');
  const grammar: UnitGrammar = {
    lexicon: loadUnitLexicon(),
    spelledOrdinals: new Map(ordinalWords.map((w, k) => [w.toLowerCase(), k + 1])),
    functionWords: functionWords(),
  };
  const { standalone } = grammar.lexicon;
  // Bits in the word view's key classes, so that the words that start nothing cost a bit test each.
  const SPELLED_ORDINAL = keyClass('unit.spelled-ordinal', grammar.spelledOrdinals.keys());
  const STARTS_PART = keyClass('unit.starts-part', grammar.lexicon.phrases.firstWords());
  const STANDALONE = keyClass('unit.standalone', [...standalone.keys()].map(foldKey));
  // A word starting with a digit, as a bit of its form: the test read each word's text, a memory access per
  // word of every document (see mayBeOrdinal).
  const DIGIT_START = keyClassWhere('unit.digit-start', startsWithDigit);
  /**
   * The word can be an ordinal: it starts with a digit (ordinalOf reads the suffix) or is a spelled-out one.
   * Both are bits of the word's form; the text's first character and the key's are the same digit or both none.
   */
  const MAY_BE_ORDINAL = DIGIT_START | SPELLED_ORDINAL;

  return {
    name: NAME,
    recognize(doc, candidates) {
      const { words, sentenceStarts, classes } = wordView(doc);
      const index = CandidateIndex.of(candidates);
      const text = doc.text;
      const out: Mention[] = [];
      /** Where an ambiguous abbreviation's full name first stands in the text (-1: nowhere), per full name. */
      const fullNameAt = new Map<string, number>();

      const mention = (first: number, end: number, type: EntityType, form: MentionForm, confidence: number, canonical: string, expansion?: string): Mention => {
        const start = words[first]!.start;
        const stop = words[end - 1]!.end;
        const m = new MentionRecord(start, stop, text.slice(start, stop), type, form, NAME, priority, confidence);
        m.canonical = canonical;
        if (expansion !== undefined) m.expansion = expansion;
        const before = words[first - 1];
        const demonym = before && adjacent(text, before, words[first]!) ? index.demonymEndingAt(before.end) : undefined;
        if (demonym?.ref) m.nationality = demonym.ref.id;
        return m;
      };
      /** Abbreviations the document coined for a unit in brackets ("SGMRB"), to the unit's name after its ordinal. */
      const coined = new Map<string, string>();
      /** Canonical names of the units read so far: an ambiguous abbreviation's support. */
      const namedUnits = new Set<string>();
      const emitUnit = (u: ParsedUnit): void => {
        namedUnits.add(u.canonical);
        const m = mention(u.first, u.end, 'MilitaryUnit', u.acronym ? 'acronym' : 'name', u.confidence, u.canonical);
        const ref = index.refFor(m.start, m.end, 'MilitaryUnit');
        if (ref) m.ref = ref;
        out.push(m);
      };
      // A demonym is never part of a unit name: the name reaches back no further than the word after it.
      const demonymStop = (from: number, floor: number): number => {
        for (let k = from - 1; k >= floor && from - k <= 3; k--) if (index.demonymEndingAt(words[k]!.end)) return k + 1;
        return floor;
      };

      for (let s = 0; s + 1 < sentenceStarts.length; s++) {
        const limit = sentenceStarts[s + 1]!;
        let floor = sentenceStarts[s]!;
        for (let i = floor; i < limit; ) {
          const w = words[i]!;
          const wordClasses = classes[i]!;
          const ordinalLike = (wordClasses & MAY_BE_ORDINAL) !== 0;
          const ordinalUnit = ordinalLike ? parseOrdinalUnit(grammar, text, words, i, limit) : undefined;
          if (ordinalUnit) {
            emitUnit(ordinalUnit);
            const abbreviation = bracketedAbbreviation(grammar, words, ordinalUnit, limit);
            if (abbreviation) {
              out.push(
                mention(abbreviation.first, abbreviation.end, 'MilitaryUnit', 'acronym', 0.9, ordinalUnit.canonical, ordinalUnit.canonical),
              );
            }
            const initials = abbreviation ? undefined : initialsInBracket(words, ordinalUnit.first, ordinalUnit.end, limit);
            if (initials) {
              coined.set(initials.abbr, ordinalUnit.canonical.slice(ordinalUnit.canonical.indexOf(' ') + 1));
              out.push(mention(initials.start, initials.stop, 'MilitaryUnit', 'acronym', 0.9, ordinalUnit.canonical, ordinalUnit.canonical));
              i = floor = initials.stop;
              continue;
            }
            i = floor = ordinalUnit.end;
            continue;
          }
          const coinedName = ordinalLike && coined.size > 0 && i + 1 < limit && adjacent(text, w, words[i + 1]!) ? coined.get(words[i + 1]!.text) : undefined;
          if (coinedName) {
            const ordinal = ordinalOf(w.text, w.key, grammar.spelledOrdinals);
            if (ordinal) {
              emitUnit({ first: i, end: i + 2, canonical: `${ordinal} ${coinedName}`, acronym: true, confidence: 0.85, echelon: coinedName.split(' ').pop()! });
              i = floor = i + 2;
              continue;
            }
          }
          const coordinated = ordinalLike ? coordinatedOrdinals(i, limit) : undefined;
          if (coordinated) {
            for (const k of coordinated.ordinals) {
              const ordinal = ordinalOf(words[k]!.text, words[k]!.key, grammar.spelledOrdinals)!;
              emitUnit({ first: k, end: k + 1, canonical: `${ordinal}${coordinated.unit.canonical.slice(coordinated.unit.canonical.indexOf(' '))}`, acronym: false, confidence: 0.8, echelon: coordinated.unit.echelon });
            }
            i = coordinated.last;
            continue;
          }
          const alone = wordClasses & STANDALONE ? standalone.get(w.text) : undefined;
          if (alone) {
            const m = mention(i, i + 1, alone.type, 'acronym', alone.ambiguous ? 0.7 : 0.85, alone.name, alone.name);
            if (!alone.ambiguous) out.push(m);
            else if (!otherSenseNear(alone.otherSense, i, sentenceStarts[s]!, limit) && supported(m, i, limit)) out.push(m);
            i++;
            continue;
          }
          // Lower-case echelons are read too ("the Azov battalion"); parseNamedUnit lowers their confidence.
          const echelon = i > floor && wordClasses & STARTS_PART ? matchPart(grammar, words, i, limit, true) : undefined;
          const named = echelon ? parseNamedUnit(grammar, text, words, i, echelon, demonymStop(i, floor)) : undefined;
          if (named) {
            emitUnit(named);
            for (const name of coordinatedNames(named, echelon!, floor)) emitUnit(name);
            i = floor = named.end;
            continue;
          }
          i++;
        }
      }
      /**
       * "the 6th and 20th Combined Arms Armies", "the 20th, 29th, and 35th CAAs": ordinals coordinated before
       * one unit name each name a unit of that kind. Returns the ordinals before the last one and the last
       * one's word index (read as a unit as usual) with its parse.
       */
      function coordinatedOrdinals(i: number, limit: number): { ordinals: number[]; last: number; unit: ParsedUnit } | undefined {
        const ordinals: number[] = [];
        let j = i;
        while (j < limit && ordinalOf(words[j]!.text, words[j]!.key, grammar.spelledOrdinals)) {
          const unit = j > i ? parseOrdinalUnit(grammar, text, words, j, limit) : undefined;
          if (unit) return ordinals.length > 0 ? { ordinals, last: j, unit } : undefined;
          ordinals.push(j);
          let next = j + 1;
          if (words[next]?.text === ',') next++;
          next += conjunctionAt(next);
          if (next === j + 1) return undefined;
          j = next;
        }
        return undefined;
      }
      /**
       * Words of a conjunction between coordinated ordinals at k: "and", "or", "&", and "and/or" (as one word or three;
       * "the 911th and/or 915th Brigades": 1 split name of the ISW dev golds missed before).
       */
      function conjunctionAt(k: number): number {
        const key = words[k]?.key;
        if (key === 'and/or') return 1;
        if (key === 'and' && words[k + 1]?.text === '/' && words[k + 2]?.key === 'or') return 3;
        return key === 'and' || key === 'or' || words[k]?.text === '&' ? 1 : 0;
      }
      /**
       * "the Baltic and Northern Fleets", "the Southern, Central, and Eastern Military Districts": names
       * coordinated before a PLURAL named echelon each name a unit of that kind. Without this the earlier
       * names stay bare words ("Baltic" a region) that break the list they stand in. A singular echelon
       * ("the Army and Navy Fleet") is one name and is left alone.
       */
      /** A word of the abbreviation's other sense within three words of word i, in its sentence. */
      function otherSenseNear(sense: ReadonlySet<string>, i: number, from: number, limit: number): boolean {
        if (sense.size === 0) return false;
        for (let k = Math.max(from, i - 3); k < Math.min(limit, i + 4); k++) if (sense.has(words[k]!.key)) return true;
        return false;
      }
      /**
       * A singular echelon used as a modifier ("the Baltic and Pacific Fleet coastal troops", "Southern and
       * Central Military District units"): a lower-case noun follows, and English keeps the modifier singular
       * where each name is its own unit.
       */
      function attributive(end: number): boolean {
        const next = words[end];
        return next !== undefined && !next.capitalized && ATTRIBUTIVE_HEADS.has(next.key);
      }
      function coordinatedNames(named: ParsedUnit, echelon: PhraseMatch<UnitPart>, floor: number): ParsedUnit[] {
        const lastKey = words[named.end - 1]!.key;
        if ((lastKey === foldKey(named.echelon) || !lastKey.endsWith('s')) && !attributive(named.end)) return [];
        const found: ParsedUnit[] = [];
        let end = named.first;
        // The separator nearest the echelon holds the conjunction ("A, B, and C Fleets"); earlier ones are commas.
        for (let joined = false; ; ) {
          let k = end - 1;
          const conjunction = words[k]?.key === 'and' || words[k]?.key === 'or';
          if (conjunction === joined) break;
          if (conjunction) k--;
          if (k >= floor && words[k]!.text === ',') k--;
          if (k < floor || k === end - 1) break;
          joined = true;
          const stop = demonymStop(k + 1, floor);
          let first = k + 1;
          while (first - 1 >= stop && k + 1 - first < NAME_WORDS && isUnitNameWord(grammar, words[first - 1]!)) first--;
          if (first === k + 1) break;
          const name = words.slice(first, k + 1).map((w) => w.text);
          found.push({ first, end: k + 1, canonical: [...name, echelon.value.canonical].join(' '), acronym: false, confidence: named.confidence, echelon: named.echelon });
          end = first;
        }
        return found;
      }
      return out;
      /**
       * An abbreviation that is a common initialism elsewhere ("WMD") names its formation only with support: the
       * full name earlier in the document, written out ("Western Military District (WMD)") or coordinated ("the Western
       * and Eastern Military Districts (WMD and EMD)"), or a formation noun right after it ("WMD units", "the WMD
       * commander"). A document merely naming some unit was the support before: on the 294 ISW
       * reports it let "a false-flag WMD attack" be the district. Where each full name first stands is looked up
       * once per document.
       */
      function supported(m: Mention, i: number, limit: number): boolean {
        let full = fullNameAt.get(m.canonical!);
        if (full === undefined) fullNameAt.set(m.canonical!, (full = text.indexOf(m.canonical!)));
        if (full >= 0 && full < m.start) return true;
        return namedUnits.has(m.canonical!) || (i + 1 < limit && FORMATION_NOUNS_AFTER.has(words[i + 1]!.key));
      }
    },
  };
};

/**
 * The first item of a bracket right after a unit, when it is made only of unit abbreviations ending in
 * the same echelon: "51st Combined Arms Army (CAA, formerly …" or "… Army Corps [DNR AC]".
 */
function bracketedAbbreviation(g: UnitGrammar, words: readonly Word[], unit: ParsedUnit, limit: number): { first: number; end: number } | undefined {
  const open = words[unit.end];
  if (!open || !OPEN.has(open.text)) return undefined;
  const first = unit.end + 1;
  let j = first;
  let last: string | undefined;
  while (j < limit && !ITEM_END.has(words[j]!.text)) {
    const m = matchPart(g, words, j, limit, false);
    if (!m?.value.abbreviation) return undefined;
    last = m.value.canonical.split(' ').pop();
    j += m.length;
  }
  if (j === first || j >= limit || last !== unit.echelon) return undefined;
  return { first, end: j };
}
