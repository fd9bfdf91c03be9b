/**
 * Progress of a run on stderr: on a terminal one line redrawn in place (files and documents done, docs/s,
 * ETA, failures, the merge's phase); otherwise a plain line every few seconds and one per merge phase, for
 * logs; nothing with --quiet.
 */
export interface Progress {
  file(done: number, total: number, failed: boolean): void;
  document(outcome: 'processed' | 'reused' | 'failed'): void;
  phase(name: string): void;
  /** A message on its own line (a failed file), not lost under the progress line. */
  say(line: string): void;
  end(): void;
}

const PLAIN_EVERY_MS = 5000;

export function progress(mode: 'tty' | 'plain' | 'quiet', stream: NodeJS.WriteStream = process.stderr): Progress {
  const t0 = Date.now();
  let files = 0;
  let total = 0;
  let docs = 0;
  let reused = 0;
  let failed = 0;
  let phase = '';
  let lastPlain = 0;
  let drawn = false;
  const line = (): string => {
    const seconds = (Date.now() - t0) / 1000;
    const rate = (docs - reused) / Math.max(seconds, 0.001);
    if (phase) return `merge: ${phase} (${files}/${total} files, ${docs} documents, ${reused} from shards, ${failed} failed, ${seconds.toFixed(0)} s)`;
    const eta = files > 0 && files < total ? ` ETA ${clock((seconds * (total - files)) / files)}` : '';
    return `extract: ${files}/${total} files, ${docs} documents${reused ? ` (${reused} from shards)` : ''}, ${rate.toFixed(1)} docs/s,${eta} ${failed} failed`;
  };
  const draw = (force = false): void => {
    if (mode === 'tty') {
      stream.write(`\r\x1b[K${line()}`);
      drawn = true;
    } else if (mode === 'plain' && (force || Date.now() - lastPlain >= PLAIN_EVERY_MS)) {
      lastPlain = Date.now();
      stream.write(`${line()}\n`);
    }
  };
  return {
    file(done, all, fileFailed) {
      files = done;
      total = all;
      if (fileFailed) failed++;
      draw();
    },
    document(outcome) {
      docs++;
      if (outcome === 'reused') reused++;
      if (outcome === 'failed') failed++;
    },
    phase(name) {
      phase = name;
      draw(true);
    },
    say(text) {
      if (mode === 'quiet') {
        stream.write(`${text}\n`);
        return;
      }
      stream.write(`${drawn ? '\r\x1b[K' : ''}${text}\n`);
      if (drawn) draw();
    },
    end() {
      if (mode === 'tty' && drawn) stream.write('\n');
    },
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
