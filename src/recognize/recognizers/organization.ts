import type { Mention } from '../../model/document.js';
import type { RecognizerFactory } from '../recognizer.js';
import { checkOptionKeys, optionBoolean, optionNumber } from '../../stage/options.js';
import { wordView, adjacent } from '../../model/words.js';
import { CandidateIndex } from '../lexical/candidate-index.js';
import { PhraseTable } from '../lexical/phrase-table.js';
import { functionWords } from '../lexical/function-words.js';
import { ruleData } from '../lexical/rule-data.js';
import { parseOrganization, type OrganizationContext } from '../orgs/parse.js';
import { MissionForces } from '../orgs/mission-force.js';
import { keyClass } from '../../model/key-classes.js';
import { foldKey } from '../../model/words.js';
import { MentionRecord } from '../../model/records.js';
import { loadCommonWords } from '../../gazetteer/load.js';

const NAME = 'organization';
/** Candidates whose words an organization name never takes in. */
const EXCLUDING = new Set(['Person', 'MilitaryUnit']);
const excludes = (m: Mention): boolean => EXCLUDING.has(m.type);
const DIGIT = /\d/;
const CURATED_TYPES = ['Organization', 'MilitaryUnit'];
/** Ranks that may follow a service named alone ("Air Force Brigadier General X"); "General" is not one ("Army General"). */
const RANKS_AFTER_SERVICE: ReadonlySet<string> = new Set(['brigadier', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'private', 'corporal', 'admiral', 'secretary', 'chief', 'spokesman', 'majority', 'minority']);
/** A place a list names as a region, an area or a country (never a town: "Central Bank" may be a village's name too). */
const LISTED_AREA_KINDS = new Set(['Region', 'AdministrativeArea', 'Country']);
const isListedArea = (m: Mention): boolean => m.type === 'Place' && m.form !== 'demonym' && m.ref !== undefined && LISTED_AREA_KINDS.has(m.placeKind ?? '');

/**
 * Organizations by head-word ("Main Intelligence Directorate", "Ministry of Defense", "General Staff of
 * the Armed Forces of Ukraine") and by names that stand for one ("the Kremlin"). Head-words and names are
 * data (`gazetteers/rules/organization-heads.json`).
 *
 * A demonym before the name ("Russian Defense Ministry") stays outside the span and becomes the mention's
 * `nationality`; the canonical name then carries the country ("Defense Ministry (Russia)") so that two
 * countries' ministries do not merge. Option `nationalityInSpan` keeps the demonym inside the span instead,
 * as some annotation schemes do.
 *
 * Rule for "National Guard": with an ordinal or echelon ("4th National Guard Brigade") it is a unit (the
 * unit grammar, priority 80, wins); alone ("the National Guard", "National Guard of Ukraine") it is the
 * service, an Organization.
 */
export const organizationRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, NAME, ['priority', 'nationalityInSpan']);
  const priority = optionNumber(options, 'priority', NAME, 70, [0, 1000]);
  const nationalityInSpan = optionBoolean(options, 'nationalityInSpan', NAME, false);
  const data = ruleData<{ heads: string[]; standalone: string[]; services: string[]; mediaHeads: string[] }>('organization-heads.json');
  const heads = new PhraseTable<true>();
  for (const h of [...data.heads, ...data.mediaHeads]) heads.add(h, true);
  const mediaHeads = new Set(data.mediaHeads.map(foldKey));
  const common = loadCommonWords();
  const standalone = new PhraseTable<string>();
  for (const s of data.standalone) standalone.add(s, s);
  const services = new PhraseTable<true>();
  for (const s of data.services) services.add(s, true);
  const fw = functionWords();
  const unitTypes = new Set(ruleData<{ types: { name: string; variants?: string[] }[] }>('unit-types.json').types.flatMap((t) => [t.name, ...(t.variants ?? [])]).map(foldKey));
  const titleModifiers = new Set(ruleData<{ modifiers: string[] }>('person-titles.json').modifiers.map(foldKey));
  // A weekday ends a name ("the Court of Appeals Tuesday ruled"): the weekdays of the cue rules' stop words
  // (those ending in "day"). Months are left in: a name may hold one ("May Day Committee").
  const weekdays = new Set(ruleData<{ stop: string[] }>('organization-cues.json').stop.map(foldKey).filter((w) => w.endsWith('day')));
  // Bits in the word view's key classes: a capitalized word that starts neither table costs a bit test.
  const STARTS_STANDALONE = keyClass('organization.starts-standalone', standalone.firstWords());
  const STARTS_HEAD = keyClass('organization.starts-head', heads.firstWords());
  const missionForces = new MissionForces();
  const STARTS_FORCE = keyClass('organization.starts-mission-force', missionForces.firstWords());
  // serviceAt was asked at every capitalized word that opens no head-word name (a map look-up and a closure each);
  // a service's first word is one of few ("Senate", "Army", "Air" …).
  const STARTS_SERVICE = keyClass('organization.starts-service', services.firstWords());

  return {
    name: NAME,
    recognize(doc, candidates) {
      const { words, sentenceStarts, titleCase, classes } = wordView(doc);
      const text = doc.text;
      const index = CandidateIndex.of(candidates);
      const out: Mention[] = [];
      const demonymAt = (k: number): Mention | undefined => index.demonymStartingAt(words[k]!.start);
      const named = (k: number): boolean => index.someOverlapping(words[k]!.start, words[k]!.end);
      const demonymBefore = (k: number): boolean => k > 0 && adjacent(text, words[k - 1]!, words[k]!) && index.demonymEndingAt(words[k - 1]!.end) !== undefined;
      const excluded = (k: number): boolean => {
        const w = words[k]!;
        if (DIGIT.test(w.text) || demonymAt(k) || weekdays.has(w.key)) return true;
        return index.someOverlapping(w.start, w.end, excludes);
      };
      /** Every word of [first, end) is capitalized: the phrase tables' `accept`, made once per document, not per word tried. */
      const allCapitalized = (_: unknown, first: number, end: number): boolean => {
        for (let k = first; k < end; k++) if (!words[k]!.capitalized) return false;
        return true;
      };
      // One context for the document, its `limit` set per sentence (parseOrganization keeps no reference to it).
      const demonymWord = (k: number): boolean => demonymAt(k) !== undefined;
      const modifierWord = (k: number): boolean => titleModifiers.has(words[k]!.key);
      const context: OrganizationContext = { text, words, limit: 0, heads, functionWords: fw, excluded, demonymBefore, demonymAt: demonymWord, modifierWord, named };

      for (let s = 0; s + 1 < sentenceStarts.length; s++) {
        const limit = sentenceStarts[s + 1]!;
        context.limit = limit;
        for (let i = sentenceStarts[s]!; i < limit; ) {
          const w = words[i]!;
          if (!w.capitalized) {
            i++;
            continue;
          }
          // "the International Security Assistance Force", "KFOR": a multinational force, a unit (orgs/mission-force.ts).
          const force = classes[i]! & STARTS_FORCE || w.allCaps ? missionForces.endAt(text, words, i, limit) : -1;
          if (force > 0 && !excluded(i)) {
            const m = mention(i, force, 0.85);
            m.type = 'MilitaryUnit';
            out.push(m);
            i = force;
            continue;
          }
          const alone =
            classes[i]! & STARTS_STANDALONE ? standalone.match(words, i, limit, allCapitalized) : undefined;
          if (alone) {
            out.push(mention(i, i + alone.length, 0.85, alone.value));
            i += alone.length;
            continue;
          }
          const org = classes[i]! & STARTS_HEAD ? parseOrganization(context, i) : undefined;
          if (!org && !titleCase[s] && classes[i]! & STARTS_SERVICE) {
            const service = serviceAt(i, limit);
            if (service) {
              out.push(mention(service[0], service[1], 0.8));
              i = service[1];
              continue;
            }
          }
          // In a title-case headline every word is capitalized, so only an "of …" complement shows a name.
          if (!org || (titleCase[s] && !org.complement)) {
            i++;
            continue;
          }
          if (!mediaOutlet(org) || armyNotAName(org)) {
            i++;
            continue;
          }
          const before = words[org.first - 1];
          const demonym = before && adjacent(text, before, words[org.first]!) ? index.demonymEndingAt(before.end) : undefined;
          let first = org.first;
          if (demonym && nationalityInSpan) first = wordAtStart(demonym.start, first);
          const m = mention(first, org.end, org.complement || org.end - org.first > 2 ? 0.85 : 0.8);
          // A curated name that already covers this one ("Ukrainian General Staff") knows the organization
          // better than a head-word rule; one with the same span lends its record.
          const ref = index.refFor(m.start, m.end, 'Organization');
          if (ref) m.ref = ref;
          else if (index.someNameWithSpan(m.start, m.end, isListedArea)) {
            // A listed region or country named whole is the place, not a body of its head-word: "the West Bank".
            i = org.end;
            continue;
          }
          else if (index.covers(m.start, m.end, CURATED_TYPES)) {
            i = org.end;
            continue;
          }
          if (demonym?.ref) {
            m.nationality = demonym.ref.id;
            if (!org.complement) m.canonical = `${text.slice(words[org.first]!.start, words[org.end - 1]!.end)} (${demonym.ref.name})`;
          }
          out.push(m);
          i = org.end;
        }
      }
      return out;

      function mention(first: number, end: number, confidence: number, canonical?: string): Mention {
        const start = words[first]!.start;
        const stop = words[end - 1]!.end;
        const m = new MentionRecord(start, stop, text.slice(start, stop), 'Organization', 'name', NAME, priority, confidence);
        if (canonical) m.canonical = canonical;
        return m;
      }
      /**
       * [first, end) of a legislature or armed service named alone at word i ("the Senate", "the Army"), or of a
       * country's ("U.S. Army", "Pakistan Navy": the country's name belongs to the name as used); undefined when a
       * longer listed name holds it ("Russian Navy"), in the rank "Army General", or inside another capitalized run.
       */
      function serviceAt(i: number, limit: number): [number, number] | undefined {
        const m = services.match(words, i, limit, allCapitalized);
        if (!m) return undefined;
        const end = i + m.length;
        let first = i;
        const before = words[i - 1];
        if (before && before.sentence === words[i]!.sentence && adjacent(text, before, words[i]!)) {
          const country = before.capitalized ? index.endingAt(before.end).find((c) => c.type === 'Place' && c.placeKind === 'Country' && c.form !== 'demonym') : undefined;
          if (country) first = wordAtStart(country.start, i);
          // Alone means alone in its capitalized run: "Special Combat Army Reserve" and "General of the Army" are
          // other names; only a rank may follow ("Air Force Brigadier General X"), not "General" ("Army General" is one).
          else if ((before.capitalized && !fw.has(before.key)) || (before.key === 'the' && words[i - 2]?.key === 'of' && words[i - 3]?.key === 'general')) return undefined;
        }
        const after = words[end];
        if (after && after.capitalized && adjacent(text, words[end - 1]!, after) && !RANKS_AFTER_SERVICE.has(after.key)) return undefined;
        // "the Army of Ansar X": an "of" and a capitalized complement make another name.
        if (after?.key === 'of' && words[end + 1]?.capitalized) return undefined;
        if (index.someOverlapping(words[i]!.start, words[end - 1]!.end)) return undefined;
        return [first, end];
      }
      /**
       * A name ending in a news outlet's head ("News", "Television") names an outlet only after one word that is an
       * acronym or no English word ("XYZ News"): "Good News" is a phrase, and a hyphenated word ("Post-XYZ")
       * joins two names. Other names pass.
       */
      function mediaOutlet(org: { first: number; end: number; complement: boolean }): boolean {
        if (org.complement || !mediaHeads.has(words[org.end - 1]!.key)) return true;
        if (org.end - org.first !== 2) return false;
        const w = words[org.first]!;
        return !w.text.includes('-') && (w.allCaps || !common.words.has(w.text.toLowerCase()));
      }
      /**
       * "Army" ends a name ("the Free X Army") unless the capitalized run goes on: "Special Combat Army Reserve" is
       * a longer name no rule reads (a rank may follow: "Army General" is read by the people rules). A unit type
       * before it ("Combined Arms Army", "Guards Tank Army") is a numbered army written without its number.
       */
      function armyNotAName(org: { first: number; end: number; complement: boolean }): boolean {
        if (org.complement || words[org.end - 1]!.key !== 'army') return false;
        const after = words[org.end];
        if (after !== undefined && after.capitalized && adjacent(text, words[org.end - 1]!, after) && !RANKS_AFTER_SERVICE.has(after.key)) return true;
        const type = words.slice(org.first, org.end - 1).map((w) => w.key).filter((k) => k !== 'guards').join(' ');
        return unitTypes.has(type);
      }
      function wordAtStart(offset: number, fallback: number): number {
        let k = fallback;
        while (k > 0 && words[k - 1]!.start >= offset) k--;
        return words[k]!.start === offset ? k : fallback;
      }
    },
  };
};
