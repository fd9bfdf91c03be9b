import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch rel32 (issue 13): "and that" opens a clause whose place is not the first clause's other party's (new-that-clause.ts). */
describe('second reported clause (new-that-clause.ts)', () => {
  it('links the place to the second clause\'s subject only', async () => {
    const { lines } = await relate('Officials said that Russian troops are focused on holding their lines and repelling Ukrainian assaults and that Russian troops attempted a failed attack near Tarnok.', [ru, ua, ru, city('Tarnok')].map((m, i) => (i === 2 ? { ...m, nth: 1 } : m)));
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
  });

  it('keeps a list the same party carries into the second clause', async () => {
    const { lines } = await relate('Officials said that Russian forces stormed Tarnok and that Russian forces shelled villages nearby, including Velora and Kessim.', [
      ru,
      { ...ru, nth: 1 },
      city('Tarnok'),
      city('Velora'),
      city('Kessim'),
    ]);
    expect(attacks(lines)).toEqual(['Russian attacked Kessim', 'Russian attacked Tarnok', 'Russian attacked Velora']);
  });
});
