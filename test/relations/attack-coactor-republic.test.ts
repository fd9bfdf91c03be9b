import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, republic, unit } from './run.js';

describe('a co-actor in an "including" aside whose unit carries its republic', () => {
  it('gives the unit after "the <republic>" and "the <republic> (<acronym>)" the attack', async () => {
    const a = await relate('Officials said that Russian troops, including elements of the DNR 9th Regiment, attacked Tokmak.', [
      demonym('Russian', 'RU'),
      republic('DNR'),
      unit('9th Regiment'),
      city('Tokmak'),
    ]);
    expect(a.lines).toEqual(expect.arrayContaining(['Russian attacked Tokmak', '9th Regiment attacked Tokmak']));
    const b = await relate("Officials said that Russian troops, including elements of the Vostok People's Republic (VNR) 9th Regiment, attacked Tokmak.", [
      demonym('Russian', 'RU'),
      republic("Vostok People's Republic"),
      republic('VNR'),
      unit('9th Regiment'),
      city('Tokmak'),
    ]);
    expect(b.lines).toContain('9th Regiment attacked Tokmak');
  });

  it('gives the republic that only owns the unit no attack of its own here', async () => {
    const { lines } = await relate('Officials said that Russian troops, including elements of the DNR 9th Regiment, attacked Tokmak.', [
      demonym('Russian', 'RU'),
      republic('DNR'),
      unit('9th Regiment'),
      city('Tokmak'),
    ]);
    expect(lines).not.toContain('DNR attacked Tokmak');
  });
});
