import { createDoc, type Doc } from '../../src/model/document.js';
import { segmentStage } from '../../src/segment/stage.js';
import { tokenizeStage } from '../../src/tokenize/stage.js';
import { packageRoot } from '../../src/model/package-root.js';
import type { Stage } from '../../src/stage/stage.js';

let stages: Stage[] | undefined;

/**
 * A document segmented and tokenized, ready for a recognizer, date or relation stage under test.
 * `referenceDate` sets the document's reference date as metadata would.
 */
export async function prepare(text: string, referenceDate?: string): Promise<Doc> {
  const env = { baseDir: packageRoot(), packageRoot: packageRoot() };
  stages ??= [await segmentStage({}, env), await tokenizeStage({ pos: true }, env)];
  const doc = createDoc({ id: 'test.txt', source: { path: '/test.txt', relPath: 'test.txt', sha256: '' }, text });
  if (referenceDate) {
    doc.referenceDate = referenceDate;
    doc.referenceDateSource = 'metadata';
  }
  for (const s of stages) s.run(doc);
  return doc;
}
