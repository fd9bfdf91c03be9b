import type { DateMention, EntityType, GazetteerRef, LocalEntity, Mention, MentionForm, Paragraph, PlaceKind, Predicate, RelationMention, Sentence, Span, TimexType } from './document.js';

/*
 * The records the pipeline makes by the hundred thousand — paragraphs, sentences, mentions, dates,
 * entities, relations — are made by constructors, not object literals. V8 tracks every literal site and, in
 * batch runs, pretenured the hot ones: their objects were allocated in the old generation, and a CPU profile
 * of 3 MB of reporting charged 0.4–1.3 µs to each such literal (the gazetteer's mention literal alone: 46 ms
 * for 36,000 mentions; with pretenuring switched off process-wide those lines left the profile's top).
 * Objects made by `new` are not pretenured by site. One constructor per record also gives every mention the
 * same hidden class, whichever recognizer made it, so the stages that read mentions see one shape.
 *
 * Optional fields are `declare`d, and MentionRecord's are set to undefined in its constructor (see there).
 */

/** An entity mention; the optional fields (`ref`, `placeKind`, `role`, …) are set by the recognizer after. */
export class MentionRecord implements Mention {
  declare placeKind?: PlaceKind;
  declare ref?: GazetteerRef;
  declare canonical?: string;
  declare role?: Span & { text: string };
  declare nationality?: string;
  declare expansion?: string;
  declare entity?: number;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public type: EntityType,
    public form: MentionForm,
    public recognizer: string,
    public priority: number,
    public confidence: number,
  ) {
    // Every optional field exists from the start, undefined until a recognizer sets it. When they were added
    // only by the records that set them, in whatever order each recognizer set them, mentions had a dozen
    // hidden classes and every stage's reads of them (overlaps, the candidate index, the word cover, the
    // relations' items, resolve) went through V8's megamorphic property look-up. Measured with this alone
    // (CPU, main and this alternating per document in one process, 3 rounds of the 2 MB bench corpus):
    // resolve 0.70x, relations 0.96x, the pipeline 0.95x. JSON leaves undefined out: outputs byte-identical
    // (`'ref' in mention` is now true; nothing in the project tests it). A field is cleared by assigning
    // undefined, never `delete` (which would turn the record into a dictionary).
    this.placeKind = undefined;
    this.ref = undefined;
    this.canonical = undefined;
    this.role = undefined;
    this.nationality = undefined;
    this.expansion = undefined;
    this.entity = undefined;
  }

  /** A copy with the same fields (a spread would make a plain object of another shape). */
  static copy(m: Mention): MentionRecord {
    return Object.assign(new MentionRecord(m.start, m.end, m.text, m.type, m.form, m.recognizer, m.priority, m.confidence), m);
  }
}

/** A mention of a time expression with its TIMEX3 value. */
export class DateMentionRecord implements DateMention {
  declare mod?: string;
  declare range?: { begin?: string; end?: string };
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public timexType: TimexType,
    public value: string,
    public rule: string,
    public confidence: number,
  ) {
    // One hidden class whether or not a rule sets these (see MentionRecord's constructor).
    this.mod = undefined;
    this.range = undefined;
  }
}

/** A paragraph: its character span, its article, its language and whether it is a headline line. */
export class ParagraphRecord implements Paragraph {
  constructor(
    public start: number,
    public end: number,
    public article: number,
    public lang: string,
    public isHeadline: boolean,
  ) {}
}

/** A sentence: its character span, its paragraph and its token range. */
export class SentenceRecord implements Sentence {
  constructor(
    public start: number,
    public end: number,
    public paragraph: number,
    public tokenStart: number,
    public tokenEnd: number,
  ) {}
}

/** An entity of one document, with the indices of its mentions. */
export class LocalEntityRecord implements LocalEntity {
  declare placeKind?: PlaceKind;
  declare ref?: GazetteerRef;
  constructor(
    public key: string,
    public type: EntityType,
    public name: string,
    public aliases: string[],
    public roles: string[],
    public mentions: number[],
  ) {
    // One hidden class whether or not resolve sets these (see MentionRecord's constructor).
    this.placeKind = undefined;
    this.ref = undefined;
  }
}

/** A relation between two mentions of one sentence, with the rule that found it. */
export class RelationRecord implements RelationMention {
  declare date?: number;
  declare role?: string;
  declare attribution?: { text: string; mention?: number; cue: string };
  declare antecedentSentence?: number;
  constructor(
    public subject: number,
    public object: number,
    public predicate: Predicate,
    public rule: string,
    public confidence: number,
    public sentence: number,
  ) {
    // One hidden class whichever of these a pass sets, in whatever order (see MentionRecord's constructor).
    this.date = undefined;
    this.role = undefined;
    this.attribution = undefined;
    this.antecedentSentence = undefined;
  }
}
