import type { Mention } from '../model/document.js';
import { isArgType, typeTest, type ArgType } from './arg-types.js';
import { wordKey } from './items.js';
import { WordSets } from './word-set-bits.js';

/** One compiled element of a rule pattern (see RelationRuleSpec for the notation). */
export type Element =
  /** `set`: the number of `words` (word-set-bits.ts), which the matcher tests by the item's WordInfo. */
  | { kind: 'word'; optional: boolean; words: ReadonlySet<string>; set: number }
  | {
      kind: 'mention';
      optional: boolean;
      bind: 'S' | 'O' | undefined;
      accepts: (m: Mention) => boolean;
      coordinated: boolean;
      possessiveHead: boolean;
      chained: boolean;
    }
  | { kind: 'pronoun'; optional: boolean; bind: 'S' | 'O'; accepts: (m: Mention) => boolean }
  | { kind: 'title'; optional: boolean; capture: boolean }
  | { kind: 'tail'; optional: boolean }
  | { kind: 'aside'; optional: boolean }
  | { kind: 'clause'; optional: boolean }
  | { kind: 'actor'; optional: boolean }
  | {
      kind: 'gap';
      optional: boolean;
      max: number;
      mentions: boolean;
      lists: boolean;
      stops: ReadonlySet<string> | undefined;
      /** The number of `stops` (word-set-bits.ts), or -1 without stops: the matcher tests a stop by the item's WordInfo. */
      stopSet: number;
      /** Skips only words that continue a name (a `namedGap` rule's gaps: see `withNamedGaps`). */
      named: boolean;
    };

export interface CompiledPattern {
  /** Elements from the anchor to the end, matched left to right. */
  forward: Element[];
  /** Elements before the anchor, nearest first, matched right to left. */
  backward: Element[];
  /** Item keys where matching starts: the anchor's words, or MENTION_KEY for a mention anchor. */
  anchorKeys: string[];
  /** What the pattern's other required elements need in the sentence, and on which side of the anchor. */
  needs: Need[];
}

/**
 * A required element of a pattern other than its anchor, as a pre-filter sees it: a word of `words` or a
 * mention `accepts` takes must stand in the sentence, after the anchor (side 1: the forward elements only
 * move rightwards from it), before it (side -1: the backward elements), or anywhere (side 0: a pronoun's
 * antecedent). A sentence or an anchor position lacking one cannot match (requirements.ts).
 */
export type Need = { side: 1 | -1 | 0; words: ReadonlySet<string>; accepts: undefined } | { side: 1 | -1 | 0; words: undefined; accepts: (m: Mention) => boolean };

export const MENTION_KEY = '\u0000mention';

const ARGUMENT = /^(S|O|_)([:~])([A-Za-z|]+)([+^>]*)$/;
const GAP = /^(\*\*?)(\d+)(,?)(?:\[([^\]]+)\])?$/;

export class PatternError extends Error {}

function parseTypes(text: string, pattern: string): ArgType[] {
  const names = text.split('|');
  for (const n of names) if (!isArgType(n)) throw new PatternError(`unknown argument type "${n}" in "${pattern}"`);
  return names as ArgType[];
}

/**
 * One test function per list of types, shared by every element that names the same list: the pre-filter of
 * requirements.ts tests each distinct function once per sentence, not once per element.
 */
const typeTests = new Map<string, (m: Mention) => boolean>();

function acceptsFor(text: string, pattern: string): (m: Mention) => boolean {
  let test = typeTests.get(text);
  if (!test) typeTests.set(text, (test = typeTest(parseTypes(text, pattern))));
  return test;
}

/**
 * Gives every element the same properties in the same order. The matcher reads `kind` and `optional` of
 * elements of all kinds in its hottest tests; objects of one shape keep those reads monomorphic, where
 * seven shapes (one per kind) make every read a slow megamorphic look-up.
 */
function uniform(e: Element): Element {
  const shape = { kind: e.kind, optional: e.optional, words: undefined, set: -1, bind: undefined, accepts: undefined, coordinated: false, possessiveHead: false, chained: false, capture: false, max: 0, mentions: false, lists: false, stops: undefined, stopSet: -1, named: false };
  return Object.assign(shape, e) as Element;
}

function parseElement(raw: string, pattern: string, sets: WordSets): Element {
  return uniform(parseElementOfKind(raw, pattern, sets));
}

function parseElementOfKind(raw: string, pattern: string, sets: WordSets): Element {
  const optional = raw.startsWith('?') && raw.length > 1;
  const body = optional ? raw.slice(1) : raw;
  if (body === '$title') return { kind: 'title', optional, capture: true };
  if (body === '$honorific') return { kind: 'title', optional, capture: false };
  if (body === '$tail') return { kind: 'tail', optional };
  if (body === '$aside') return { kind: 'aside', optional };
  if (body === '$clause') return { kind: 'clause', optional };
  if (body === '$actor') return { kind: 'actor', optional };
  const gap = GAP.exec(body);
  if (gap) {
    const stops = gap[4] === undefined ? undefined : sets.of(gap[4]);
    return { kind: 'gap', optional, max: Number(gap[2]), mentions: gap[1] === '**', lists: gap[3] === ',', stops: stops?.words, stopSet: stops?.set ?? -1, named: false };
  }
  const arg = ARGUMENT.exec(body);
  if (arg) {
    const accepts = acceptsFor(arg[3]!, pattern);
    const bind = arg[1] === '_' ? undefined : (arg[1] as 'S' | 'O');
    if (arg[2] === '~') {
      if (!bind) throw new PatternError(`a pronoun element must bind S or O in "${pattern}"`);
      return { kind: 'pronoun', optional, bind, accepts };
    }
    const flags = arg[4]!;
    return { kind: 'mention', optional, bind, accepts, coordinated: flags.includes('+'), possessiveHead: flags.includes('^'), chained: flags.includes('>') };
  }
  if (body.startsWith('$') || /[:~]/.test(body)) throw new PatternError(`cannot read element "${raw}" in "${pattern}"`);
  const { words, set } = sets.of(body);
  return { kind: 'word', optional, words, set };
}

/**
 * Compiles one pattern string; throws PatternError naming the problem. `sets` numbers its word lists: the rule table's
 * own (compile-rules.ts), shared by all its patterns; a pattern compiled alone gets one of its own.
 */
export function compilePattern(pattern: string, sets: WordSets = new WordSets()): CompiledPattern {
  const elements = pattern.trim().split(/\s+/).map((raw) => parseElement(raw, pattern, sets));
  const binds = (b: 'S' | 'O') => elements.some((e) => (e.kind === 'mention' || e.kind === 'pronoun') && e.bind === b && !e.optional);
  if (!binds('S') || !binds('O')) throw new PatternError(`pattern "${pattern}" must have a required S and O element`);
  let anchor = elements.findIndex((e) => e.kind === 'word' && !e.optional);
  if (anchor < 0) anchor = elements.findIndex((e) => e.kind === 'mention' && !e.optional);
  if (anchor < 0) throw new PatternError(`pattern "${pattern}" has no word or mention to anchor on`);
  const first = elements[anchor]!;
  return {
    forward: elements.slice(anchor),
    backward: elements.slice(0, anchor).reverse(),
    anchorKeys: first.kind === 'word' ? [...first.words] : [MENTION_KEY],
    needs: elements.flatMap((e, i) => (i === anchor ? [] : needOf(e, i < anchor ? -1 : 1))),
  };
}

/** What element `e`, on `side` of the anchor, needs in the sentence (nothing when it is optional or reads no item of its own). */
function needOf(e: Element, side: 1 | -1): Need[] {
  if (e.optional) return [];
  if (e.kind === 'word') return [{ side, words: e.words, accepts: undefined }];
  if (e.kind === 'mention') return [{ side, words: undefined, accepts: e.accepts }];
  // A pronoun's antecedent is any earlier mention item, on either side of the anchor.
  if (e.kind === 'pronoun') return [{ side: 0, words: undefined, accepts: e.accepts }];
  return [];
}

/**
 * The pattern with every gap limited to words that continue a name, for a rule with `namedGap`: its statements
 * need such words between the object and the title (named-gap.ts) anyway, and a gap that stops at the first
 * other word ends an attempt there. Its patterns anchor on every mention of a group or a polity, and letting
 * their gaps run over any words made the relations stage 1.16x slower (relonly A/B, 294 ISW reports).
 */
export function withNamedGaps(pattern: CompiledPattern): CompiledPattern {
  const named = (e: Element): Element => (e.kind === 'gap' ? { ...e, named: true } : e);
  return { ...pattern, forward: pattern.forward.map(named), backward: pattern.backward.map(named) };
}
