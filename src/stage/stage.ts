import type { Doc } from '../model/document.js';

/**
 * A pipeline stage: a small, named transform over the shared document model. It adds annotations to the
 * document (never changes its text) and may attach messages. Stages are built once per pipeline by their
 * factory (which loads what they need: gazetteer index, rule tables) and then run on every document.
 */
export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}

/**
 * Builds a stage from its options in the pipeline file. `baseDir` is the folder of the pipeline file, so
 * relative paths in options (user gazetteers, rule tables) resolve against it.
 */
export type StageFactory = (options: Record<string, unknown>, env: StageEnv) => Stage | Promise<Stage>;

export interface StageEnv {
  /** Folder of the pipeline file: relative paths in options resolve against it. */
  baseDir: string;
  /** Root of the newsgraph package (for built-in data: gazetteers/, pipelines/). */
  packageRoot: string;
}
