import { describe, expect, it } from 'vitest';
import { wordKey } from '../../src/relations/items.js';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a "counter-" compound keyed in its closed spelling (items.ts)', () => {
  it('keys the hyphenated word as the closed one, and leaves other words alone', () => {
    expect(wordKey('counter-attack')).toBe('counterattack');
    expect(wordKey('Counter-offensives')).toBe('counteroffensives');
    expect(wordKey('counter-')).toBe('counter-');
    expect(wordKey('encounter-based')).toBe('encounter-based');
  });

  it('reads an attack named by the hyphenated word', async () => {
    const a = await relate('Freedonian forces conducted a counter-attack near Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(a.lines).toContain('Freedonian attacked Ostrova');
    const b = await relate('Freedonian troops continued counter-offensive operations in Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(b.lines).toContain('Freedonian attacked Ostrova');
  });

  it('reads no attack in a counter- word that names none', async () => {
    const { lines } = await relate('Freedonian forces conducted counter-terrorism inspections in Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(lines).not.toContain('Freedonian attacked Ostrova');
  });
});
