import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('attacks: a list of repelled attacks whose first names the attacker (attacked-repelled-list)', () => {
  it('gives the later attack noun the first one\'s nationality', async () => {
    const { doc, lines } = await relate('Ukrainian forces repelled a Russian probing attack near Tokmak and an assault on Vasylivka on Tuesday.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Vasylivka'),
    ]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Russian attacked Vasylivka');
    expect(lines).not.toContain('Ukrainian attacked Vasylivka');
    expect(doc.relations.some((r) => r.rule === 'attacked-repelled-list')).toBe(true);
  });

  it('does not cross into another clause', async () => {
    const { lines } = await relate('Ukrainian forces repelled a Russian attack near Tokmak, while officials reported an assault on Vasylivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Vasylivka'),
    ]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).not.toContain('Russian attacked Vasylivka');
  });

  it('does not read a list after a verb of repelling that names no attacker first', async () => {
    const { lines } = await relate('Ukrainian forces repelled an attack near Tokmak and a Russian assault on Vasylivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Vasylivka'),
    ]);
    expect(lines).not.toContain('Russian attacked Tokmak');
    expect(lines).not.toContain('Ukrainian attacked Tokmak');
  });
});
