import { detached } from '../model/detached-string.js';
import type { Doc, Mention } from '../model/document.js';
import { LexemeFlags, LexemeMemo } from '../model/lexicon.js';
import { opensQuote, quotedUnitEnd } from './quoted-unit-item.js';

/**
 * One sentence seen as a sequence of items: each mention is one item (a person's title, when the
 * recognizer split it off, is folded into the person's item), every other token is a word item keyed by
 * its lower-cased text with typographic apostrophes made plain. Rules match over these items.
 */
export interface SentenceItems {
  sentence: number;
  /** Lower-cased word, or '' for a mention item. */
  keys: string[];
  /** Index into doc.mentions, or -1 for a word item. */
  mention: number[];
  start: number[];
  end: number[];
  /** For person items: the title folded into the item (text only). */
  role: (string | undefined)[];
  /**
   * The token of a word item (doc.tokens index), or -1 for a mention item: the relations stage reads a word's
   * facts by its lexeme id through it (word-info.ts), never trusting it past a check of the key.
   */
  token: number[];
  length: number;
}

const APOSTROPHES = /[\u2019\u2018\u02bc`]/g;

/**
 * Keys of the words seen so far. News repeats its vocabulary, and the same key string coming back for the
 * same word keeps later Map/Set look-ups by key cheap; the memo is bounded so a long batch cannot grow it.
 */
const keyMemo = new Map<string, string>();
const KEY_MEMO_LIMIT = 100_000;

/** Each token's key, once per word form (see src/model/lexicon.ts). */
const tokenKeys = new LexemeMemo((text) => wordKey(text));

/** The key of token `t` (lower-cased, plain apostrophes), as its word item has it. */
export const tokenKey = (doc: Doc, t: number): string => tokenKeys.of(doc.tokens, t);

/**
 * Whether the word item of a token may be keyed apart from its token (an apostrophe, "may", a hedging modal: see
 * sentenceItems), once per word form. Read by lexeme id, so that the items of other words (nearly all) are written
 * without reading their key string: comparing each key with the apostrophe was the hottest line of sentenceItems
 * (1.0% of a warm pipeline's CPU profile over the 294 ISW reports, 9e42833: a cache miss on the string per token).
 * With anaphora.ts `opensAnaphor`: sentenceItems, WordInfos.fill, resolveAnaphora and mayRefer 5.5% → 4.3% of the
 * profile (branch speed13; docs/speed-history.md).
 */
const mayRekey = new LexemeFlags((text) => {
  const key = wordKey(text);
  return key === "'" || key === MAY || HEDGING_MODALS.has(key);
});

/** Token `t`'s word item may have a key other than tokenKey(doc, t) (isRekeyed tells from the item's key). */
export const tokenMayRekey = (doc: Doc, t: number): boolean => mayRekey.of(doc.tokens, t);

export function wordKey(text: string): string {
  if (isOwnKey(text)) return closedCompound(text);
  let key = keyMemo.get(text);
  if (key === undefined) {
    // Both detached: a key already in lower case comes back as the same string (see detached-string.ts).
    key = closedCompound(detached(text.replace(APOSTROPHES, "'").toLowerCase()));
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    keyMemo.set(detached(text), key);
  }
  return key;
}

/**
 * A "counter-" compound is keyed in its closed spelling ("counter-attack" → "counterattack", "counter-offensive" →
 * "counteroffensive"), so the rules' word lists hold one spelling: the tokenizer keeps the hyphenated word whole, and
 * no list had it (104 hyphenated forms in the 294 ISW reports; reading them added 21 statements there, 18 judged right,
 * and none on the dev splits).
 */
const COUNTER = 'counter-';
const closedCompound = (key: string): string => (key.length > COUNTER.length && key.startsWith(COUNTER) ? detached('counter' + key.slice(COUNTER.length)) : key);

/**
 * Most words are already their own key: plain ASCII with no capital and no backquote, which neither the
 * apostrophe replacement nor lower-casing changes. Scanning a short word is cheaper than a memo look-up.
 */
function isOwnKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90) || c === 96) return false;
  }
  return true;
}

/** First index in the sorted mention list whose start is ≥ offset. */
export function firstMentionFrom(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Empty items, to be filled by `sentenceItems` (and filled again for the next sentence). */
export function emptyItems(): SentenceItems {
  return { sentence: -1, keys: [], mention: [], start: [], end: [], role: [], token: [], length: 0 };
}

/** Copies item `r` of `from` to place `w` of `to` (the same lists when an item moves down in its own sentence). */
export function copyItem(from: SentenceItems, r: number, to: SentenceItems, w: number): void {
  to.keys[w] = from.keys[r]!;
  to.mention[w] = from.mention[r]!;
  to.start[w] = from.start[r]!;
  to.end[w] = from.end[r]!;
  to.role[w] = from.role[r];
  to.token[w] = from.token[r]!;
}

/** Cuts every list of `items` to its first `n` items. */
export function cutItems(items: SentenceItems, n: number): void {
  items.keys.length = items.mention.length = items.start.length = items.end.length = items.role.length = items.token.length = items.length = n;
}

/**
 * Builds the items of sentence `s`, whose mentions are doc.mentions[firstMention … endMention), into `items`
 * (emptied first): the relations stage fills one set of lists sentence after sentence, since nothing keeps a
 * sentence's items once its rules have run, instead of growing five new lists per sentence.
 */
export function sentenceItems(doc: Doc, s: number, firstMention: number, endMention: number, items: SentenceItems = emptyItems()): SentenceItems {
  const sentence = doc.sentences[s]!;
  items.sentence = s;
  // The lists are written from their start and cut to length at the end, not emptied first: emptying a list
  // (length = 0) drops its storage, and every sentence then grew five lists again from nothing.
  items.length = 0;
  let m = firstMention;
  let previousEnd = sentence.start;
  // Where the current mention's item starts: at its title, but never before the item in front of it.
  let roleStartOf = -1;
  let roleStart = 0;
  const tokens = doc.tokens;
  // The end of the words folded into the last mention item (a quoted unit's quote and echelon: quoted-unit-item.ts).
  let foldedEnd = -1;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const tokenStart = tokens.start[t]!;
    const tokenEnd = tokens.end[t]!;
    if (tokenEnd <= foldedEnd) continue;
    while (m < endMention && doc.mentions[m]!.end <= tokenStart) m++;
    const mention = m < endMention ? doc.mentions[m] : undefined;
    if (mention) {
      if (roleStartOf !== m) {
        roleStartOf = m;
        // A title that reaches back over an earlier item ("Commander of the 58th Army (SMD), X") is not
        // folded: its words and mentions stay items of their own, for `$title … of O` rules to read.
        const folds = mention.role !== undefined && mention.role.end <= mention.start && mention.role.start >= previousEnd;
        roleStart = folds ? mention.role!.start : mention.start;
      }
      if (tokenEnd > roleStart && tokenStart < mention.end) {
        // (Tested for an empty list first: reading index -1 is a slow property look-up, not an element read.)
        if (items.length === 0 || items.mention[items.length - 1] !== m) {
          let start = Math.min(roleStart, mention.start);
          let end = mention.end;
          if (opensQuote(doc, mention, t - 1) && items.length > 0 && items.mention[items.length - 1] === -1 && items.end[items.length - 1] === mention.start) {
            // The opening quote's word item becomes part of the unit's item (its slot is written over).
            start = items.start[items.length - 1]!;
            items.length--;
            let after = t;
            while (after < sentence.tokenEnd && tokens.start[after]! < mention.end) after++;
            end = foldedEnd = quotedUnitEnd(doc, mention, after, sentence.tokenEnd, m + 1 < endMention ? doc.mentions[m + 1]!.start : sentence.end);
          }
          const n = items.length++;
          items.keys[n] = '';
          items.mention[n] = m;
          items.start[n] = start;
          items.end[n] = end;
          items.role[n] = roleText(mention, roleStart);
          items.token[n] = -1;
          previousEnd = end;
        }
        continue;
      }
    }
    const key = tokenKeys.of(tokens, t);
    const n = items.length++;
    items.keys[n] =
      !mayRekey.of(tokens, t) ? key
      : key === "'" ? possessiveKey(doc, tokenStart)
      : key === MAY && t > sentence.tokenStart && doc.text.charCodeAt(tokenStart) === 77 ? MONTH_MAY
      : HEDGING_MODALS.has(key) && hedgedPast(tokens, t, sentence.tokenEnd) ? HEDGED_PAST
      : key;
    items.mention[n] = -1;
    items.start[n] = tokenStart;
    items.end[n] = tokenEnd;
    items.role[n] = undefined;
    items.token[n] = t;
    previousEnd = tokenEnd;
  }
  // The six lists always have one length (written together here and in anaphora.ts): cut only when this sentence is
  // shorter than the last one (a sentence as long or longer grew them to its length already). V8's "set length" was
  // 0.6% of a warm pipeline's CPU profile (547cae0, 294 ISW reports); the A/B could not tell this apart (speed10).
  if (items.keys.length !== items.length) items.keys.length = items.mention.length = items.start.length = items.end.length = items.role.length = items.token.length = items.length;
  return items;
}

/**
 * Whether a word item's key may differ from its token's key (`tokenKey`): the only keys sentenceItems writes in
 * place of the token's, a possessive apostrophe's and the month's.
 */
export const isRekeyed = (key: string): boolean => key === POSSESSIVE || key === MONTH_MAY || key === HEDGED_PAST;

const POSSESSIVE = "'s";
const MAY = 'may';
/**
 * "May" capitalized inside a sentence is the month ("on May 27"), never the modal that makes an event a
 * possibility: keyed apart so that the rules' stop words ("may", rules/events.ts IRREALIS) do not read it.
 */
const MONTH_MAY = 'May';

/**
 * "may have" / "might have" / "must have" + the participle of a conflict event hedges a past event ("partisans may have
 * carried out an IED attack in X", "groups must have launched the strike against Y"): the annotation guidelines keep hedged
 * statements. Keyed apart so that the rules' stop words for a possibility or a need ("may", "must": rules/events.ts
 * IRREALIS) do not read it; "may attack X" and "could have captured X" (mostly a counterfactual) keep their modal, and so
 * do other participles ("may have crossed into X", "may have reinforced X": presence is not read through this). Branch
 * iswatk6: 2 of fresh7-read's missed attacks; on the 294 ISW reports 13 statements added, all right (with any participle
 * 17, 2 of them wrong: "may have committed units withdrawn from northeastern X", "fugitives may have crossed into X").
 */
const HEDGING_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'must']);
const HEDGED_PAST = 'may-have';
const EVENT_PARTICIPLES: ReadonlySet<string> = new Set([
  'conducted', 'launched', 'attacked', 'assaulted', 'struck', 'hit', 'shelled', 'targeted', 'destroyed', 'damaged', 'fired',
  'counterattacked', 'advanced', 'captured', 'seized', 'taken', 'retaken', 'recaptured', 'liberated', 'regained', 'overrun',
  'entered', 'encircled', 'withdrawn', 'withdrew', 'retreated', 'abandoned', 'fought', 'repelled', 'killed',
]);
function hedgedPast(tokens: Doc['tokens'], t: number, end: number): boolean {
  return t + 2 < end && tokenKeys.of(tokens, t + 1) === 'have' && EVENT_PARTICIPLES.has(tokenKeys.of(tokens, t + 2));
}

/**
 * A lone apostrophe glued to a word ending in s ("the 19th Army Corps’ 14th Brigade") is the plural
 * possessive: keyed like "'s" so rules need only one form.
 */
function possessiveKey(doc: Doc, start: number): string {
  const before = doc.text.charCodeAt(start - 1);
  return before === 115 || before === 83 ? POSSESSIVE : "'";
}

/** The title text of a mention; a title that spans other mentions is the rules' to read, not the item's. */
function roleText(mention: Mention, roleStart: number): string | undefined {
  if (!mention.role) return undefined;
  return roleStart <= mention.role.start || mention.role.end > mention.start ? mention.role.text : undefined;
}
