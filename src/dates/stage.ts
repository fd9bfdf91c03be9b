import type { StageFactory } from '../stage/stage.js';
import { checkOptionKeys, optionStringArray, PipelineConfigError } from '../stage/options.js';
import { createDateAnnotator } from './annotate.js';
import { DEFAULT_FAMILIES, KNOWN_FAMILIES } from './families.js';

/**
 * The `dates` stage: finds temporal expressions and normalizes them to TIMEX3 (type, value, mod, range)
 * against each article's reference date, filling `doc.dates` sorted by start. When the document has no
 * reference date it takes one from a dateline or headline.
 *
 * Options: `rules`: the rule families to run (default: all but the `chrono-only` baseline).
 */
export const datesStage: StageFactory = (options) => {
  checkOptionKeys(options, 'dates', ['rules']);
  const families = optionStringArray(options, 'rules', 'dates', [...DEFAULT_FAMILIES]);
  for (const f of families) {
    if (!KNOWN_FAMILIES.includes(f)) {
      throw new PipelineConfigError('stage "dates"', `unknown rule family "${f}" in option "rules" (known: ${KNOWN_FAMILIES.join(', ')})`);
    }
  }
  const annotate = createDateAnnotator(families);
  return { name: 'dates', run: annotate };
};
