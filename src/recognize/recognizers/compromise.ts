import type nlpType from 'compromise';
import type { EntityType, Mention } from '../../model/document.js';
import type { RecognizerFactory } from '../recognizer.js';
import { checkOptionKeys, optionNumber, optionString, PipelineConfigError } from '../../stage/options.js';
import { ruleData } from '../lexical/rule-data.js';
import { PhraseTable, phraseWords } from '../lexical/phrase-table.js';
import { MentionRecord } from '../../model/records.js';

const NAME = 'compromise';
const MODES = ['propose', 'vote'] as const;
type Mode = (typeof MODES)[number];

interface Found {
  text: string;
  offset: { start: number; length: number };
}
type Extract = (d: ReturnType<typeof nlpType>) => Found[];

/** compromise's three name finders and the entity type each proposes. */
const FINDERS: readonly [EntityType, Extract][] = [
  ['Person', (d) => d.people().json({ offset: true }) as Found[]],
  ['Place', (d) => d.places().json({ offset: true }) as Found[]],
  ['Organization', (d) => d.organizations().json({ offset: true }) as Found[]],
];

/** Punctuation and quotes compromise glues to the ends of a match ("Kyiv,", "“plan”"). */
const LEADING = /^[\s"'“”‘’«»(),.;:!?[\]{}—–-]+/u;
const TRAILING = /[\s"'“”‘’«»(),.;:!?[\]{}—–-]+$/u;
const POSSESSIVE = /['’]s$/u;

/**
 * A second opinion from compromise's people()/places()/organizations() (off by default: it runs at about
 * 15–25k tokens/s, far below the pipeline's budget).
 *
 * - `propose` mode: every name compromise finds becomes a candidate at priority 30 (below every rule),
 *   trimmed of punctuation, possessives and leading titles, with offsets mapped back to the document.
 * - `vote` mode: proposes nothing new; where compromise finds exactly the span and type of an earlier
 *   candidate, that candidate is proposed again with its confidence raised by `boost`, so weak rule
 *   candidates that compromise agrees with clear the pipeline's confidence threshold.
 */
export const compromiseRecognizer: RecognizerFactory = async (options) => {
  // compromise takes ~0.5 s to load its lexicon: only pipelines that use this voter pay for it.
  const { default: nlp } = await import('compromise');
  checkOptionKeys(options, NAME, ['mode', 'priority', 'boost']);
  const mode = optionString(options, 'mode', NAME, 'propose') as Mode;
  if (!MODES.includes(mode)) throw new PipelineConfigError(`stage "recognize"`, `recognizer "${NAME}": option "mode" must be one of ${MODES.join(', ')}`);
  const priority = optionNumber(options, 'priority', NAME, 30, [0, 1000]);
  const boost = optionNumber(options, 'boost', NAME, 0.15, [0, 1]);
  const titles = new PhraseTable<true>();
  for (const t of ruleData<{ titles: { title: string }[] }>('person-titles.json').titles) titles.add(t.title, true);

  return {
    name: NAME,
    recognize(doc, candidates) {
      const found: Mention[] = [];
      for (const p of doc.paragraphs) {
        if (p.lang !== 'en' && p.lang !== 'und') continue;
        const text = doc.text.slice(p.start, p.end);
        const parsed = nlp(text);
        for (const [type, extract] of FINDERS) {
          for (const f of extract(parsed)) {
            const span = locate(text, f);
            const trimmed = span && trim(text, span.start, span.end, type === 'Person' ? titles : undefined);
            if (!trimmed) continue;
            const start = p.start + trimmed.start;
            const end = p.start + trimmed.end;
            const m = new MentionRecord(start, end, doc.text.slice(start, end), type, 'name', NAME, priority, 0.6);
            if (type === 'Place') m.placeKind = 'Place';
            found.push(m);
          }
        }
      }
      if (mode === 'propose') return found.sort((a, b) => a.start - b.start || a.end - b.end);
      const agreed = new Set(found.map((m) => `${m.type}|${m.start}|${m.end}`));
      return candidates
        .filter((c) => c.form !== 'demonym' && agreed.has(`${c.type}|${c.start}|${c.end}`))
        .map((c) => {
          const m = MentionRecord.copy(c);
          m.recognizer = NAME;
          m.confidence = Math.min(1, c.confidence + boost);
          return m;
        });
    },
  };
};

/** Where compromise's match lies in the paragraph: its offset when the text is there, else the nearest occurrence. */
function locate(text: string, f: Found): { start: number; end: number } | undefined {
  const { start, length } = f.offset;
  const wanted = f.text.trim();
  if (wanted === '') return undefined;
  if (text.startsWith(wanted, start)) return { start, end: start + wanted.length };
  const at = text.indexOf(wanted, Math.max(0, start - 10));
  if (at >= 0 && at <= start + length + 10) return { start: at, end: at + wanted.length };
  return undefined;
}

/** Drops edge punctuation, a possessive and (for people) leading titles: "President Vladimir," → "Vladimir". */
function trim(text: string, start: number, end: number, titles?: PhraseTable<true>): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    const raw = text.slice(s, e);
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const tail = lead === raw.length ? 0 : (TRAILING.exec(raw)?.[0].length ?? 0);
    if (lead || tail) {
      s += lead;
      e -= tail;
      changed = true;
    }
    if (POSSESSIVE.test(text.slice(s, e))) {
      e -= 2;
      changed = true;
    }
  }
  if (titles) s = afterTitles(text, s, e, titles);
  return e > s ? { start: s, end: e } : undefined;
}

function afterTitles(text: string, s: number, e: number, titles: PhraseTable<true>): number {
  const parts = text.slice(s, e).split(/(\s+)/);
  const keys = phraseWords(text.slice(s, e));
  const m = titles.match(keys.map((key) => ({ key })), 0, keys.length);
  if (!m || m.length >= keys.length) return s;
  // Skip the title's words and the spaces after them.
  let skip = 0;
  for (let k = 0; k < m.length * 2; k++) skip += parts[k]!.length;
  return s + skip;
}
