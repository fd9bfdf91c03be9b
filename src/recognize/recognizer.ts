import type { Doc, Mention } from '../model/document.js';

/**
 * A recognizer proposes candidate mentions. Recognizers run in the order the pipeline lists them and
 * each sees the candidates proposed before it (an acronym recognizer needs the long forms, a context
 * recognizer needs to know what is already covered). The overlap resolver then keeps one consistent set.
 */
export interface Recognizer {
  readonly name: string;
  recognize(doc: Doc, candidates: readonly Mention[]): Mention[];
}

export type RecognizerFactory = (
  options: Record<string, unknown>,
  env: import('../stage/stage.js').StageEnv,
) => Recognizer | Promise<Recognizer>;
