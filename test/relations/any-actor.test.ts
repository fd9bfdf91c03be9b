import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

/** Branch rec12: a nationality after "any" is a supposed actor, none that acted (any-actor.ts). */
describe('events: an actor quantified by "any"', () => {
  it('reads no withdrawal by "any Freedonian units"', async () => {
    const { lines } = await relate('Any Freedonian units withdrawn from the Tarnok axis will need months of rest.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(lines.filter((l) => l.includes('withdrewFrom'))).toEqual([]);
  });

  it('reads no attack by "any Freedonian bid"', async () => {
    const { lines } = await relate('Bloggers mocked any Freedonian bid to encircle Tarnok.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(lines.filter((l) => l.includes('attacked'))).toEqual([]);
  });

  it('keeps the same events with a plain actor', async () => {
    const withdrawn = await relate('Freedonian units withdrawn from the Tarnok axis regrouped near the border.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(withdrawn.lines).toContain('Freedonian withdrewFrom Tarnok');
    const attempt = await relate('Freedonian forces continued their bid to encircle Tarnok.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(attempt.lines).toContain('Freedonian attacked Tarnok');
  });
});
