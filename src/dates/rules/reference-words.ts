import { REFERENCE_WORDS, alternation } from '../lexicon.js';
import { compile, group, type DateRule } from '../rule.js';
import { Trigger } from '../triggers.js';

/** "now", "recently", "in the future": the present, past or future as a whole (TIMEX3 *_REF values). */
export const referenceWord: DateRule = {
  name: 'reference-word',
  pattern: compile(`(?<w>${alternation(Object.keys(REFERENCE_WORDS))})`),
  priority: 4,
  confidence: 0.7,
  triggers: Trigger.reference,
  resolve: (m) => ({ timexType: 'DATE', value: REFERENCE_WORDS[group(m, 'w')]! }),
};

export const referenceWordRules = [referenceWord] as const;
