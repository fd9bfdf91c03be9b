import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { packageRoot } from '../src/model/package-root.js';
import { loadPipeline } from '../src/pipeline/pipeline.js';
import { corpusDocuments, loadFixtures } from './corpus.js';

/**
 * Run in a child process (with --expose-gc) by the benchmark: streams a generated corpus of `--bytes`
 * through the pipeline, keeping nothing, and prints as JSON the resident memory after loading and at its
 * peak, and the heap still in use after a full collection at the end (what the run retained).
 */
const { values } = parseArgs({ options: { bytes: { type: 'string' }, pipeline: { type: 'string' } } });
const targetBytes = Number(values.bytes);
const pipeline = await loadPipeline(values.pipeline);
const rssAfterLoad = process.memoryUsage().rss;
let documents = 0;
let bytes = 0;
for (const d of corpusDocuments(loadFixtures(join(packageRoot(), 'bench', 'fixtures')), targetBytes)) {
  pipeline.process({ id: d.id, source: { path: `/bench/${d.id}.txt`, relPath: `${d.id}.txt`, sha256: '' }, text: d.text });
  documents++;
  bytes += Buffer.byteLength(d.text);
}
(globalThis as { gc?: () => void }).gc?.();
// resourceUsage().maxRSS is in kilobytes.
const result = {
  documents,
  bytes,
  rssAfterLoadBytes: rssAfterLoad,
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  heapAfterGcBytes: process.memoryUsage().heapUsed,
};
process.stdout.write(JSON.stringify(result) + '\n');
