import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

/** Branch rel38 (issue 13): a forecast or unlikely event noun with a modifier after the nationality (irrealis.ts isForecastNoun). */
describe('an event noun judged unlikely or foreseen, with a modifier before it', () => {
  it('gives no withdrawal that is "unlikely to constitute a … Russian military withdrawal from X"', async () => {
    const { lines } = await relate('The ceasefire remains unlikely to constitute a complete or partial Russian military withdrawal from Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(lines).not.toContain('Russian withdrewFrom Tarnok');
  });

  it('gives no withdrawal a modal foresees, over a modifier', async () => {
    const { lines } = await relate('The talks could lead to a Russian military withdrawal from Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(lines).not.toContain('Russian withdrewFrom Tarnok');
  });

  it('keeps a withdrawal that happened, and one named in a clause a wh-word opens after a modal', async () => {
    const done = await relate('The Russian military withdrawal from Tarnok freed up forces.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(done.lines).toContain('Russian withdrewFrom Tarnok');
    const why = await relate('The general may have tried to learn why the Russian offensive on Tarnok stalled.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(why.lines).toContain('Russian attacked Tarnok');
  });
});
