import type { RecognizerFactory } from './recognizer.js';
import { unitGrammarRecognizer } from './recognizers/unit-grammar.js';

/**
 * Recognizers a pipeline file may name in the recognize stage's `recognizers` option. Each entry is one
 * module under `src/recognize/recognizers/`. Add a recognizer by adding its factory here.
 */
export const recognizerRegistry: Record<string, RecognizerFactory> = {
  'unit-grammar': unitGrammarRecognizer,
};
