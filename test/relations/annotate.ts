import type { DateMention, Doc, EntityType, Mention, PlaceKind } from '../../src/model/document.js';

/** A mention to add by its text: the nth occurrence (0-based) of `text` in the document. */
export interface MentionSpec {
  text: string;
  type: EntityType;
  nth?: number;
  placeKind?: PlaceKind;
  /** Gazetteer id (and country code) when the mention should carry a ref. */
  ref?: string;
  /** The gazetteer record's name (defaults to the mention text). */
  refName?: string;
  /** The gazetteer the record comes from ("units" for armed formations). */
  refSource?: string;
  /** The gazetteer record marks the organization armed (an armed group of the curated organizations list). */
  refArmed?: boolean;
  country?: string;
  /** The first-level subdivision record the place lies in (`ref.within`). */
  within?: string;
  form?: Mention['form'];
  /** Title right before the mention ("Foreign Minister"), recorded as the mention's role. */
  role?: string;
  expansion?: string;
  canonical?: string;
}

function occurrence(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurrence ${nth} not found`);
  }
  return at;
}

/** Adds hand-made mentions (as recognizers would) to a prepared document, keeping them sorted. */
export function addMentions(doc: Doc, specs: readonly MentionSpec[]): Doc {
  for (const spec of specs) {
    const start = occurrence(doc.text, spec.text, spec.nth ?? 0);
    const m: Mention = {
      start,
      end: start + spec.text.length,
      text: spec.text,
      type: spec.type,
      form: spec.form ?? 'name',
      recognizer: 'test',
      priority: 0,
      confidence: 1,
    };
    if (spec.placeKind) m.placeKind = spec.placeKind;
    if (spec.ref) {
      m.ref = { id: spec.ref, name: spec.refName ?? spec.text, type: spec.type };
      if (spec.placeKind) m.ref.placeKind = spec.placeKind;
      if (spec.country) m.ref.country = spec.country;
      if (spec.within) m.ref.within = spec.within;
      if (spec.refSource) m.ref.source = spec.refSource;
      if (spec.refArmed) m.ref.armed = true;
    }
    if (spec.role) {
      const roleStart = doc.text.lastIndexOf(spec.role, start);
      if (roleStart < 0) throw new Error(`role "${spec.role}" not found before "${spec.text}"`);
      m.role = { start: roleStart, end: roleStart + spec.role.length, text: spec.role };
    }
    if (spec.expansion) m.expansion = spec.expansion;
    if (spec.canonical) m.canonical = spec.canonical;
    doc.mentions.push(m);
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  return doc;
}

/** Adds a calendar date mention for the nth occurrence of `text`. */
export function addDate(doc: Doc, text: string, value: string, nth = 0): Doc {
  const start = occurrence(doc.text, text, nth);
  const d: DateMention = { start, end: start + text.length, text, timexType: 'DATE', value, rule: 'test', confidence: 1 };
  doc.dates.push(d);
  doc.dates.sort((a, b) => a.start - b.start);
  return doc;
}

/** A country's demonym as the demonym recognizer marks it (`countryName` is the record's name). */
export const demonym = (text: string, code: string, nth = 0, countryName?: string): MentionSpec => ({
  text,
  type: 'Place',
  placeKind: 'Country',
  form: 'demonym',
  ref: `country:${code}`,
  refName: countryName ?? text,
  country: code,
  nth,
});

export const country = (text: string, code: string, nth = 0): MentionSpec => ({
  text,
  type: 'Place',
  placeKind: 'Country',
  ref: `country:${code}`,
  country: code,
  nth,
});
