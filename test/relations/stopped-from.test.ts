import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');
const uaPeople = demonym('Ukrainians', 'UA');

/** Branch rel31 (issue 13): a party stopped or kept from an attack did not make it (prevented-actor.ts, "stop X from"). */
describe('a party stopped from attacking (prevented-actor.ts)', () => {
  it('reads no attack of a party kept "from" it', async () => {
    for (const [text, party] of [
      ['Bloggers said such measures will stop Ukrainians from carrying out assaults near Tarnok.', uaPeople],
      ['The new line kept Ukrainian forces from attacking Tarnok.', ua],
    ] as const) {
      const { lines } = await relate(text, [party, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps attacks that were stopped after they were made', async () => {
    const { lines } = await relate('Russian troops stopped Ukrainian attacks near Tarnok on May 3.', [demonym('Russian', 'RU'), ua, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Tarnok']);
  });
});
