import type { Doc, Mention } from '../model/document.js';

/**
 * Who reports an attack is not its actor: "The Ukrainian General Staff reported rocket strikes in X", "the General
 * Staff also reported a March 9 attack on a depot near X" (annotation guidelines: the actor is the one named as doing
 * it). The attack rules read the nearest party before the attack word, and a staff, a ministry or a command that
 * reports it with no "that" before the attack is such a party. A test on the statement's subject, read on the
 * document text right after it (one short regular expression): an organization — not a nationality, a country or a
 * unit — followed by a verb of reporting whose object is the attack. A command reporting what it did itself ("reported
 * destroying three depots in X") stays the actor.
 */
const REPORTED_ATTACK =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:also\s+|additionally\s+|previously\s+|separately\s+)?(?:reported|reports|noted|notes|confirmed|confirms|stated|announced|recorded|records|observed|documented)\s+(?!that\b|destroying\b|striking\b|hitting\b|repelling\b|conducting\b|launching\b|targeting\b|attacking\b|shooting\b|downing\b)/i;
const LOOK_AHEAD = 80;

/** The subject is an organization that only reports the attack of the statement. */
export function reportsTheAttack(doc: Doc, actor: Mention, _place: Mention): boolean {
  if (actor.type !== 'Organization' || actor.form === 'demonym') return false;
  return REPORTED_ATTACK.test(doc.text.slice(actor.end, actor.end + LOOK_AHEAD));
}
