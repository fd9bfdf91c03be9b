import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * Words before "of" that make the name after it an owner, not the one acting: "A, part of the 6th Army and
 * deployed near X", "A and B, both of the 4th Division, were seen near X", "one of the 1st Corps' brigades".
 * Not the nouns of a group's people or parts ("elements of the 6th Army fought near X": the army acts).
 */
const OWNED_PARTS = new Set(['part', 'both', 'all', 'each', 'one', 'either', 'neither', 'none']);

/**
 * Words of an organization's legal status: what they govern is the object of a legal act, not a force at the place
 * ("the legalization of Wagner Group in Russia", "legalized Wagner's operations in Russia", "recognize the X in Y").
 */
const LEGAL_STATUS = new Set([
  'legalize', 'legalizes', 'legalized', 'legalizing', 'legalization', 'legalise', 'legalised', 'legalising', 'legalisation',
  'recognize', 'recognizes', 'recognized', 'recognizing', 'recognition', 'ban', 'bans', 'banned', 'banning', 'outlaw', 'outlawed',
  'outlawing', 'register', 'registered', 'registering', 'registration', 'designate', 'designated', 'designating', 'designation',
]);

/**
 * Words of recruiting: a unit named as what people are recruited for is not at the place of the recruiting ("announced
 * recruitment for the X battalion in Y"). ("Recruiting men into the X battalion in Y" may name where the unit is.)
 */
const RECRUITING = new Set(['recruitment', 'recruiting', 'recruit', 'recruits', 'recruited', 'enlistment', 'enlisting', 'volunteers', 'applications']);
/** How far before "for" the recruiting word may stand ("recruiting men from the region for …"). */
const RECRUITING_REACH = 4;

/**
 * The dead and their rites: a group's member named after "the funeral of", "the bodies of" is no presence of the group
 * where the rite is ("attended the funeral of a deceased X mercenary in Y": a false statement of fresh7-orbat-read).
 */
const MOURNED = new Set(['funeral', 'funerals', 'burial', 'burials', 'grave', 'graves', 'body', 'bodies', 'remains', 'death', 'deaths', 'memorial', 'obituary']);
/** Words of a dead member before the group's name: "a deceased", "the fallen". */
const DEAD = new Set(['a', 'an', 'the', 'deceased', 'fallen', 'dead', 'killed', 'late', 'slain']);

const isGroupAt = (doc: Doc, items: SentenceItems, p: number): boolean => {
  const m = items.mention[p];
  if (m === undefined || m < 0) return false;
  const t = doc.mentions[m]!.type;
  return t === 'MilitaryUnit' || t === 'Organization';
};

const wordAt = (items: SentenceItems, p: number): string | undefined => (p >= 0 && p < items.length && items.mention[p]! < 0 ? items.keys[p] : undefined);

/**
 * False when the subject at item `s` is governed by the words before it, so the verb after it is not its own:
 * - named as what something else is part of — "part of the X", "both of the X", "(of the X)" after a unit: in "the
 *   25th Brigade, part of the 6th Army and permanently deployed near X" the brigade is deployed, not the army (a
 *   nationality or a polity may stand before the owner: "part of the Russian 6th Army");
 * - for a presence (`presence`), named as what a legal act concerns: "the legalization of X in Y", "legalized X's
 *   operations in Y" (a capture so named happened: "must recognize Russia's seizure of X"), or as what another
 *   group is formed within ("the 3rd Corps within the X District based out of Y"), or as one dead ("the funeral of a
 *   deceased X mercenary in Y").
 */
export function subjectActs(doc: Doc, items: SentenceItems, s: number, presence: boolean): boolean {
  let p = s - 1;
  const before = items.mention[p];
  if (before !== undefined && before >= 0) {
    const m = doc.mentions[before]!;
    if (m.form !== 'demonym' && m.type !== 'Place') return true;
    p--;
  }
  if (presence && mourned(items, p)) return false;
  if (wordAt(items, p) === 'the') p--;
  if (presence && LEGAL_STATUS.has(wordAt(items, p) ?? '')) return false;
  if (presence && wordAt(items, p) === 'for' && recruitedFor(items, p)) return false;
  // "the 3rd Corps within the Western Military District, based out of X": the corps is based there, not the district.
  if (presence && wordAt(items, p) === 'within' && isGroupAt(doc, items, p - 1)) return false;
  if (wordAt(items, p) !== 'of') return true;
  const key = wordAt(items, p - 1);
  if (key === undefined) return true;
  return !(OWNED_PARTS.has(key) || (presence && LEGAL_STATUS.has(key)) || (key === '(' && isGroupAt(doc, items, p - 2)));
}

/** A word of recruiting stands shortly before the "for" at item `p`. */
function recruitedFor(items: SentenceItems, p: number): boolean {
  for (let q = p - 1; q >= 0 && q >= p - RECRUITING_REACH; q--) if (RECRUITING.has(items.keys[q]!)) return true;
  return false;
}

/** Before item `p` (the word right before the subject): "funeral of a deceased", "bodies of". */
function mourned(items: SentenceItems, p: number): boolean {
  let q = p;
  for (let n = 0; n < 2 && DEAD.has(wordAt(items, q) ?? ''); n++) q--;
  return wordAt(items, q) === 'of' && MOURNED.has(wordAt(items, q - 1) ?? '');
}
