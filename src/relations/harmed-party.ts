import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * People a nationality may qualify: civilians and crews as well as soldiers. Civilians may attack too ("Freedonian
 * civilians attacked a patrol in X"), so only a verb of harm before them, or a passive one after them, makes them
 * the harmed (on the 262 non-test ISW reports the noun alone would have dropped 1 right statement of 2).
 */
const PEOPLE = new Set([
  'civilian', 'civilians', 'interpreter', 'interpreters', 'translator', 'translators', 'engineer', 'engineers', 'worker', 'workers',
  'resident', 'residents', 'citizen', 'citizens', 'child', 'children', 'tourist', 'tourists', 'hostage', 'hostages', 'passenger',
  'passengers', 'doctor', 'doctors', 'nurse', 'nurses', 'teacher', 'teachers', 'student', 'students', 'diplomat', 'diplomats',
  'pilgrims', 'villagers', 'contractor', 'contractors', 'nationals', 'national',
  'soldier', 'soldiers', 'servicemen', 'serviceman', 'servicemembers', 'servicemember', 'personnel', 'troops', 'fighters', 'officer',
  'officers', 'conscripts', 'conscript', 'sailors', 'pilots', 'pilot', 'policemen', 'policeman', 'police', 'guards', 'peacekeepers', 'peacekeeper',
]);
const HARM = new Set(['killed', 'killing', 'kills', 'wounded', 'wounding', 'injured', 'injuring', 'kidnapped', 'abducted', 'executed', 'murdered', 'shot']);
const BEING = new Set(['was', 'were', 'been', 'is', 'are']);
/** Words that may stand between a verb of harm and the nationality: "killed up to 40 …", "wounded two of the …". */
const COUNT_WORDS = /^(?:\d[\d,.]*|up|to|about|over|some|several|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|of|the|a|an|her|his|their|its|more|than|at|least)$/;

/**
 * A nationality that names the people an attack harmed is not its actor: "killed her Freedonian interpreter in an
 * attack in X", "a Freedonian engineer was killed when a bomb struck her car near X", "strikes killed 40 Freedonian
 * servicemen in X". The event rules read the first nationality before the attack words as its actor; this reads
 * the words right around that nationality (O(1)). Wire-news dev: 2 of the 8 false `attacked` statements had a
 * victim's nationality as actor; on the 262 non-test ISW reports 1 of about 8,400 `attacked` statements.
 */
export function namesHarmedParty(doc: Doc, items: SentenceItems, s: number): boolean {
  if (doc.mentions[items.mention[s]!]!.form !== 'demonym') return false;
  const word = (p: number) => (p >= 0 && p < items.length && items.mention[p]! < 0 ? items.keys[p]! : undefined);
  const head = word(s + 1);
  if (head === undefined) return false;
  if (!PEOPLE.has(head)) return false;
  // "… Freedonian soldiers were killed in an attack on X".
  if (BEING.has(word(s + 2) ?? '') && HARM.has(word(s + 3) ?? '')) return true;
  // "… killed 40 Freedonian servicemen in X".
  for (let p = s - 1; p >= 0 && p >= s - 5; p--) {
    const w = word(p);
    if (w === undefined) return false;
    if (HARM.has(w)) return true;
    if (!COUNT_WORDS.test(w)) return false;
  }
  return false;
}
