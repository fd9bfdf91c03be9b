import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

describe('attacks: an indefinite attack noun phrase opening its sentence, with a modal predicate, is supposed (supposed-attack.ts)', () => {
  it('drops "A … strike on X …, which …, would" and "Such a … assault on X could"', async () => {
    const strike = await relate('A Ukrainian strike on depots in Orbino, which lies far from the front, would not violate any agreement.', [ua, city('Orbino')]);
    expect(strike.lines).not.toContain('Ukrainian attacked Orbino');
    const such = await relate('Such a Russian assault on Orbino could divide the Russian effort.', [ru, city('Orbino')]);
    expect(such.lines).not.toContain('Russian attacked Orbino');
  });

  it('keeps a definite attack, an attack with a past predicate, and a modal in a coordinated clause', async () => {
    const definite = await relate('The Ukrainian counteroffensive on Orbino could hinder the Russian supply lines.', [ua, city('Orbino')]);
    expect(definite.lines).toContain('Ukrainian attacked Orbino');
    const past = await relate('A Russian strike on Orbino killed five civilians on Monday.', [ru, city('Orbino')]);
    expect(past.lines).toContain('Russian attacked Orbino');
    const coordinated = await relate('A Russian strike on Orbino killed five civilians, and officials said more strikes could follow.', [ru, city('Orbino')]);
    expect(coordinated.lines).toContain('Russian attacked Orbino');
  });
});
