import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/run/write-outputs.js';
import { reviewStats } from '../../src/report/review-stats.js';
import { parseVerdictFile } from '../../src/report/verdicts.js';
import { writeSyntheticReport } from '../../bench/report-synthetic.js';
import { STATEMENT_BLOCK } from '../../src/report/render-report.js';
import { launchChromium, skipBrowserTests } from './chromium.js';
import { frontDoc, wireDoc } from './fixtures.js';
import { makeDoc, makeResult } from './make-docs.js';
import type { DocResult } from '../../src/model/doc-result.js';

let context: BrowserContext;
let close: () => Promise<void>;
let reportUrl: string;
let bigReportUrl: string;

/** Both runs go through writeOutputs like a real run. */
const written: string[] = [];

async function writeReport(docs: DocResult[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-report-'));
  written.push(dir);
  await writeOutputs(makeResult(docs), dir);
  return pathToFileURL(join(dir, 'report.html')).href;
}

/** A page of the report, failing the test on any console error or uncaught exception. */
/**
 * Waits until another page of the context sees verdicts stored (or none). A page's localStorage writes reach the
 * browser's storage asynchronously, and a reload that comes first reads the state before them: the verdict test
 * failed so once in a full run under load.
 */
async function storedVerdicts(present: boolean): Promise<void> {
  const probe = await context.newPage();
  await probe.goto(reportUrl);
  await probe.waitForFunction(
    (want) => Object.keys(localStorage).some((k) => k.startsWith('newsgraph-verdicts:') && localStorage.getItem(k)!.includes('wrong')) === want,
    present,
  );
  await probe.close();
}

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) errors.push(`network request: ${r.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

const count = (page: Page): Promise<string> => page.locator('#count').innerText();
const rowTexts = (page: Page, column: string): Promise<string[]> => page.locator(`#triple-rows .row .${column}`).allInnerTexts();

/** 100,000 synthetic statements fed straight to the report sink (no NLP run); short texts keep the file at 18 MB. */
const LARGE = 100_000;
async function writeLargeReport(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-report-large-'));
  written.push(dir);
  await writeSyntheticReport(join(dir, 'report.html'), LARGE, { filler: 0 });
  return pathToFileURL(join(dir, 'report.html')).href;
}

/** A file name of 255 characters, the most a Linux file system allows. */
const LONG_NAME = `${'a-very-long-file-name-from-a-scraper-'.repeat(7)}`.slice(0, 251) + '.txt';

describe.skipIf(skipBrowserTests)('report.html in headless Chromium', () => {
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    reportUrl = await writeReport([frontDoc(), wireDoc()]);
    bigReportUrl = await writeLargeReport();
  });
  afterAll(async () => {
    await close?.();
    for (const dir of written) rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console errors and no network requests, showing every triple', async () => {
    const { page, errors } = await open(reportUrl);
    expect(await count(page)).toBe('Showing 6 of 6 triples');
    expect(await page.locator('#triple-rows .row').count()).toBe(6);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows the table by predicate, rule, entity type, confidence, document and free text', async () => {
    const { page, errors } = await open(reportUrl);
    await page.selectOption('#f-predicate', { label: 'visited' });
    expect(await count(page)).toBe('Showing 2 of 6 triples');
    expect(new Set(await rowTexts(page, 'c-predicate'))).toEqual(new Set(['visited']));
    await page.selectOption('#f-predicate', { label: 'all' });
    await page.selectOption('#f-type', 'MilitaryUnit');
    expect(await rowTexts(page, 'c-subject')).toEqual(['47th Mechanized Brigade', '47th Mechanized Brigade']);
    await page.fill('#f-confidence', '0.6');
    await page.locator('#f-confidence').dispatchEvent('change');
    expect(await count(page)).toBe('Showing 1 of 6 triples');
    await page.selectOption('#f-type', '');
    await page.fill('#f-confidence', '0');
    await page.locator('#f-confidence').dispatchEvent('change');
    await page.selectOption('#f-rule', { label: 'held-talks' });
    expect(await rowTexts(page, 'c-object')).toEqual(['Aurel Vantu']);
    await page.selectOption('#f-rule', { label: 'all' });
    await page.selectOption('#f-document', { label: 'diplomacy/wire.jsonl#w-17' });
    expect(await count(page)).toBe('Showing 3 of 6 triples');
    await page.selectOption('#f-document', { label: 'all' });
    // Free text searches names and evidence, debounced: wait for the count to change.
    await page.fill('#f-text', 'grain corridors');
    await page.waitForFunction(() => document.getElementById('count')!.textContent === 'Showing 1 of 6 triples');
    expect(await rowTexts(page, 'c-subject')).toEqual(['Dana Okafor']);
    await page.fill('#f-text', 'no such words anywhere');
    await page.waitForFunction(() => document.getElementById('count')!.textContent === 'Showing 0 of 6 triples');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by a column and reverses on a second click', async () => {
    const { page } = await open(reportUrl);
    await page.click('.thead span[data-sort="confidence"]');
    const up = await rowTexts(page, 'c-confidence');
    expect(up).toEqual([...up].sort());
    await page.click('.thead span[data-sort="confidence"]');
    expect(await rowTexts(page, 'c-confidence')).toEqual([...up].reverse());
    await page.close();
  });

  it('shows a clicked triple with subject, object and date highlighted in its evidence sentence', async () => {
    const { page, errors } = await open(reportUrl);
    await page.locator('#triple-rows .row', { hasText: 'Aurel Vantu' }).filter({ hasText: 'visited' }).click();
    const evidence = page.locator('#evidence');
    expect(await evidence.innerText()).toContain('to inspect air defences.');
    expect(await evidence.locator('mark.role-subject').evaluate((m) => m.firstChild!.textContent)).toBe('Aurel Vantu');
    expect(await evidence.locator('mark.role-object').evaluate((m) => m.firstChild!.textContent)).toBe('Kharkiv');
    expect(await evidence.locator('mark.role-date').evaluate((m) => m.firstChild!.textContent)).toBe('12 March 2026');
    // The entity IRIs the report leaves out are made back from the keys.
    expect(await page.locator('#triple-detail dl').innerText()).toContain('Person \u00b7 https://w3id.org/newsgraph/id/person/aurel-vantu');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the entity view and a document with its mentions colored by type', async () => {
    const { page, errors } = await open(reportUrl);
    await page.locator('#triple-rows .row', { hasText: 'Dana Okafor' }).filter({ hasText: 'visited' }).click();
    await page.locator('#triple-detail h2 a', { hasText: 'Kharkiv' }).click();
    const entity = page.locator('#entity-detail');
    expect(await entity.locator('h2').innerText()).toBe('Kharkiv');
    expect(await entity.innerText()).toContain('Kharkov');
    expect(await entity.innerText()).toContain('https://sws.geonames.org/706483/');
    expect(await entity.locator('ul.mentions li').count()).toBe(4);
    expect(await entity.locator('ul.edges li').count()).toBe(2);
    await entity.locator('ul.mentions li a', { hasText: 'assessments/front.txt' }).first().click();
    const reader = page.locator('#doc-reader .reader');
    expect(await reader.locator('mark.t0').count()).toBe(3); // Person: Aurel Vantu, Vantu, Ilse Brandt
    expect(await reader.locator('mark.t3').first().evaluate((m) => m.firstChild!.textContent)).toBe('47th Mechanized Brigade');
    expect(await reader.locator('mark.t4').first().evaluate((m) => m.firstChild!.textContent)).toBe('12 March 2026');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records verdicts from the keyboard, keeps them for the run and exports them for review-stats', async () => {
    const { page, errors } = await open(reportUrl);
    await page.selectOption('#f-predicate', { label: 'operatesIn' });
    await page.locator('#triple-rows .row').first().click();
    await page.keyboard.press('w'); // wrong, and moves to the next
    await page.keyboard.press('c');
    expect(await page.locator('#triple-rows .row.v-wrong').count()).toBe(1);
    expect(await page.locator('#triple-rows .row.v-correct').count()).toBe(1);
    expect(await page.locator('#progress').innerText()).toContain('Reviewed 2 of 6 (1 correct, 1 wrong');

    await storedVerdicts(true);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#triple-rows .row.v-wrong').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/^verdicts-[0-9a-f]{16}\.json$/);
    const file = parseVerdictFile(readFileSync((await download.path())!, 'utf8'), 'export');
    expect(file.verdicts.map((v) => [v.predicate, v.rule, v.verdict]).sort()).toEqual([
      ['operatesIn', 'unit-operates-near', 'correct'],
      ['operatesIn', 'unit-operates-near', 'wrong'],
    ]);
    const stats = reviewStats([file]);
    expect(stats.byRule).toEqual([expect.objectContaining({ name: 'unit-operates-near', reviewed: 2, precision: 0.5 })]);

    // Another browser (here: cleared storage) takes the exported file back.
    await page.evaluate(() => localStorage.clear());
    await storedVerdicts(false);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#triple-rows .row.v-wrong').count()).toBe(0);
    await page.setInputFiles('#import', (await download.path())!);
    await page.waitForFunction(() => document.getElementById('notice')!.textContent === 'Imported 2 verdicts.');
    expect(await page.locator('#triple-rows .row.v-wrong').count()).toBe(1);
    expect(await page.locator('#triple-rows .row.v-correct').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the report of a run without statements', async () => {
    const { page, errors } = await open(await writeReport([]));
    expect(await count(page)).toBe('Showing 0 of 0 triples');
    await page.click('#export');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens 100,000 triples: the first page is drawn before all are in, then filters and scrolls to the last one', async () => {
    const { page, errors } = await open(bigReportUrl);
    // Ready with the first block of statements: the first page is on screen, only the visible rows are in the DOM.
    expect(await page.locator('body').getAttribute('data-ready-statements')).toBe(String(STATEMENT_BLOCK));
    const first = await page.locator('#triple-rows .row .c-subject').first().innerText();
    expect(first).toBe('Regiment 0');
    expect(await page.locator('#triple-rows .row').count()).toBeLessThan(100);
    await page.waitForSelector('body[data-loaded="true"]', { state: 'attached' });
    expect(await count(page)).toBe('Showing 100,000 of 100,000 triples');
    await page.selectOption('#f-predicate', { label: 'operatesIn' });
    expect(await count(page)).toBe('Showing 50,000 of 100,000 triples');
    await page.fill('#f-text', 'regiment 24999 ');
    await page.waitForFunction(() => document.getElementById('count')!.textContent === 'Showing 2 of 100,000 triples');
    await page.fill('#f-text', '');
    await page.waitForFunction(() => document.getElementById('count')!.textContent === 'Showing 50,000 of 100,000 triples');
    await page.locator('#triple-rows').evaluate((vp) => {
      vp.scrollTop = vp.scrollHeight;
      vp.dispatchEvent(new Event('scroll'));
    });
    // The last of the 50,000 rows is drawn, inside the scrolled list; it is the last statement.
    const last = page.locator('#triple-rows .row[data-row="49999"]');
    await last.waitFor();
    expect(await last.getAttribute('data-statement')).toBe(String(LARGE - 1));
    expect(await last.locator('.c-subject').innerText()).toBe('Regiment 24999');
    const [row, list] = [(await last.boundingBox())!, (await page.locator('#triple-rows').boundingBox())!];
    expect(row.y).toBeGreaterThanOrEqual(list.y);
    expect(row.y + row.height).toBeLessThanOrEqual(list.y + list.height + 1);
    expect(await page.locator('#triple-rows .row').count()).toBeLessThan(100);
    await last.click();
    // Its evidence, with offsets into the document's text (parsed when first needed).
    const evidence = page.locator('#evidence');
    expect(await evidence.locator('mark.role-subject').evaluate((m) => m.firstChild!.textContent)).toBe('Regiment 24999');
    expect(await evidence.locator('mark.role-object').evaluate((m) => m.firstChild!.textContent)).toMatch(/^Town \d+x$/);
    expect(await evidence.evaluate((e) => e.firstChild!.textContent)).toBe('Scouts placed ');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the document filter and the document view on screen with a 255-character file name', async () => {
    const text = 'Aurel Vantu visited Kharkiv on Monday.';
    const doc = makeDoc({
      path: `scraped/${LONG_NAME}`,
      text,
      entities: [{ key: 'person:aurel-vantu', type: 'Person', name: 'Aurel Vantu' }, { key: 'geonames:706483', type: 'Place', name: 'Kharkiv' }],
      mentions: [{ text: 'Aurel Vantu', key: 'person:aurel-vantu' }, { text: 'Kharkiv', key: 'geonames:706483' }],
      relations: [{ s: 0, p: 'visited', o: 1, rule: 'visit-verb' }],
    });
    expect(LONG_NAME).toHaveLength(255);
    const { page, errors } = await open(await writeReport([doc, frontDoc()]));
    const inView = async (selector: string): Promise<void> => {
      const box = (await page.locator(selector).boundingBox())!;
      const view = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(view.width);
    };
    await inView('#f-document');
    await inView('#f-text');
    await page.selectOption('#f-document', { label: `scraped/${LONG_NAME}` });
    expect(await count(page)).toBe('Showing 1 of 4 triples');
    await inView('#f-document');
    await page.locator('#triple-rows .row').first().click();
    await page.keyboard.press('o');
    await page.locator('#doc-reader .reader').waitFor();
    // Nothing on the page is wider than the window: no horizontal scrolling to reach a control.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await inView('#doc-reader h2');
    expect(errors).toEqual([]);
    await page.close();
  });
});
