import type { Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';

/** A lower-case "party" right after a name: the capitalized words before it name a political party. */
const PARTY_AFTER = /^\s+part(?:y|ies)\b/;
/** One capitalized word (a letter, then letters, hyphens or apostrophes) and the space before the next one. */
const WORD_BEFORE = /([A-Z][\p{L}'’-]*)\s+$/u;
/** Words before a name that are not part of it ("the", sentence-initial words are lower-case or function words). */
const NOT_NAME = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'In', 'Of', 'On', 'For', 'And', 'By', 'To']);
const POSSESSIVE = /['’]s?$/;
/** Longest party name taken: the place plus up to this many capitalized words before it. */
const MAX_BEFORE = 3;

/**
 * Whether `text[at]` may open PARTY_AFTER's `\s+`: an ASCII character other than white space cannot, and
 * after most places comes one (a comma, a full stop), so the slice and the regex run for few of them.
 */
function spaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return !(c < 128) || c === 32 || (c >= 9 && c <= 13);
}

/**
 * A party named after a country or place ("the United Russia party", "the Free Ukraine parties"): the place
 * recognizers find the place's name inside the party's name. When a place mention ends right before a
 * lower-case "party" and capitalized words run into it from the left, the whole run is the party, an
 * Organization, and no place is mentioned. A place alone before "party" ("the Russia party") is left as it
 * is: nothing shows it is a name. Looks at a few characters around each place mention only.
 */
export function withPartyNames(text: string, mentions: Mention[]): Mention[] {
  let swap: Map<Mention, Mention> | undefined;
  for (const m of mentions) {
    if (m.type !== 'Place' || !spaceAt(text, m.end) || !PARTY_AFTER.test(text.slice(m.end, m.end + 10))) continue;
    let start = m.start;
    for (let n = 0; n < MAX_BEFORE; n++) {
      const w = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      // A possessive ("Putin's United Russia party") ends the name: its owner is no part of it.
      if (!w || NOT_NAME.has(w[1]!) || POSSESSIVE.test(w[1]!) || /[.!?:;]\s*$/.test(text.slice(Math.max(0, start - w[0].length - 3), start - w[0].length))) break;
      // A person's name is never part of the party's ("President X Ukraine party" reads badly anyway).
      const from = start - w[0].length;
      if (mentions.some((x) => x.type === 'Person' && x.start <= from && x.end > from)) break;
      start = from;
    }
    if (start === m.start) continue;
    const org = new MentionRecord(start, m.end, text.slice(start, m.end), 'Organization', 'name', 'party-name', m.priority, 0.8);
    (swap ??= new Map()).set(m, org);
  }
  if (!swap) return mentions;
  repeatPartyNames(text, mentions, swap);
  const orgs = [...swap.values()];
  // The party's span replaces the place and any mention inside it (a demonym or person read in its words).
  return mentions.filter((x) => !swap!.has(x) && !orgs.some((o) => x.start >= o.start && x.end <= o.end)).concat(orgs).sort((a, b) => a.start - b.start);
}

/** A letter or digit: a party's name repeated must start at a word's start. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A party the document names once before "party" is that party wherever the document repeats its name
 * ("the United Freedonia party … United Freedonia deputies voted"): a place mention ending a repeat of the
 * name, inside it, is the party too. Only names made above, and only where the repeat is written the same.
 */
function repeatPartyNames(text: string, mentions: readonly Mention[], swap: Map<Mention, Mention>): void {
  const names = new Set([...swap.values()].map((o) => o.text));
  for (const m of mentions) {
    if (m.type !== 'Place' || swap.has(m)) continue;
    for (const name of names) {
      const start = m.end - name.length;
      if (start >= m.start || start < 0 || text.slice(start, m.end) !== name || (start > 0 && WORD_CHAR.test(text[start - 1]!))) continue;
      swap.set(m, new MentionRecord(start, m.end, name, 'Organization', 'name', 'party-name', m.priority, 0.75));
      break;
    }
  }
}
