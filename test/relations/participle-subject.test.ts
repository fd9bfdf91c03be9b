import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ru = demonym('Russian', 'RU');

/** Branch rel32 (issue 13): an attack told by a participle on the subject ends at the main verb (participle-subject.ts). */
describe('attack participle on the subject (participle-subject.ts)', () => {
  it('reads no attack on the places after the main verb', async () => {
    const { lines } = await relate('The Russian detachments shelling these villages are reportedly based in the nearby towns of Tarnok, Velora, and Kessim.', [
      ru,
      city('Tarnok'),
      city('Velora'),
      city('Kessim'),
    ]);
    expect(attacks(lines)).toEqual([]);
  });

  it('keeps the participle\'s own target and an attack verb after the main verb', async () => {
    const own = await relate('The Russian forces attacking Tarnok are short of ammunition.', [ru, city('Tarnok')]);
    expect(attacks(own.lines)).toEqual(['Russian attacked Tarnok']);
    const second = await relate('The Russian units attacking these positions are also shelling Velora.', [ru, city('Velora')]);
    expect(attacks(second.lines)).toEqual(['Russian attacked Velora']);
    const relative = await relate('Russian forces shelled positions that are near Velora.', [ru, city('Velora')]);
    expect(attacks(relative.lines)).toEqual(['Russian attacked Velora']);
  });
});
