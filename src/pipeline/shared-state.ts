import { releaseLoadedGazetteer } from '../gazetteer/load.js';
import { forgetCachedMatches } from '../gazetteer/match.js';
import { releaseWinkInstances } from '../tokenize/wink.js';

/**
 * Lets go of what the pipelines of this thread share for the life of the process: wink's instances (its model
 * and learnt vocabulary, with their lexicons), the built-in gazetteer index and the common-word sets. A pipeline
 * built afterwards loads them again (0.3–0.6 s for both of wink's pipes, the index and the words; load ~6).
 *
 * For `newsgraph extract` once every document is processed: the merge needs none of it, and held it to the end
 * of the run — 26.8 MB of wink's instance, 25.7 MB of the gazetteer index (most of it one ArrayBuffer), 3.4 MB of
 * common words of the 130.7 MB live at the report.html phase (heap snapshot, 25 MB of 5 kB ISW copies,
 * `--mentions linked`, one thread), so the merge's phases stood on the processing phase's level.
 */
export function releasePipelineState(): void {
  releaseWinkInstances();
  forgetCachedMatches();
  releaseLoadedGazetteer();
}
