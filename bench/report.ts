import type { Throughput } from './measure.js';
import type { MemoryPoint } from './memory.js';

export interface ThroughputRow {
  name: string;
  result: Throughput;
  /** Speed relative to wink-nlp's default readDoc on the same text (MB/s ÷ MB/s). */
  vsWinkDefault: number;
  note?: string;
}

export interface GazetteerBench {
  name: string;
  entries: number;
  loadSeconds: number;
  result: Throughput;
}

export interface BenchResult {
  mode: 'smoke' | 'full';
  node: string;
  cores: number;
  pipeline: string;
  corpus: { documents: number; bytes: number; tokens: number; fixtures: number };
  pipelineLoadSeconds: number;
  throughput: ThroughputRow[];
  stageMs: Record<string, number>;
  gazetteer: GazetteerBench[];
  memory: MemoryPoint[];
  /** Pipeline speed ÷ wink-nlp default readDoc speed: median of the paired per-slice ratios. */
  target: { ratio: number; required: number; met: boolean };
  /** 1/5/15-minute load averages when the run started and ended: a busy machine makes rates move. */
  loadAverage: { start: number[]; end: number[] };
}

const pad = (s: string | number, w: number): string => String(s).padStart(w);

export function formatBench(r: BenchResult): string {
  const lines = [
    `newsgraph bench (${r.mode}): ${r.corpus.documents} documents, ${(r.corpus.bytes / 1e6).toFixed(2)} MB, ${r.corpus.tokens} tokens; node ${r.node}; pipeline "${r.pipeline}" built in ${r.pipelineLoadSeconds.toFixed(2)} s`,
    '',
    `${'run'.padEnd(50)}${pad('docs', 7)}${pad('tokens/s', 10)}${pad('docs/s', 9)}${pad('MB/s', 8)}${pad('÷ wink', 8)}`,
  ];
  for (const row of r.throughput) {
    const t = row.result;
    lines.push(`${row.name.padEnd(50)}${pad(t.documents, 7)}${pad(t.tokensPerSecond, 10)}${pad(t.documentsPerSecond, 9)}${pad(t.mbPerSecond.toFixed(2), 8)}${pad(row.vsWinkDefault.toFixed(2), 8)}`);
    if (row.note) lines.push(`  ${row.note}`);
  }
  lines.push('', `pipeline stages, ms over the corpus: ${Object.entries(r.stageMs).map(([s, ms]) => `${s} ${ms}`).join(', ')}`);
  if (r.gazetteer.length) {
    lines.push('', `${'gazetteer'.padEnd(30)}${pad('entries', 10)}${pad('load s', 9)}${pad('tokens/s', 11)}${pad('MB/s', 8)}`);
    for (const g of r.gazetteer) lines.push(`${g.name.padEnd(30)}${pad(g.entries, 10)}${pad(g.loadSeconds.toFixed(3), 9)}${pad(g.result.tokensPerSecond, 11)}${pad(g.result.mbPerSecond.toFixed(2), 8)}`);
  }
  lines.push('', `${'peak memory (fresh process, corpus streamed)'.padEnd(46)}${pad('docs', 7)}${pad('after load MB', 15)}${pad('peak RSS MB', 13)}${pad('heap after GC', 16)}`);
  for (const m of r.memory) lines.push(`${`corpus ${m.corpusMB} MB`.padEnd(46)}${pad(m.documents, 7)}${pad(m.rssAfterLoadMB, 15)}${pad(m.peakRssMB, 13)}${pad(m.heapAfterGcMB, 16)}`);
  const t = r.target;
  lines.push('', `target: pipeline (1 thread) ÷ wink-nlp default readDoc = ${t.ratio.toFixed(2)} (median of paired slices; required ≥ ${t.required}): ${t.met ? 'met' : 'NOT met'}`);
  lines.push(`load average at start ${r.loadAverage.start.join(' ')}, at end ${r.loadAverage.end.join(' ')} (${r.cores} cores)`);
  return lines.join('\n') + '\n';
}
