import { ruleData } from './rule-data.js';
import { foldKey } from '../../model/words.js';

let cached: Set<string> | undefined;

/** Keys of capitalized function words that never begin or extend a name ("The", "However", "Forces"). */
export function functionWords(): ReadonlySet<string> {
  cached ??= new Set(ruleData<{ words: string[] }>('function-words.json').words.map(foldKey));
  return cached;
}
