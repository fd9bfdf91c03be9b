import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * The people a named group or a nationality has, as wire news counts its losses: its fighters, members and
 * commanders, and soldiers and police. harmed-party.ts reads a nationality's people right after it and a plain
 * passive; this reads what wire news adds around them.
 */
const MEMBERS = new Set([
  'militants', 'militant', 'insurgents', 'insurgent', 'fighters', 'fighter', 'rebels', 'rebel', 'guerrillas', 'gunmen',
  'members', 'member', 'commander', 'commanders', 'leader', 'leaders', 'suspects', 'suspect', 'operatives', 'operative',
  'soldiers', 'soldier', 'troops', 'servicemen', 'police', 'policemen', 'officers', 'guards', 'peacekeepers', 'civilians',
  'workers', 'sailors', 'pilots',
]);
/** Verbs of harm, and of being taken: a group whose members were arrested in a raid did not raid. */
const HARMED = new Set([
  'killed', 'wounded', 'injured', 'kidnapped', 'abducted', 'executed', 'murdered', 'shot', 'died',
  'captured', 'detained', 'arrested', 'seized', 'rescued', 'freed',
]);
/** Words between the verb and the group: counts, articles and the ways wire news qualifies the harmed. */
const BEFORE_GROUP = /^(?:\d[\d,.]*|up|to|about|over|some|several|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|of|the|a|an|her|his|their|its|more|than|at|least|other|suspected|alleged|senior|top|mid-level|local|key|wanted|foreign|another|many|most|mostly|and|with)$/;
/** A perfect or a plain passive after the people, maybe with an adverb: "have also been killed", "were reportedly wounded". */
const AUXILIARY = new Set(['was', 'were', 'been', 'is', 'are', 'have', 'has', 'had', 'being']);
const ADVERB = new Set(['also', 'reportedly', 'allegedly', 'apparently', 'later', 'all']);

/**
 * A named group or nationality that names the people an attack harmed or a raid took is not the attack's actor:
 * "three Freedonian soldiers have been killed in two bomb attacks in X", "four Red Hand insurgents were also killed in
 * the attack in X", "warplanes killed a mid-level Red Hand commander … in an airstrike in X", "troops captured two
 * suspected Red Hand militants during a raid in X". On 300 unannotated wire-news stretches 7 of 53 `attacked`
 * statements named such victims (all wrong). O(1) words around the subject.
 */
export function namesHarmedMembers(doc: Doc, items: SentenceItems, s: number): boolean {
  const m = doc.mentions[items.mention[s]!]!;
  if (m.type !== 'Organization' && m.form !== 'demonym') return false;
  const word = (p: number) => (p >= 0 && p < items.length && items.mention[p]! < 0 ? items.keys[p]! : undefined);
  const head = word(s + 1);
  if (head === undefined || !MEMBERS.has(head)) return false;
  // "… soldiers have (also) been killed", "… insurgents were also killed", "… soldiers from [Y] were killed".
  let p = s + 2;
  if (word(p) === 'from' && p + 1 < items.length && items.mention[p + 1]! >= 0) p += 2;
  let aux = 0;
  while (aux < 3) {
    const w = word(p);
    if (w === undefined || !(AUXILIARY.has(w) || ADVERB.has(w))) break;
    if (AUXILIARY.has(w)) aux++;
    p++;
  }
  if (aux > 0 && HARMED.has(word(p) ?? '')) return true;
  // "killed a mid-level … commander", "captured two suspected … militants".
  for (let q = s - 1; q >= 0 && q >= s - 6; q--) {
    const w = word(q);
    if (w === undefined) return false;
    if (HARMED.has(w)) return true;
    if (!BEFORE_GROUP.test(w)) return false;
  }
  return false;
}
