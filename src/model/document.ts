/**
 * The one document model every stage reads and annotates (in the spirit of spaCy's Doc/Span and vfile).
 *
 * Offsets: every `start`/`end` in this model is a UTF-16 index into `Doc.text` (JavaScript's native
 * string index), end exclusive. Only the graph writer converts them to Unicode code points, which is what
 * NIF and the output contract use (see `src/model/offsets.ts`).
 *
 * Stages add annotations; they never change `text`, so offsets stay valid through the whole pipeline.
 */

import { TokenTable } from './token-table.js';

export { TokenTable };

export interface Span {
  start: number;
  end: number;
}

/** The four entity classes of the graph. `MilitaryUnit` is a subclass of schema:Organization. */
export type EntityType = 'Person' | 'Place' | 'Organization' | 'MilitaryUnit';

/** Finer class of a place, written as the schema.org subclass where known. */
export type PlaceKind = 'Country' | 'City' | 'AdministrativeArea' | 'Region' | 'Place';

/** Where a document came from, as recorded in the manifest and the graph. */
export interface SourceInfo {
  /** Absolute path of the file read. */
  path: string;
  /** Path relative to the input root, with forward slashes: what the graph records. */
  relPath: string;
  /** For JSON/JSONL inputs: the record's `id` (becomes schema:identifier). */
  recordId?: string;
  /** sha256 of the file's bytes (for records: of the record's text). */
  sha256: string;
  url?: string;
  title?: string;
  /** Date from the document's metadata (`date` field, front matter), ISO `YYYY-MM-DD`. */
  date?: string;
}

/** One article inside a file that holds several short articles separated by headline lines. */
export interface Article extends Span {
  /** The headline line, when the article has one. */
  headline?: Span & { text: string };
  /** Date (ISO `YYYY-MM-DD`) the article's own headline or dateline gives; set by the dates stage. */
  referenceDate?: string;
}

export interface Paragraph extends Span {
  article: number;
  /** ISO 639-1 code from the language detector (`en`, `fr`, …) or `und`. */
  lang: string;
  /** True for headline lines (short title-like lines between paragraphs). */
  isHeadline: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Index of the first token of the sentence in `Doc.tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp, when the tokenizer ran with POS. */
  pos?: string;
  /** wink-nlp token type: word, number, punctuation, … */
  kind: string;
}

/** A link from a mention to a gazetteer record. */
export interface GazetteerRef {
  /** Stable key, e.g. `geonames:703448`, `country:UA`, `unit:southern-military-district`. */
  id: string;
  /** Canonical name from the gazetteer. */
  name: string;
  type: EntityType;
  placeKind?: PlaceKind;
  /** External IRIs that the gazetteer record supplies (GeoNames, Wikidata); never invented. */
  sameAs?: string[];
  lat?: number;
  lon?: number;
  /** ISO 3166-1 alpha-2 code of the country the record lies in (places) or belongs to. */
  country?: string;
  /**
   * Id of the first-level subdivision record a GeoNames place lies in (`subdivision:UA-14`), where the gazetteer
   * build linked the place's GeoNames admin1 area to one by the name of its seat (gazetteers/README.md).
   */
  within?: string;
  population?: number;
  /** The record is of an organization that fights (a gazetteer entry's `armed`): rules read it like a unit. */
  armed?: true;
  /** Name of the list the record came from (for provenance). */
  source?: string;
}

/**
 * How a mention names its entity:
 * - `name`: a proper name ("Vladimir Putin", "51st Combined Arms Army");
 * - `acronym`: an abbreviation ("HTS", "51st CAA");
 * - `demonym`: a nationality adjective standing for a country ("Russian"): relation rules use it for the
 *   country, and the graph writes it as a mention of the country marked `ng:mentionForm "demonym"`; it is
 *   not an entity mention (the annotation convention of the domain), so counts and evaluation leave it out.
 */
export type MentionForm = 'name' | 'acronym' | 'demonym';

/** The mentions that name an entity: every mention but demonyms (see MentionForm). */
export function entityMentions(doc: { mentions: readonly Mention[] }): Mention[] {
  return doc.mentions.filter((m) => m.form !== 'demonym');
}

export interface Mention extends Span {
  text: string;
  type: EntityType;
  placeKind?: PlaceKind;
  form: MentionForm;
  /** Name of the recognizer that proposed it (e.g. `gazetteer`, `unit-grammar`, `person-title`). */
  recognizer: string;
  /** Used by the overlap resolver: higher wins before length and confidence are compared. */
  priority: number;
  /** 0–1. */
  confidence: number;
  ref?: GazetteerRef;
  /** Canonical name the recognizer proposes when there is no gazetteer record ("51st Combined Arms Army"). */
  canonical?: string;
  /** A title or office in front of a person's name ("Deputy Prime Minister"), stripped from the name. */
  role?: Span & { text: string };
  /** Country key (`country:RU`) given by a nationality word before the mention ("Russian President …"). */
  nationality?: string;
  /** For acronyms: the long form they were defined for, so resolution can merge them. */
  expansion?: string;
  /** Index into `Doc.entities`, set by the resolve stage. */
  entity?: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends Span {
  text: string;
  timexType: TimexType;
  /** TIMEX3 value: `2025-10-15`, `2025-W46`, `2025-WI`, `P3Y`, `XXXX-10-15`, `PRESENT_REF`, … */
  value: string;
  /** TIMEX3 `mod` (START, MID, END, APPROX, …) where the text qualifies the value. */
  mod?: string;
  /** For ranges and open intervals ("since December 2024"): ISO begin and end values. */
  range?: { begin?: string; end?: string };
  /** Name of the rule that produced it. */
  rule: string;
  confidence: number;
}

/** The project's relation vocabulary (local names in the `ng:` namespace). */
export type Predicate =
  | 'visited'
  | 'metWith'
  | 'communicatedWith'
  | 'leaderOf'
  | 'memberOf'
  | 'allyOf'
  | 'partOf'
  | 'locatedIn'
  | 'formerlyKnownAs'
  | 'operatesIn'
  | 'attacked'
  | 'captured'
  | 'withdrewFrom'
  | 'foughtAgainst'
  | (string & {});

export interface RelationMention {
  /** Indices into `Doc.mentions`. */
  subject: number;
  object: number;
  predicate: Predicate;
  /** Stable rule name, written on every statement it produces. */
  rule: string;
  confidence: number;
  /** Index into `Doc.sentences` of the evidence sentence. */
  sentence: number;
  /**
   * When an argument is referred to by a pronoun or description ("the brigade") and named in an earlier
   * sentence: that sentence's index. The evidence then runs from its start to the end of `sentence`.
   */
  antecedentSentence?: number;
  /** Index into `Doc.dates` of the date the clause gives. */
  date?: number;
  /** Role of the subject in the relation ("Foreign Minister"), for memberOf/leaderOf. */
  role?: string;
  /** A reported claim: who claims it (text of the source, and its mention index when it is one). */
  attribution?: { text: string; mention?: number; cue: string };
}

/** One entity as resolved within a document; merged across documents by `key` in the graph stage. */
export interface LocalEntity {
  /** Stable key from which the IRI is derived: gazetteer id, or type + normalized canonical name. */
  key: string;
  type: EntityType;
  placeKind?: PlaceKind;
  name: string;
  aliases: string[];
  ref?: GazetteerRef;
  /** Titles and offices seen with the person ("President"). */
  roles: string[];
  mentions: number[];
}

export type MessageLevel = 'info' | 'warning' | 'error';

/** A positioned message attached to the document, like vfile's messages. */
export interface Message {
  level: MessageLevel;
  stage: string;
  text: string;
  span?: Span;
}

export interface Doc {
  /** Stable document key: relative path, plus `#recordId` for records. */
  id: string;
  source: SourceInfo;
  text: string;
  /** Reference date (ISO `YYYY-MM-DD`) for relative dates, and where it came from. */
  referenceDate?: string;
  referenceDateSource?: 'option' | 'metadata' | 'dateline' | 'headline' | 'file-name';
  /** Language of the document as a whole (most of its text). */
  lang: string;
  articles: Article[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Filled by the tokenize stage (see TokenTable for why it is columns, not objects). */
  tokens: TokenTable;
  mentions: Mention[];
  dates: DateMention[];
  relations: RelationMention[];
  entities: LocalEntity[];
  messages: Message[];
}

/** What a reader hands to the pipeline: text plus where it came from. */
export interface SourceDocument {
  id: string;
  source: SourceInfo;
  text: string;
}

export function createDoc(input: SourceDocument): Doc {
  return {
    id: input.id,
    source: input.source,
    text: input.text,
    lang: 'und',
    articles: [],
    paragraphs: [],
    sentences: [],
    tokens: new TokenTable(0),
    mentions: [],
    dates: [],
    relations: [],
    entities: [],
    messages: [],
  };
}

export function addMessage(doc: Doc, level: MessageLevel, stage: string, text: string, span?: Span): void {
  doc.messages.push(span ? { level, stage, text, span } : { level, stage, text });
}
