import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

describe('attack reporter: who reports an attack is not its actor', () => {
  it('gives a staff that reports strikes no attack', async () => {
    const a = await relate('The Northern Staff reported heavy artillery strikes near Ivanivka on Monday.', [org('Northern Staff'), city('Ivanivka')]);
    expect(a.lines).not.toContain('Northern Staff attacked Ivanivka');
    const b = await relate('The Northern Staff also confirmed an earlier strike on a depot in Ivanivka.', [org('Northern Staff'), city('Ivanivka')]);
    expect(b.lines).not.toContain('Northern Staff attacked Ivanivka');
  });

  it('keeps the actor named after "that", and a command reporting what it did', async () => {
    const a = await relate('The Northern Staff reported that Ukrainian forces struck Ivanivka.', [org('Northern Staff'), demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(a.lines).toContain('Ukrainian attacked Ivanivka');
    const b = await relate('The Northern Staff reported destroying two depots in Ivanivka.', [org('Northern Staff'), city('Ivanivka')]);
    expect(b.lines).toContain('Northern Staff attacked Ivanivka');
  });
});
