import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.js';
import { writeSyntheticReport } from './report-synthetic.js';

/**
 * How long report.html takes to become usable in headless Chromium: a synthetic report of N statements
 * (bench/report-synthetic.ts, written by the report sink), opened R times in a fresh page each; the time
 * is from navigation start to the page's marks: `report-ready` (first page of triples drawn, controls
 * wired: the analyst can work), `report-loaded` (every statement in: counts and filters complete) and
 * `report-complete` (every document text in: free-text search over evidence, entity mentions).
 *
 *   npm run build && node dist/bench/report-load.js [--sizes 10000,100000] [--runs 5]
 */
const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1]!;
};
const sizes = arg('sizes', '10000,100000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'ng-report-load-'));
const { context, close } = await launchChromium();
try {
  process.stdout.write(`report.html load in headless Chromium, ${runs} runs each; load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
  const header = ['statements', 'documents', 'MB', 'bytes/stmt', 'ready ms', 'loaded ms', 'complete ms'];
  process.stdout.write(`${header.map((h) => h.padStart(12)).join('')}\n`);
  for (const n of sizes) {
    const path = join(dir, `report-${n}.html`);
    const written = await writeSyntheticReport(path, n);
    const bytes = statSync(path).size;
    const ready: number[] = [];
    const loaded: number[] = [];
    const complete: number[] = [];
    for (let r = 0; r < runs; r++) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(path).href, { waitUntil: 'commit' });
      await page.waitForSelector('body[data-complete="true"]', { timeout: 120_000, state: 'attached' });
      const t = await page.evaluate(() => {
        const at = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { ready: at('report-ready'), loaded: at('report-loaded'), complete: at('report-complete') };
      });
      ready.push(t.ready);
      loaded.push(t.loaded);
      complete.push(t.complete);
      await page.close();
    }
    const cells = [n, written.documents, (bytes / 1e6).toFixed(1), Math.round(bytes / n), ...[ready, loaded, complete].map((xs) => Math.round(median(xs)))];
    process.stdout.write(`${cells.map((c) => String(c).padStart(12)).join('')}\n`);
    process.stdout.write(`${''.padStart(48)}${[ready, loaded, complete].map((xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`.padStart(12)).join('')}  (min–max)\n`);
  }
  process.stdout.write(`load average at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
