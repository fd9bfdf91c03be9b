/**
 * The names of the stages a pipeline file may use, without their code: reading and checking a pipeline file
 * (`newsgraph enqueue`, which only needs the pipeline's version) must not load every stage's models and
 * tables — importing the registry costs ~1 s of CPU, a third of what `enqueue` spent on 294 files.
 * registry.ts checks that it registers exactly these.
 */
export const STAGE_NAMES = ['segment', 'tokenize', 'recognize', 'dates', 'relations', 'resolve'] as const;
export type StageName = (typeof STAGE_NAMES)[number];
