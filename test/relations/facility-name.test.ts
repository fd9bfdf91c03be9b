import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate } from './run.js';

/** Branch rel38 (issue 13): a place that begins an unnamed site's name is not what was captured (facility-name.ts). */
describe('a capture of a site whose name begins with a town', () => {
  it('gives no capture of the town in "took control of the Tarnok Brick Factory"', async () => {
    const site = await relate('Kaskad Group fighters took control of the Tarnok Brick Factory.', [armed('Kaskad Group'), city('Tarnok')]);
    expect(site.lines).not.toContain('Kaskad Group captured Tarnok');
    const hospital = await relate('Russian forces seized Tarnok Regional Hospital after the strikes.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(hospital.lines).not.toContain('Russian captured Tarnok');
  });

  it('keeps a capture followed by a date, a list or a lowercase word', async () => {
    const date = await relate('Russian forces captured Tarnok September 10.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(date.lines).toContain('Russian captured Tarnok');
    const list = await relate('Russian forces captured Tarnok and Dolynka.', [demonym('Russian', 'RU'), city('Tarnok'), city('Dolynka')]);
    expect(list.lines).toEqual(expect.arrayContaining(['Russian captured Tarnok', 'Russian captured Dolynka']));
    const named = await relate('Russian forces captured Tarnok Dolynka said.', [demonym('Russian', 'RU'), city('Tarnok'), city('Dolynka')]);
    expect(named.lines).toContain('Russian captured Tarnok');
  });
});
