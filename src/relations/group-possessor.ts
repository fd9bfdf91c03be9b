import type { Doc } from '../model/document.js';
import { wordKey, type SentenceItems } from './items.js';
import { titleModifiers, titlePhrases } from './rules/titles.js';

/**
 * "The group's leader X", "the militia's commander X", "its founder X": a description (or "its") standing for the
 * group named before, as the possessor of an office whose holder is named right after it. Read only in that shape
 * (a title and then a person), so that "the group" elsewhere keeps its reading by name (anaphora.ts DESCRIPTIONS:
 * "the group" after "the Wagner Group"), and "its" never stands for anything else.
 */

/** Nouns a description of an armed group, a movement or a body is headed by, before "'s". */
export const POSSESSOR_NOUNS: ReadonlySet<string> = new Set([
  'group', 'militia', 'movement', 'organization', 'organisation', 'faction', 'insurgency', 'coalition', 'alliance', 'party',
]);

/** Single-word offices (titles.ts, leader and member classes) that may head the possessed title. */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  [...titlePhrases.leader, ...titlePhrases.member].filter((p) => !/\s/.test(p)).map(wordKey),
);
// A modifier before the office ("the group's former leader", "its top commander"); "of" and "for" would open a complement.
const MODIFIERS: ReadonlySet<string> = new Set(titleModifiers.map(wordKey).filter((w) => w !== 'of' && w !== 'for'));
/** Offices of a town or a province: after "its" they are the place's ("X was shelled; its mayor Y …"), not a group's. */
const PLACE_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'administrator', 'councillor', 'councilor', 'prefect']);
/** How many modifiers may stand before the office word. */
const MAX_MODIFIERS = 2;

/**
 * The possessor phrase opening at item `r` ("the group" before "'s", or "its"), when an office and a named person follow
 * it: the index of its last item, else -1.
 */
export function possessorOfTitle(doc: Doc, items: SentenceItems, r: number): number {
  let end: number;
  if (items.keys[r] === 'its') end = r;
  else if (items.keys[r] === 'the' && items.mention[r + 1]! < 0 && POSSESSOR_NOUNS.has(items.keys[r + 1]!) && items.keys[r + 2] === "'s") end = r + 1;
  else return -1;
  let k = end === r ? r + 1 : r + 3;
  for (let n = 0; n < MAX_MODIFIERS && k < items.length && items.mention[k]! < 0 && MODIFIERS.has(items.keys[k]!); n++) k++;
  if (k >= items.length) return -1;
  // The recognizer may have folded the office into the person's item ("leader X" as one item): its words lead the item.
  const office = (w: string): boolean => OFFICE_WORDS.has(w) && !(end === r && PLACE_OFFICES.has(w));
  if (items.mention[k]! >= 0) return isPerson(doc, items.mention[k]!) && foldedOffice(doc, items.start[k]!, doc.mentions[items.mention[k]!]!.start, office) ? end : -1;
  if (!office(items.keys[k]!)) return -1;
  k++;
  if (items.keys[k] === ',') k++;
  const holder = items.mention[k];
  return holder !== undefined && holder >= 0 && isPerson(doc, holder) ? end : -1;
}

const isPerson = (doc: Doc, m: number): boolean => doc.mentions[m]!.type === 'Person' && doc.mentions[m]!.form !== 'demonym';
const WORD = /[\p{L}'-]+/gu;
/** The text before a person's name inside its item holds an office word. */
const foldedOffice = (doc: Doc, from: number, to: number, office: (w: string) => boolean): boolean =>
  from < to && (wordKey(doc.text.slice(from, to)).match(WORD) ?? []).some(office);
