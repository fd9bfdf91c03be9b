import type { DateMention, Doc } from '../model/document.js';
import { DateMentionRecord } from '../model/records.js';
import type { Ymd } from './calendar.js';
import { chronoParser, chronoReference, chronoResolution } from './chrono-adapter.js';
import { ruleFamilies } from './families.js';
import { insideAny, nameSpans } from './entity-spans.js';
import { referenceDates } from './reference-date.js';
import { refinePeriodParts, refineRanges, type RefinedMention } from './refine.js';
import { isEnglishLike, regionsOf, type Region } from './regions.js';
import type { Anchor, Candidate, DateRule, Resolution, ResolveContext, Tense } from './rule.js';
import { anchorOfValue } from './anchoring.js';
import { selectCandidates } from './select.js';
import { dayValue } from './timex.js';
import { clauseTense } from './tense.js';
import { Trigger, spanTriggers } from './triggers.js';
import { sortInPlace } from '../model/in-order.js';
import { mapPacked } from '../model/packed-list.js';

/** Builds the date annotator for a set of rule families (see `families.ts`); tables compile once here. */
export function createDateAnnotator(families: readonly string[]): (doc: Doc) => void {
  const rules: DateRule[] = families.flatMap((f) => ruleFamilies[f] ?? []);
  const chronoTimes = families.includes('chrono-times');
  const chronoLocales = families.includes('chrono-locales');
  const chronoOnly = families.includes('chrono-only');
  const english = chronoParser('en')!;
  // chrono builds its time-zone tables on first use (about half a second): pay that while the pipeline is
  // built, not inside the first document.
  if (chronoTimes || chronoOnly) english.parse('at 14:00 UTC on Monday', chronoReference(undefined));

  return (doc) => {
    const refs = referenceDates(doc);
    const names = nameSpans(doc);
    const mentions: RefinedMention[] = [];
    let anchor: Anchor | undefined;
    let anchorArticle = -1;
    for (const region of regionsOf(doc)) {
      const byRules = !chronoOnly && isEnglishLike(region.lang);
      const mask = byRules ? spanTriggers(doc, region.start, region.end, region.tokenStart, region.tokenEnd) : 0;
      // Every rule and the chrono time pass need a trigger bit: a sentence with none (most) yields nothing.
      if (byRules && mask === 0) continue;
      const ref = refs.of(region.article);
      const text = doc.text.slice(region.start, region.end);
      const candidates: Candidate[] = [];
      if (chronoOnly) {
        const parser = chronoParser(region.lang) ?? english;
        addChronoCandidates(parser, text, region, ref, false, false, candidates);
      } else if (byRules) {
        for (const rule of rules) {
          if (rule.triggers & mask && (!rule.requires || rule.requires.test(text))) addRuleCandidates(rule, text, region.start, candidates);
        }
        if (chronoTimes && mask & Trigger.time) addChronoCandidates(english, text, region, ref, true, true, candidates);
      } else if (chronoLocales) {
        const parser = chronoParser(region.lang);
        if (parser) addChronoCandidates(parser, text, region, ref, false, true, candidates);
      }
      if (candidates.length === 0) continue;
      if (region.article !== anchorArticle) [anchor, anchorArticle] = [undefined, region.article];
      const outsideNames = names.length > 0 ? candidates.filter((c) => !insideAny(names, c.start, c.end)) : candidates;
      for (const c of selectCandidates(outsideNames)) {
        const resolution = c.resolve(new LazyTenseContext(ref, anchor, text, c.start - region.start, c.end - region.start));
        if (!resolution) continue;
        if (resolution.timexType === 'DATE' || resolution.timexType === 'TIME') anchor = anchorOfValue(resolution.value) ?? anchor;
        mentions.push({ mention: toMention(doc.text, c, resolution), inferredYear: resolution.inferredYear === true, article: region.article });
      }
    }
    refinePeriodParts(doc.text, mentions);
    refineRanges(doc.text, mentions, (m) => {
      const ref = refs.of(m.article);
      return ref && dayValue(ref);
    });
    // Mostly in order already (sentence by sentence, each sentence's selection by start).
    // Pushed, not `map`ped: an optimized `map` makes the list holey (packed-list.ts).
    doc.dates = sortInPlace(
      mapPacked(mentions, (m) => m.mention),
      (a, b) => a.start - b.start || b.end - a.end,
    );
  };
}

/**
 * What a rule gets to resolve a match. Most rules (written years, durations) never ask for the tense, so
 * the clause is only read when one does. A class rather than an object literal with a getter, which V8
 * builds slowly, and there is one per candidate.
 */
class LazyTenseContext implements ResolveContext {
  private clauseTense: Tense | undefined;

  constructor(
    readonly ref: Ymd | undefined,
    readonly anchor: Anchor | undefined,
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get tense(): Tense {
    return (this.clauseTense ??= clauseTense(this.text, this.start, this.end));
  }
}

function toMention(text: string, c: Candidate, r: Resolution): DateMention {
  const mention = new DateMentionRecord(c.start, c.end, text.slice(c.start, c.end), r.timexType, r.value, c.rule, c.confidence);
  if (r.mod) mention.mod = r.mod;
  return mention;
}

function addRuleCandidates(rule: DateRule, text: string, offset: number, out: Candidate[]): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (rule.accept && !rule.accept(m)) continue;
    out.push(new RuleCandidate(offset + m.index, offset + m.index + m[0].length, rule, m));
  }
}

/**
 * A rule's match as a candidate: one object holding the rule and the match, where an object literal with a
 * closure over them made three (candidate, closure, closure context) per match.
 */
class RuleCandidate implements Candidate {
  readonly rule: string;
  readonly priority: number;
  readonly confidence: number;
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly def: DateRule,
    private readonly match: RegExpExecArray,
  ) {
    this.rule = def.name;
    this.priority = def.priority;
    this.confidence = def.confidence;
  }

  resolve(ctx: ResolveContext): Resolution | undefined {
    return this.def.resolve(this.match, ctx);
  }
}

const CHRONO_PRIORITY = 6;
const LEADING_PREPOSITION = /^(?:at|on|by|from|in|around|about)\s+/i;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;
/** chrono reads "2.50 a share" and "now" as clock times: an English time must show a clock. */
const CLOCK_TIME = /\d:\d\d|\d\s*(?:[ap]\.m\.|[ap]m\b)|\bnoon\b|\bmidnight\b|o'clock/i;

/** "high noon" is the idiom (a showdown), not a clock time. */
const HIGH_NOON = /\bhigh\s+noon/i;

function addChronoCandidates(
  parser: NonNullable<ReturnType<typeof chronoParser>>,
  text: string,
  region: Region,
  ref: Ymd | undefined,
  timesOnly: boolean,
  periodWords: boolean,
  out: Candidate[],
): void {
  for (const result of parser.parse(text, chronoReference(ref))) {
    if (timesOnly && !(result.start.isCertain('hour') && CLOCK_TIME.test(result.text))) continue;
    if (timesOnly && HIGH_NOON.test(text.slice(Math.max(0, result.index - 5), result.index + 5))) continue;
    const resolution = chronoResolution(result, ref, periodWords);
    if (!resolution) continue;
    // chrono keeps the preposition ("at 16:00") and trailing punctuation; TIMEX3 spans do not.
    const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
    const trail = TRAILING_PUNCTUATION.exec(result.text)?.[0].length ?? 0;
    out.push({
      start: region.start + result.index + lead,
      end: region.start + result.index + result.text.length - trail,
      rule: timesOnly ? 'chrono-time' : `chrono-${region.lang}`,
      priority: CHRONO_PRIORITY,
      confidence: 0.8,
      resolve: timesOnly && isClockOnly(result) ? (ctx) => onNarratedDay(resolution, ctx.anchor) : () => resolution,
    });
  }
}

/** A clock time that names no day of its own ("at 10 p.m."). */
function isClockOnly(result: { start: { isCertain(component: 'day' | 'weekday' | 'month'): boolean } }): boolean {
  return !result.start.isCertain('day') && !result.start.isCertain('weekday') && !result.start.isCertain('month');
}

/**
 * A clock time with no day of its own is on the day the text is narrating: the previous date when that
 * named a day ("The blast came on Friday … at 10:35 a.m."), else the reference date chrono assumed.
 */
function onNarratedDay(resolution: Resolution, anchor: Anchor | undefined): Resolution {
  if (anchor?.unit !== 'day') return resolution;
  const clock = resolution.value.indexOf('T');
  return clock < 0 ? resolution : { ...resolution, value: dayValue(anchor.day) + resolution.value.slice(clock) };
}
