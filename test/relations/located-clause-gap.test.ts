import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => l.includes(' locatedIn '));
const ru = demonym('Russian', 'RU');

/** Branch prec25 (issue 13): "X, near Y in Z" locates X only when a distance or a bearing stands between, not a new clause. */
describe('a place before "near Y in Z" (place-in-area)', () => {
  it('locates the place before a distance aside', async () => {
    const { lines } = await relate('Russian forces shelled Tarnok, just west of Velmy in southern Brisk Oblast.', [ru, city('Tarnok'), city('Velmy'), region('Brisk Oblast')]);
    expect(located(lines)).toContain('Tarnok locatedIn Brisk Oblast');
  });

  it('does not locate the place of another clause', async () => {
    const { lines } = await relate('Russian forces made gains south of Tarnok, and remained stuck near Velmy in western Brisk Oblast.', [ru, city('Tarnok'), city('Velmy'), region('Brisk Oblast')]);
    expect(located(lines)).toEqual(['Velmy locatedIn Brisk Oblast']);
  });
});
