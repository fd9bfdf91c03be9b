import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('attacks: the actor of a comma list of verb phrases (attacked-verb-list)', () => {
  it('carries the actor to a middle conjunct after a comma', async () => {
    const { doc, lines } = await relate('Russian troops seized a farm near Tokmak, shelled Vasylivka with mortars, and bombed Orikhiv.', [
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Vasylivka'),
      city('Orikhiv'),
    ]);
    expect(lines).toContain('Russian attacked Vasylivka');
    expect(lines).toContain('Russian attacked Orikhiv');
    expect(doc.relations.some((r) => r.rule === 'attacked-verb-list')).toBe(true);
  });

  it('carries the actor to a firing verb after a comma', async () => {
    const { lines } = await relate('Ukrainian forces repaired a bridge near Tokmak, fired rockets at Vasylivka, and withdrew.', [
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
      city('Vasylivka'),
    ]);
    expect(lines).toContain('Ukrainian attacked Vasylivka');
  });

  it('gives nothing to an actor that does not open its clause, nor past a relative clause', async () => {
    const after = await relate('After Russian forces left Tokmak, shelled Vasylivka was evacuated.', [demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')]);
    expect(after.lines).not.toContain('Russian attacked Vasylivka');
    const which = await relate('Russian forces pushed back Ukrainian units, which struck Vasylivka.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Vasylivka')]);
    expect(which.lines).not.toContain('Russian attacked Vasylivka');
  });

  it('leaves a participle or a noun after the comma to the other rules (no verb-list statement)', async () => {
    const { doc } = await relate('Ukrainian forces made gains near Tokmak, advancing along the Vasylivka-Orikhiv road.', [
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
      city('Vasylivka'),
      city('Orikhiv'),
    ]);
    expect(doc.relations.filter((r) => r.rule === 'attacked-verb-list')).toEqual([]);
  });
});
