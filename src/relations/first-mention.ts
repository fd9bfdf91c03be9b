import type { Doc, RelationMention } from '../model/document.js';
import { firstMentionFrom } from './items.js';

/**
 * A statement links the first mentions of both its entities within the sentence that states it (annotation guidelines,
 * "Relations"). A nationality named as a people ("the Russians", "the Ukrainians") after its adjective ("Russian
 * forces had advanced …, which the Russians have occupied") is linked at the adjective, the form the gold gives a
 * nationality. Only in one sentence (a statement made through a pronoun links the last named mention, anaphora.ts)
 * and for `predicates`; `keyOf` tells a mention's entity.
 */
export function peopleToFirstMention(doc: Doc, relations: RelationMention[], keyOf: (mention: number) => string, predicates: ReadonlySet<string>): void {
  for (const r of relations) {
    if (!predicates.has(r.predicate) || r.antecedentSentence !== undefined) continue;
    const m = doc.mentions[r.subject]!;
    if (m.form !== 'demonym' || !/s$/.test(m.text)) continue;
    const key = keyOf(r.subject);
    for (let i = firstMentionFrom(doc.mentions, doc.sentences[r.sentence]!.start); i < r.subject; i++) {
      if (i !== r.object && keyOf(i) === key) {
        r.subject = i;
        break;
      }
    }
  }
}
