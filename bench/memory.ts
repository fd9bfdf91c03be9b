import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mb } from './measure.js';

export interface MemoryPoint {
  corpusMB: number;
  documents: number;
  rssAfterLoadMB: number;
  peakRssMB: number;
  /** Heap in use after a full collection at the end: what processing retained. Flat means no leak. */
  heapAfterGcMB: number;
}

/** Peak resident memory of a fresh process that streams `bytes` of corpus through the pipeline. */
export function measureMemory(bytes: number, pipelineFile?: string): MemoryPoint {
  const child = fileURLToPath(new URL('./memory-child.js', import.meta.url));
  const args = ['--expose-gc', child, '--bytes', String(bytes), ...(pipelineFile ? ['--pipeline', pipelineFile] : [])];
  const out = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as {
    documents: number;
    bytes: number;
    rssAfterLoadBytes: number;
    peakRssBytes: number;
    heapAfterGcBytes: number;
  };
  return { corpusMB: Number((out.bytes / 1e6).toFixed(2)), documents: out.documents, rssAfterLoadMB: mb(out.rssAfterLoadBytes), peakRssMB: mb(out.peakRssBytes), heapAfterGcMB: mb(out.heapAfterGcBytes) };
}
