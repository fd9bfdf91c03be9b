import type { Mention } from '../../model/document.js';
import type { RecognizerFactory } from '../recognizer.js';
import { checkOptionKeys, optionBoolean, optionNumber } from '../../stage/options.js';
import { wordView, adjacent } from '../../model/words.js';
import { CandidateIndex } from '../lexical/candidate-index.js';
import { PhraseTable } from '../lexical/phrase-table.js';
import { functionWords } from '../lexical/function-words.js';
import { ruleData } from '../lexical/rule-data.js';
import { parseOrganization, type OrganizationContext } from '../orgs/parse.js';
import { keyClass } from '../../model/key-classes.js';
import { MentionRecord } from '../../model/records.js';

const NAME = 'organization';
/** Candidates whose words an organization name never takes in. */
const EXCLUDING = new Set(['Person', 'MilitaryUnit']);
const excludes = (m: Mention): boolean => EXCLUDING.has(m.type);
const DIGIT = /\d/;
const CURATED_TYPES = ['Organization', 'MilitaryUnit'];

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
  const data = ruleData<{ heads: string[]; standalone: string[] }>('organization-heads.json');
  const heads = new PhraseTable<true>();
  for (const h of data.heads) heads.add(h, true);
  const standalone = new PhraseTable<string>();
  for (const s of data.standalone) standalone.add(s, s);
  const fw = functionWords();
  // Bits in the word view's key classes: a capitalized word that starts neither table costs a bit test.
  const STARTS_STANDALONE = keyClass('organization.starts-standalone', standalone.firstWords());
  const STARTS_HEAD = keyClass('organization.starts-head', heads.firstWords());

  return {
    name: NAME,
    recognize(doc, candidates) {
      const { words, sentenceStarts, titleCase, classes } = wordView(doc);
      const text = doc.text;
      const index = CandidateIndex.of(candidates);
      const out: Mention[] = [];
      const demonymAt = (k: number): Mention | undefined => index.demonymStartingAt(words[k]!.start);
      const demonymBefore = (k: number): boolean => k > 0 && adjacent(text, words[k - 1]!, words[k]!) && index.demonymEndingAt(words[k - 1]!.end) !== undefined;
      const excluded = (k: number): boolean => {
        const w = words[k]!;
        if (DIGIT.test(w.text) || demonymAt(k)) return true;
        return index.someOverlapping(w.start, w.end, excludes);
      };

      for (let s = 0; s + 1 < sentenceStarts.length; s++) {
        const limit = sentenceStarts[s + 1]!;
        const context: OrganizationContext = { text, words, limit, heads, functionWords: fw, excluded, demonymBefore };
        for (let i = sentenceStarts[s]!; i < limit; ) {
          const w = words[i]!;
          if (!w.capitalized) {
            i++;
            continue;
          }
          const alone =
            classes[i]! & STARTS_STANDALONE ? standalone.match(words, i, limit, (_, first, end) => words.slice(first, end).every((x) => x.capitalized)) : undefined;
          if (alone) {
            out.push(mention(i, i + alone.length, 0.85, alone.value));
            i += alone.length;
            continue;
          }
          const org = classes[i]! & STARTS_HEAD ? parseOrganization(context, i) : undefined;
          // In a title-case headline every word is capitalized, so only an "of …" complement shows a name.
          if (!org || (titleCase[s] && !org.complement)) {
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
          else if (index.covers(m.start, m.end, CURATED_TYPES) || index.refFor(m.start, m.end, 'Place')?.source === 'regions') {
            // (A curated region of the same span is that place, whatever its head-word: "the West Bank".)
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
      function wordAtStart(offset: number, fallback: number): number {
        let k = fallback;
        while (k > 0 && words[k - 1]!.start >= offset) k--;
        return words[k]!.start === offset ? k : fallback;
      }
    },
  };
};
