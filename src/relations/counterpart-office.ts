import type { Doc, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import type { SentenceItems } from './items.js';

/**
 * A counterpart holds the same office in another country: "[Freedonian] President [A] will meet his [Ruritanian]
 * counterpart, [B]" → B leads Ruritania as A leads Freedonia; "[Freedonian] Foreign Minister [A] and his [Ruritanian]
 * counterpart, [B], signed …" → B serves Ruritania (annotation guidelines: the country attached to the title). A pass
 * over the sentence's office statements: the holder's own office over a country or nationality (leaderOf/memberOf read
 * before "his"/"her"), then "his|her <nationality or country> counterpart ,? <person>" right after in the sentence.
 * Not when the holder has no office stated in the sentence ("[A] met his [Ruritanian] counterpart [B]": which office is
 * unsaid), nor for the holder's own country ("his [Freedonian] counterpart" of a Freedonian is no foreign office).
 * Unannotated wire news: "his <nationality> counterpart, <name>" 15 times in 600 stretches, 11 with the holder's
 * office in the sentence. O(items) only in sentences with an office statement and the word "counterpart".
 */
export const COUNTERPART_RULE = 'counterpart-office';
/** As the office statements it carries (title-before-name), a little less: the pronoun is read, not matched. */
const CONFIDENCE = 0.7;
const POSSESSIVE = new Set(['his', 'her']);

/** Adds, for "his|her <country> counterpart <name>" after a holder's office statement among found[from…], the same office over the named country. */
export function addCounterpartOffices(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  // "counterpart" is a word of its own, or the title the recognizers gave the name after it.
  let at = items.keys.indexOf('counterpart');
  let holder = -1;
  if (at >= 0) {
    let next = at + 1;
    if (items.mention[next] === -1 && items.keys[next] === ',') next++;
    holder = items.mention[next] ?? -1;
  } else {
    at = items.role.findIndex((role) => role !== undefined && role.toLowerCase() === 'counterpart');
    if (at >= 0) holder = items.mention[at]!;
  }
  if (at < 2 || holder < 0 || doc.mentions[holder]!.type !== 'Person') return;
  const nation = items.mention[at - 1]!;
  if (nation < 0 || !POSSESSIVE.has(items.keys[at - 2]!)) return;
  const place = doc.mentions[nation]!;
  if (place.type !== 'Place' || !(place.form === 'demonym' || place.placeKind === 'Country')) return;
  // The office of the nearest titled person before "his"/"her".
  let office: RelationMention | undefined;
  let officeAt = -1;
  for (let k = from; k < found.length; k++) {
    const r = found[k]!;
    if (r.predicate !== 'leaderOf' && r.predicate !== 'memberOf') continue;
    const o = doc.mentions[r.object]!;
    if (o.type !== 'Place') continue;
    const s = items.mention.indexOf(r.subject);
    if (s < 0 || s >= at - 2 || s < officeAt) continue;
    office = r;
    officeAt = s;
  }
  if (office === undefined || sameCountry(doc, office.object, nation)) return;
  if (found.some((f) => f.subject === holder && f.object === nation)) return;
  const d = new RelationRecord(holder, nation, office.predicate, COUNTERPART_RULE, Math.min(office.confidence, CONFIDENCE), office.sentence);
  if (office.date !== undefined) d.date = office.date;
  if (office.attribution) d.attribution = office.attribution;
  found.push(d);
}

/** Two mentions of one country ("Freedonia" and "Freedonian" share the gazetteer's country). */
function sameCountry(doc: Doc, a: number, b: number): boolean {
  const ma = doc.mentions[a]!;
  const mb = doc.mentions[b]!;
  const ca = ma.ref?.country ?? ma.ref?.id ?? ma.text;
  const cb = mb.ref?.country ?? mb.ref?.id ?? mb.text;
  return ca === cb;
}
