import nlp from 'compromise';
import { createDoc, type EntityType } from '../model/document.js';
import type { Annotate } from './evaluate.js';

interface OffsetJson {
  offset: { start: number; length: number };
}

// compromise's match offsets include the punctuation around the words ("Baghdad," "(Kyiv"): trimmed off.
const EDGE_PUNCTUATION = /^[\s"'“‘(\[]+|[\s.,;:!?"'”’)\]]+$/g;

/**
 * The orientation baseline: compromise's own people(), places() and organizations() as entity mentions,
 * scored by the same rules as the pipeline. No dates, no relations.
 */
export function compromiseAnnotator(): Annotate {
  return (gold) => {
    const doc = createDoc({ id: gold.id, source: { path: gold.id, relPath: gold.id, sha256: '' }, text: gold.text });
    const parsed = nlp(gold.text);
    const groups: Array<[EntityType, OffsetJson[]]> = [
      ['Person', parsed.people().json({ offset: true }) as OffsetJson[]],
      ['Place', parsed.places().json({ offset: true }) as OffsetJson[]],
      ['Organization', parsed.organizations().json({ offset: true }) as OffsetJson[]],
    ];
    for (const [type, items] of groups) {
      for (const { offset } of items) {
        const raw = gold.text.slice(offset.start, offset.start + offset.length);
        const lead = raw.length - raw.replace(/^[\s"'“‘(\[]+/, '').length;
        const text = raw.replace(EDGE_PUNCTUATION, '');
        if (text === '') continue;
        const start = offset.start + lead;
        doc.mentions.push({ start, end: start + text.length, text, type, form: 'name', recognizer: 'compromise', priority: 0, confidence: 1 });
      }
    }
    doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return doc;
  };
}
