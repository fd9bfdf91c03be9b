import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

describe('attacks placed by a bearing and then by the places hit (attacked-refined-place)', () => {
  it('gives the places after the comma, not the bearing\'s town', async () => {
    const { doc, lines } = await relate('Russian forces conducted airstrikes north and west of Tokmak, near Vasylivka and Orikhiv.', [
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Vasylivka'),
      city('Orikhiv'),
    ]);
    expect(lines).toContain('Russian attacked Vasylivka');
    expect(lines).toContain('Russian attacked Orikhiv');
    expect(doc.relations.some((r) => r.rule === 'attacked-refined-place')).toBe(true);
    expect(doc.relations.filter((r) => r.rule === 'attacked-refined-place' && doc.mentions[r.object]!.text === 'Tokmak')).toEqual([]);
  });

  it('reads no place that only names the border or a region the bearing lies in', async () => {
    const { doc } = await relate('Russian forces shelled settlements north of Tokmak, near the border with Kherson Oblast.', [
      demonym('Russian', 'RU'),
      city('Tokmak'),
      region('Kherson Oblast'),
    ]);
    expect(doc.relations.filter((r) => r.rule === 'attacked-refined-place')).toEqual([]);
  });
});
