import type { SentenceItems } from './items.js';

/**
 * Forces sent somewhere "to fight" have not fought yet: "the command sent the 3rd Division to fight near X", "Wagner
 * fighters were redeployed to attack X", "Russian forces redeployed units to resume offensive operations near X"
 * (annotation guidelines: intentions and plans are no events). The infinitive after a verb of sending or committing
 * forces says what they are sent for, not what they did. Where a unit is sent is its own statement (operatesIn,
 * "redeployed to") and is kept: only the event is dropped.
 *
 * Read from each "to" + a base verb of acting between the first and the last item of a match, back over the object
 * of the sending verb (only words of a force phrase, names, and "to"/"from" a place) to the verb: "sent the 3rd
 * Division to fight", or a passive, "were sent to fight". Not a "to" before a noun or a gerund ("committed its
 * reserves to fighting in X", "deployed personnel to offensive operations in X": the fighting is stated), nor a
 * clause between ("allocated resources in an effort to seize X": the effort happened). When the actor is the one
 * who sends, a purpose of joining what goes on ("deployed additional forces to support offensive operations in X")
 * leaves the actor's operations stated; when the actor is what is sent, it has not joined them yet. O(match).
 */
const SENDING = new Set([
  'sent', 'send', 'sends', 'sending', 'deployed', 'deploy', 'deploys', 'deploying', 'redeployed', 'redeploy', 'redeploys',
  'redeploying', 'transferred', 'transfer', 'transfers', 'transferring', 'dispatched', 'dispatch', 'dispatches', 'dispatching',
  'committed', 'commit', 'commits', 'committing', 'recruited', 'recruit', 'recruits', 'recruiting', 'mobilized', 'mobilize',
  'mobilizes', 'mobilizing', 'brought', 'bring', 'brings', 'bringing', 'assigned', 'assign', 'assigns', 'assigning',
  'allocated', 'allocate', 'allocates', 'allocating', 'rushed', 'rush', 'rushes', 'rushing', 'moved', 'move', 'moves',
  'moving', 'trained', 'train', 'trains', 'training', 'formed', 'form', 'forms', 'forming',
  // Who joins a unit to fight speaks of the purpose: "a mobilized man joined the 15th Brigade to fight near X".
  'joined', 'join', 'joins', 'joining',
]);
/**
 * Forces gathered or readied for an action have not acted either: "are regrouping to attack X", "massing forces to
 * storm Y", "concentrating troops to assault Z" (the ISW dev gold marks none of its such sentences; the 294 ISW
 * reports gave attacked statements from them). Unlike a sending these read also with no force phrase between ("are
 * regrouping to attack"), since the verb has no other "to" to govern; "concentrating efforts to capture X" (an effort
 * that goes on) is no force phrase and stays.
 */
const READYING = new Set([
  'regrouping', 'regroup', 'regroups', 'regrouped', 'massing', 'mass', 'masses', 'massed', 'amassing', 'amass', 'amasses',
  'amassed', 'concentrating', 'concentrate', 'concentrates', 'concentrated', 'gathering', 'gather', 'gathers', 'gathered',
  'accumulating', 'accumulate', 'accumulates', 'accumulated', 'assembling', 'assemble', 'assembles', 'assembled',
  'preparing', 'prepare', 'prepares', 'readying', 'ready', 'readies', 'readied',
]);
/** Verbs of a new action after "to": what the forces are sent to do. */
const NEW_ACTIONS = new Set([
  'fight', 'attack', 'assault', 'storm', 'strike', 'shell', 'bomb', 'raid', 'counterattack', 'capture', 'seize', 'take',
  'retake', 'recapture', 'liberate', 'encircle', 'advance', 'push', 'break', 'launch', 'conduct', 'resume', 'renew',
  'participate', 'engage', 'clear', 'target', 'hit', 'continue',
]);
/** Verbs of joining what goes on: the sent forces have not joined yet, the sender's operations are stated. */
const JOINING = new Set(['reinforce', 'support', 'join', 'bolster', 'augment', 'replenish', 'assist', 'back']);
/** A verb of being before a participle of sending makes it passive: "were sent to fight". */
const BEING = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets']);
/** Words of the force phrase sent, between the verb and "to": "sent additional elements of the 3rd Division from X to …". */
const FORCE_PHRASE = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'of', 'elements', 'element', 'units', 'unit', 'forces', 'troops', 'personnel',
  'servicemen', 'fighters', 'soldiers', 'reserves', 'reinforcements', 'detachments', 'subunits', 'mercenaries', 'convicts',
  'prisoners', 'recruits', 'conscripts', 'volunteers', 'additional', 'more', 'new', 'newly', 'mobilized', 'remaining',
  'some', 'several', 'many', 'all', 'most', 'up', 'at', 'least', 'about', 'roughly', 'approximately', 'over', 'than',
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'back', 'also', 'reportedly', 'likely',
]);
/** How far before "to" the verb of sending may stand. */
const MAX_BACK = 12;

/** True when a "to" and a verb after it, between the match's first and last item, say what forces were sent for. */
export function sentToAct(items: SentenceItems, first: number, last: number): boolean {
  for (let t = first + 1; t < last; t++) {
    if (items.mention[t]! >= 0 || items.keys[t] !== 'to' || items.mention[t + 1]! >= 0) continue;
    const verb = items.keys[t + 1]!;
    if (!NEW_ACTIONS.has(verb) && !JOINING.has(verb)) continue;
    const sending = sendingBefore(items, t);
    if (sending < 0) continue;
    // The actor sends: joining its own operations leaves them stated. The actor is sent: it has not acted yet.
    if (sending > first && JOINING.has(verb)) continue;
    return true;
  }
  return false;
}

/** The item of a verb of sending, with its force phrase or as a passive, that governs the "to" at `to`; or -1. */
function sendingBefore(items: SentenceItems, to: number): number {
  for (let p = to - 1; p >= 0 && p >= to - MAX_BACK; p--) {
    if (items.mention[p]! >= 0) continue;
    const key = items.keys[p]!;
    // A place passed on the way: "sent the 3rd Division from X to Y to fight".
    if ((key === 'to' || key === 'from' || key === 'into' || key === 'in') && p + 1 < to && items.mention[p + 1]! >= 0) continue;
    if (READYING.has(key)) return p;
    if (SENDING.has(key)) return p < to - 1 || (p > 0 && items.mention[p - 1]! < 0 && BEING.has(items.keys[p - 1]!)) ? p : -1;
    if (!FORCE_PHRASE.has(key) && !/^\d/.test(key)) return -1;
  }
  return -1;
}
