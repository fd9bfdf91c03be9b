import type { Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';

/**
 * Parties no list knows, named before a lower-case "party" ("the opposition Zentra party", "the outlawed
 * extremist Vorad party", "Tuesday's decision by the United Torah Front party"): wire news names many small
 * parties once. The capitalized words right before "party" are the party's name, an Organization, the
 * lower-case "party" outside the span as the guidelines keep designators ("[Labor] party"). Parties named
 * after a place are withPartyNames' (the place recognizers find them first).
 *
 * Precision: only a run of capitalized words no mention touches, opened by "the", a possessive or a lower-case
 * adjective ("opposition", "ruling"), never by "a"/"his"/a number ("a Christmas party", "his Birthday party")
 * nor at a sentence's start (a capital there says nothing).
 */
const PARTY = / part(?:y|ies)\b/g;
const WORD_END = /(?:^|[\s("“])([A-Z][\p{L}'’-]*)$/u;
const MAX_WORDS = 4;
/** Capitalized words that open a sentence or a phrase and are no part of a name. */
const NOT_NAME = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'In', 'Of', 'On', 'For', 'And', 'By', 'To', 'Mr', 'Mrs', 'Ms']);
/** Lower-case words before the name that make it a thing's party, not a political one. */
const NOT_OPENERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose', 'every', 'each', 'another']);
const LOWER_WORD_BEFORE = /([\p{Ll}][\p{L}'’-]*) $/u;

export function withUnlistedParties(text: string, mentions: Mention[]): Mention[] {
  if (!text.includes(' part')) return mentions;
  let added: Mention[] | undefined;
  for (const hit of text.matchAll(PARTY)) {
    const end = hit.index;
    // The capitalized words before " party", each after one space: "the [United Torah Front] party".
    let start = end;
    let words = 0;
    for (let at = end; words < MAX_WORDS; words++) {
      const w = WORD_END.exec(text.slice(Math.max(0, at - 40), at));
      if (!w || NOT_NAME.has(w[1]!) || /['’]s?$/.test(w[1]!)) break;
      start = at - w[1]!.length;
      if (text[start - 1] !== ' ') break;
      at = start - 1;
    }
    if (words === 0) continue;
    // "the", a possessive or a lower-case adjective opens the name; a sentence's start or a capital does not.
    const before = text.slice(Math.max(0, start - 30), start);
    const opener = /['’]s? $/.test(before) || /\b[Tt]he $/.test(before) ? 'ok' : LOWER_WORD_BEFORE.exec(before)?.[1];
    if (!opener || NOT_OPENERS.has(opener)) continue;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const org = new MentionRecord(start, end, text.slice(start, end), 'Organization', 'name', 'party-name', 60, 0.75);
    (added ??= []).push(org);
  }
  return added ? mentions.concat(added).sort((a, b) => a.start - b.start) : mentions;
}
