import type { Doc, RelationMention } from '../model/document.js';
import { firstMentionFrom } from './items.js';

/**
 * An argument found through a description ("the city", "the settlement") or a pronoun links the last named mention
 * before its sentence — unless the sentence itself names that entity, later on: then the relation links the
 * sentence's own first mention of it (annotation guidelines, "Relations": each entity's first mention in
 * the stating sentence; the last named mention before it only when the sentence does not name it). "… and
 * attacking the city with artillery to damage X's defenders" links the X of this sentence. Names only: a nationality
 * word is linked where it was read (evaluation convention). Looks only at the statement's sentence, once per
 * statement that reached back (few).
 */
export function toSameSentenceMention(doc: Doc, relations: RelationMention[], keyOf: (mention: number) => string): void {
  for (const r of relations) {
    if (r.antecedentSentence === undefined) continue;
    const sentence = doc.sentences[r.sentence]!;
    r.subject = inSentence(doc, r.subject, r.object, sentence.start, sentence.end, keyOf);
    r.object = inSentence(doc, r.object, r.subject, sentence.start, sentence.end, keyOf);
    const earliest = Math.min(doc.mentions[r.subject]!.start, doc.mentions[r.object]!.start);
    if (earliest >= sentence.start) delete r.antecedentSentence;
  }
}

function inSentence(doc: Doc, arg: number, other: number, start: number, end: number, keyOf: (mention: number) => string): number {
  const m = doc.mentions[arg]!;
  if (m.start >= start || m.form === 'demonym') return arg;
  const key = keyOf(arg);
  for (let i = firstMentionFrom(doc.mentions, start); i < doc.mentions.length && doc.mentions[i]!.start < end; i++) {
    if (i !== other && doc.mentions[i]!.form !== 'demonym' && keyOf(i) === key) return i;
  }
  return arg;
}
