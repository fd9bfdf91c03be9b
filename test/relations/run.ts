import type { Doc } from '../../src/model/document.js';
import { packageRoot } from '../../src/model/package-root.js';
import { relationsStage } from '../../src/relations/stage.js';
import type { Stage } from '../../src/pipeline/stage.js';

let stage: Stage | undefined;

/** Runs the built-in relations stage and lists its statements as "subject predicate object [rule]". */
export async function relationsOf(doc: Doc): Promise<string[]> {
  const env = { baseDir: packageRoot(), packageRoot: packageRoot() };
  stage ??= await relationsStage({ rules: 'builtin' }, env);
  stage.run(doc);
  return doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);
}
