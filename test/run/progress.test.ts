import { describe, expect, it } from 'vitest';
import { progress } from '../../src/run/progress.js';

/** A stream that keeps what is written to it. */
function sink(): NodeJS.WriteStream & { text: string } {
  const s = { text: '', write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

function feed(mode: 'tty' | 'plain' | 'quiet'): string {
  const out = sink();
  const p = progress(mode, out);
  p.document('reused');
  p.document('processed');
  p.document('failed');
  p.file(1, 4, false);
  p.say('failed: bad.txt: not valid UTF-8');
  p.file(2, 4, true);
  p.phase('graph.nq');
  p.end();
  return out.text;
}

describe('run progress', () => {
  it('on a terminal redraws one line: files, documents, reused, docs/s, ETA, failures, then the merge phase', () => {
    const text = feed('tty');
    expect(text).toContain('\r\x1b[Kextract: 1/4 files, 3 documents (1 from shards), ');
    expect(text).toMatch(/docs\/s, ETA \d+:\d\d 1 failed/);
    expect(text).toContain('\r\x1b[Kfailed: bad.txt: not valid UTF-8\n');
    expect(text).toMatch(/merge: graph\.nq \(2\/4 files, 3 documents, 1 from shards, 2 failed, \d+ s\)\n$/);
  });

  it('in a log writes plain lines, never carriage returns: the first, then one per merge phase', () => {
    const text = feed('plain');
    expect(text).not.toContain('\r');
    expect(text.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^extract: 1\/4 files, 3 documents/),
      'failed: bad.txt: not valid UTF-8',
      expect.stringMatching(/^merge: graph\.nq/),
    ]);
  });

  it('with --quiet prints only errors', () => {
    expect(feed('quiet')).toBe('failed: bad.txt: not valid UTF-8\n');
  });
});
