import type { EntityType, Mention } from '../../model/document.js';
import type { RecognizerFactory } from '../recognizer.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { wordView, adjacent, type Word } from '../../model/words.js';
import { CandidateIndex } from '../lexical/candidate-index.js';
import { functionWords } from '../lexical/function-words.js';
import { ruleData } from '../lexical/rule-data.js';
import { PhraseTable } from '../lexical/phrase-table.js';
import { initialsMatch } from '../acronyms/initials.js';
import { ordinalOf } from '../units/ordinal.js';
import { MentionRecord } from '../../model/records.js';
import { keyClass } from '../../model/key-classes.js';

const NAME = 'acronym';
/** "SBU", "MoD", "BTGs": a capital, then letters/digits with at least one more capital. */
const ACRONYM = /^\p{Lu}[\p{L}\d&]*\p{Lu}[\p{L}\d&]*$/u;
const MAX_ACRONYM = 10;
/** Capitals and a lower-case plural ending: "BTGs", "CAAs". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}[\p{Lu}\d]*s$/u;
/** Words searched back from "(ACR)" for a long form when no candidate ends there. */
const MAX_LONG_FORM = 10;
const OPEN = new Set(['(', '[']);
const AFTER = new Set([')', ']', ',', ';']);
const LONG_FORM_TYPES = new Set<EntityType>(['Organization', 'MilitaryUnit', 'Place']);

interface Definition {
  acronym: string;
  /** Offset of the definition, to pick the nearest earlier one for a use. */
  at: number;
  longText: string;
  canonical: string;
  type: EntityType;
  nationality?: string;
}

/**
 * Acronyms defined in the text, learned per document: "Long Name (ACR)" or "Long Name [ACR]" where the
 * long form is a candidate proposed before (any letters: "Security Service of Ukraine (SBU)") or a run of
 * capitalized words whose initials spell the acronym ("Hay'at Tahrir Al-Sham (HTS)"), which then becomes a
 * mention itself. Every use of the acronym in the document becomes a mention with form `acronym`, the long
 * form as `expansion` and its type; an ordinal before it makes a unit ("113th XYZ").
 */
export const acronymRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, NAME, ['priority']);
  const priority = optionNumber(options, 'priority', NAME, 65, [0, 1000]);
  const fw = functionWords();
  const optional = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'al', 'el', 'an', 'ad', 'ar', 'as', 'ash', 'at', 'az', '&']);
  const echelons = new PhraseTable<true>();
  for (const e of ruleData<{ echelons: { name: string; plural?: string }[] }>('unit-echelons.json').echelons) {
    echelons.add(e.name, true);
    if (e.plural) echelons.add(e.plural, true);
  }
  const notNames = new Set(ruleData<{ notNames: string[] }>('organization-heads.json').notNames.map((w) => w.toLowerCase()));
  const { ordinalWords } = ruleData<{ ordinalWords: string[] }>('unit-modifiers.json');
  const spelled = new Map(ordinalWords.map((w, k) => [w.toLowerCase(), k + 1]));
  // An opening bracket as a bit of the word's form: the scan for "(ACR)" tests every word of the document, and
  // the bit spares it reading each word's record and text (a bracket's key is itself).
  const OPENS = keyClass('acronym.open-bracket', OPEN);

  return {
    name: NAME,
    recognize(doc, candidates) {
      const { words, classes } = wordView(doc);
      const text = doc.text;
      // The candidate index only once a bracketed acronym is found: most documents define none, and extending
      // the index with the candidates added since the last recognizer that used it merges all of them.
      let indexed: CandidateIndex | undefined;
      const index = (): CandidateIndex => (indexed ??= CandidateIndex.of(candidates));
      const out: Mention[] = [];
      const definitions = new Map<string, Definition[]>();
      const defined = new Set<number>();
      // Whether some defined acronym's word is not `capitalized` (its first letter outside the BMP): only then
      // can a word that is not capitalized be a use. A word's `capitalized` depends on its text alone, so
      // otherwise the uses are looked for among capitalized words only: the look-up by text at every word of a
      // document defining an acronym was the recognizer's costliest line (~2% of the stage's CPU profile).
      let uncapitalized = false;

      for (let p = 1; p + 2 < words.length; p++) {
        if (!(classes[p]! & OPENS)) continue;
        const open = words[p]!;
        if (!OPEN.has(open.text) || open.sentence !== words[p - 1]!.sentence) continue;
        const acr = words[p + 1]!;
        if (!ACRONYM.test(acr.text) || acr.text.length > MAX_ACRONYM || !AFTER.has(words[p + 2]!.text)) continue;
        const def = definitionBefore(p, acr.text);
        if (!def) continue;
        const list = definitions.get(acr.text) ?? [];
        list.push(def);
        definitions.set(acr.text, list);
        defined.add(p + 1);
        if (!acr.capitalized) uncapitalized = true;
        if (!index().covers(acr.start, acr.end)) out.push(use(p + 1, p + 2, def, def.nationality));
      }
      if (definitions.size === 0) return out;

      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
        if (!w.capitalized && !uncapitalized) continue;
        const defs = definitions.get(w.text);
        if (!defs || defined.has(k)) continue;
        const def = nearestBefore(defs, w.start);
        const ordinal = k > 0 && adjacent(text, words[k - 1]!, w) ? ordinalOf(words[k - 1]!.text, words[k - 1]!.key, spelled) : undefined;
        if (ordinal && def.type === 'MilitaryUnit') {
          if (index().someOverlapping(words[k - 1]!.start, w.end)) continue;
          const m = use(k - 1, k + 1, def, nationalityBefore(k - 1));
          m.canonical = `${ordinal} ${withoutOrdinal(def.canonical)}`;
          out.push(m);
          continue;
        }
        if (index().someOverlapping(w.start, w.end)) continue;
        out.push(use(k, k + 1, def, nationalityBefore(k)));
      }
      return out;

      /** The long form ending right before the bracket at word `p`, as a definition of `acr`. */
      function definitionBefore(p: number, acr: string): Definition | undefined {
        // "battalion tactical groups (BTGs)": a plural abbreviation of a plural noun names a kind of thing.
        if (PLURAL_ACRONYM.test(acr) && words[p - 1]!.key.endsWith('s')) return undefined;
        const endOffset = words[p - 1]!.end;
        const candidate = index().endingAt(endOffset).filter((m) => m.form === 'name' && LONG_FORM_TYPES.has(m.type)).sort((a, b) => a.start - b.start)[0];
        if (candidate) {
          const longWords = wordsIn(candidate.start, p);
          // A place's acronym may spell only its head: "Zaporizhzhia Nuclear Power Plant (NPP)".
          if (!initialsMatch(acr, longWords.map((w) => w.text), optional) && candidate.type === 'Place' && !headInitialsMatch(acr, longWords)) return undefined;
          const def: Definition = { acronym: acr, at: words[p]!.start, longText: candidate.text, canonical: candidate.canonical ?? candidate.text, type: candidate.type };
          if (candidate.nationality) def.nationality = candidate.nationality;
          return def;
        }
        // "Main Battle Tanks (MBT)" names a thing, not an organization.
        if (notNames.has(words[p - 1]!.key)) return undefined;
        for (let s = p - 1; s >= 0 && p - s <= MAX_LONG_FORM; s--) {
          const w = words[s]!;
          if (w.sentence !== words[p]!.sentence || w.punct || w.possessive || (!w.capitalized && !optional.has(w.key) && !w.key.includes('-'))) return undefined;
          if (!w.capitalized || fw.has(w.key)) continue;
          const longWords = words.slice(s, p);
          if (!initialsMatch(acr, longWords.map((x) => x.text), optional)) continue;
          const start = w.start;
          const longText = text.slice(start, endOffset);
          const type: EntityType = endsWithEchelon(p) ? 'MilitaryUnit' : 'Organization';
          out.push(new MentionRecord(start, endOffset, longText, type, 'name', NAME, priority, 0.8));
          return { acronym: acr, at: words[p]!.start, longText, canonical: longText, type };
        }
        return undefined;
      }
      /** The acronym spells the initials of the long form's last two or more words ("Nuclear Power Plant"). */
      function headInitialsMatch(acr: string, longWords: readonly Word[]): boolean {
        for (let k = 1; longWords.length - k >= 2; k++) if (initialsMatch(acr, longWords.slice(k).map((w) => w.text), optional)) return true;
        return false;
      }
      function endsWithEchelon(p: number): boolean {
        for (let s = Math.max(0, p - 3); s < p; s++) {
          const m = echelons.match(words, s, p);
          if (m && s + m.length === p) return true;
        }
        return false;
      }
      function wordsIn(start: number, p: number): Word[] {
        let s = p - 1;
        while (s > 0 && words[s - 1]!.start >= start) s--;
        return words.slice(s, p);
      }
      function use(first: number, end: number, def: Definition, nationality: string | undefined): Mention {
        const start = words[first]!.start;
        const stop = words[end - 1]!.end;
        const m = new MentionRecord(start, stop, text.slice(start, stop), def.type, 'acronym', NAME, priority, 0.85);
        m.expansion = def.longText;
        m.canonical = def.canonical;
        if (nationality) {
          m.nationality = nationality;
          // "UK MoD" after "Russian Ministry of Defense (MoD)": another country's ministry.
          if (def.nationality && nationality !== def.nationality) m.canonical = `${def.longText} (${countryName(first)})`;
        }
        return m;
      }
      /** Nationality from a demonym or a country name right before word k ("Russian MoD", "UK MoD"). */
      function nationalityBefore(k: number): string | undefined {
        const before = words[k - 1];
        if (!before || !adjacent(text, before, words[k]!)) return undefined;
        const m = index().endingAt(before.end).find((c) => c.form === 'demonym' || c.ref?.placeKind === 'Country');
        return m?.ref?.id;
      }
      function countryName(k: number): string {
        const before = words[k - 1]!;
        const m = index().endingAt(before.end).find((c) => c.form === 'demonym' || c.ref?.placeKind === 'Country');
        return m?.ref?.name ?? before.text;
      }
    },
  };
};

function nearestBefore(defs: readonly Definition[], offset: number): Definition {
  let best = defs[0]!;
  for (const d of defs) if (d.at <= offset) best = d;
  return best;
}

function withoutOrdinal(name: string): string {
  return name.replace(/^\S+(st|nd|rd|th)\s+/i, '');
}
