import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

describe('control of a share of a place, given as a number, is partial control (captured)', () => {
  it('reads "control approximately 35% of X" and "control 70 percent of the town"', async () => {
    const a = await relate('An occupation official alleged that Russian troops control approximately 35% of Vostok Oblast.', [demonym('Russian', 'RU'), region('Vostok Oblast')]);
    expect(a.lines).toContain('Russian captured Vostok Oblast');
    const b = await relate('Fighting continues in Orlivka, and Russian forces now control 70 percent of the town.', [city('Orlivka'), demonym('Russian', 'RU')]);
    expect(b.lines).toContain('Russian captured Orlivka');
  });

  it('reads "have control over more than 70 percent of X" and "have taken control of over 90% of X"', async () => {
    const a = await relate('Russian troops have control over more than 70 percent of Orlivka.', [demonym('Russian', 'RU'), city('Orlivka')]);
    expect(a.lines).toContain('Russian captured Orlivka');
    const b = await relate('Russian troops have now taken control of over 90% of Vostok Oblast.', [demonym('Russian', 'RU'), region('Vostok Oblast')]);
    expect(b.lines).toContain('Russian captured Vostok Oblast');
  });

  it('reads no control lost or merely sought', async () => {
    const a = await relate('Russian forces lost control of 30% of Orlivka.', [demonym('Russian', 'RU'), city('Orlivka')]);
    expect(a.lines.filter((l) => l.includes('captured'))).toEqual([]);
    const b = await relate('Russian forces seek to control 90% of Orlivka.', [demonym('Russian', 'RU'), city('Orlivka')]);
    expect(b.lines.filter((l) => l.includes('captured'))).toEqual([]);
  });
});
