import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => l.includes(' locatedIn '));
const ru = demonym('Russian', 'RU');

/** Branch prec25 (issue 13): "X City" lies in its namesake region, not in the region that closes a list it is in (namesake-city.ts). */
describe('a region capital named "X City" in a list (namesake-city.ts)', () => {
  it('does not locate "X City" in the region of another place of its list', async () => {
    const comma = await relate('Russian forces struck Tarnok City and Velmy, Brisk Oblast.', [ru, city('Tarnok City'), city('Velmy'), region('Brisk Oblast')]);
    expect(located(comma.lines)).toEqual(['Velmy locatedIn Brisk Oblast']);
    const inArea = await relate('Russian forces struck Tarnok City, Brisk City, and Velmy in Brisk Oblast.', [ru, city('Tarnok City'), city('Brisk City'), city('Velmy'), region('Brisk Oblast')]);
    expect(located(inArea.lines)).not.toContain('Tarnok City locatedIn Brisk Oblast');
    expect(located(inArea.lines)).toContain('Velmy locatedIn Brisk Oblast');
  });

  it('keeps "X City" in its namesake region, and a city the text locates right away', async () => {
    const own = await relate('Russian forces struck Brisk City and Velmy, Brisk Oblast.', [ru, city('Brisk City'), city('Velmy'), region('Brisk Oblast')]);
    expect(located(own.lines)).toContain('Brisk City locatedIn Brisk Oblast');
    const direct = await relate('Russian forces struck Tarnok City, Brisk Oblast, on May 3.', [ru, city('Tarnok City'), region('Brisk Oblast')]);
    expect(located(direct.lines)).toEqual(['Tarnok City locatedIn Brisk Oblast']);
  });
});
