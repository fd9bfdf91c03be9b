import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/run/write-outputs.js';
import { reviewStats } from '../../src/report/review-stats.js';
import { parseVerdictFile } from '../../src/report/verdicts.js';
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

/** 50 statements per document (20,000 over 400 documents): units reported near towns. */
export function bigRun(documents = 400): DocResult[] {
  const docs: DocResult[] = [];
  for (let d = 0; d < documents; d++) {
    const sentences: string[] = [];
    const mentions: { text: string; key: string; nth?: number }[] = [];
    const relations: { s: number; p: string; o: number; rule: string; confidence: number }[] = [];
    const entities = new Map<string, { key: string; type: 'MilitaryUnit' | 'Place'; name: string }>();
    for (let k = 0; k < 50; k++) {
      const unit = `Regiment ${d * 50 + k}`;
      const town = `Town ${(d * 7 + k) % 300}x`;
      sentences.push(`Scouts placed ${unit} close to ${town}.`);
      entities.set(unit, { key: `unit:r${d * 50 + k}`, type: 'MilitaryUnit', name: unit });
      entities.set(town, { key: `place:t${(d * 7 + k) % 300}`, type: 'Place', name: town });
      const townSeen = mentions.filter((m) => m.text === town).length;
      mentions.push({ text: `${unit} `, key: `unit:r${d * 50 + k}` }, { text: town, key: `place:t${(d * 7 + k) % 300}`, nth: townSeen });
      relations.push({ s: mentions.length - 2, p: k % 2 ? 'operatesIn' : 'locatedIn', o: mentions.length - 1, rule: `rule-${k % 5}`, confidence: 0.5 + (k % 5) / 10 });
    }
    docs.push(makeDoc({ path: `bulk/${String(d).padStart(3, '0')}.txt`, text: sentences.join(' '), entities: [...entities.values()], mentions, relations }));
  }
  return docs;
}

describe.skipIf(skipBrowserTests)('report.html in headless Chromium', () => {
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    reportUrl = await writeReport([frontDoc(), wireDoc()]);
    bigReportUrl = await writeReport(bigRun());
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

  it('keeps 20,000 triples usable: renders only the visible rows, filters and scrolls to the end', async () => {
    const { page, errors } = await open(bigReportUrl);
    expect(await count(page)).toBe('Showing 20,000 of 20,000 triples');
    expect(await page.locator('#triple-rows .row').count()).toBeLessThan(100);
    await page.selectOption('#f-predicate', { label: 'operatesIn' });
    expect(await count(page)).toBe('Showing 10,000 of 20,000 triples');
    await page.fill('#f-text', 'regiment 19999 ');
    await page.waitForFunction(() => document.getElementById('count')!.textContent === 'Showing 1 of 20,000 triples');
    await page.fill('#f-text', '');
    await page.waitForFunction(() => document.getElementById('count')!.textContent === 'Showing 10,000 of 20,000 triples');
    await page.locator('#triple-rows').evaluate((vp) => {
      vp.scrollTop = vp.scrollHeight;
      vp.dispatchEvent(new Event('scroll'));
    });
    // The last of the 10,000 rows is rendered, at its place in the full-height list.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('#triple-rows .row')].some((e) => e.style.top === `${9999 * 28}px`));
    expect(await page.locator('#triple-rows .row').count()).toBeLessThan(100);
    expect(errors).toEqual([]);
    await page.close();
  });
});
