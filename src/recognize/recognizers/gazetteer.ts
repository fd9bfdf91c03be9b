import { resolve } from 'node:path';
import { checkOptionKeys, optionStringArray, PipelineConfigError } from '../../stage/options.js';
import { readGazetteerFile, type GazetteerFile } from '../../gazetteer/entry.js';
import { findNames, type IndexSource } from '../../gazetteer/find-names.js';
import { BUILTIN_LISTS, buildFileIndex, loadBuiltinIndex } from '../../gazetteer/load.js';
import type { RecognizerFactory } from '../recognizer.js';

/**
 * Names from gazetteers: GeoNames places, countries, subdivisions and the curated regions, units, people
 * and organizations (built into gazetteers/build/ by `npm run gazetteers`), plus the user's own files.
 *
 * Options: `lists` — "builtin" (every built-in list), "builtin:<list>" (one of places, countries,
 * subdivisions, regions, units, people, organizations), or a path to a gazetteer file relative to the
 * pipeline file (format in src/gazetteer/entry.ts and gazetteers/README.md).
 */
export const gazetteerRecognizer: RecognizerFactory = (options, env) => {
  checkOptionKeys(options, 'gazetteer', ['lists']);
  const lists = optionStringArray(options, 'lists', 'gazetteer', ['builtin']);
  if (lists.length === 0) throw new PipelineConfigError('recognizer "gazetteer"', 'option "lists" must name at least one list');
  const sources: IndexSource[] = [];
  const builtinNames = new Set<string>();
  let allBuiltin = false;
  const files: GazetteerFile[] = [];
  for (const entry of lists) {
    if (entry === 'builtin') allBuiltin = true;
    else if (entry.startsWith('builtin:')) {
      const name = entry.slice('builtin:'.length);
      if (!(BUILTIN_LISTS as readonly string[]).includes(name)) {
        throw new PipelineConfigError('recognizer "gazetteer"', `unknown built-in list "${name}" (known: ${BUILTIN_LISTS.join(', ')})`);
      }
      builtinNames.add(name);
    } else files.push(readGazetteerFile(resolve(env.baseDir, entry)));
  }
  if (allBuiltin || builtinNames.size > 0) {
    const index = loadBuiltinIndex();
    if (allBuiltin) sources.push({ index });
    else sources.push({ index, lists: new Set(index.lists.flatMap((name, i) => (builtinNames.has(name) ? [i] : []))) });
  }
  if (files.length > 0) sources.push({ index: buildFileIndex(files) });
  return {
    name: 'gazetteer',
    recognize: (doc) => findNames(doc, sources),
  };
};
