import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');

describe('attacks: a place naming a battle is no target (named-battle.ts)', () => {
  it('drops the place of "the Battle of X" and "the battle of X"', async () => {
    const preparation = await relate('Russian forces shelled Dolmeny in preparation for the Battle of Orbino.', [ru, city('Dolmeny'), city('Orbino')]);
    expect(preparation.lines).toContain('Russian attacked Dolmeny');
    expect(preparation.lines).not.toContain('Russian attacked Orbino');
    const during = await relate('Russian forces attacked Dolmeny during the long battle of Orbino.', [ru, city('Dolmeny'), city('Orbino')]);
    expect(during.lines).not.toContain('Russian attacked Orbino');
  });

  it('keeps fighting for a place and a plain attack', async () => {
    const battles = await relate('Russian forces continued positional battles for Orbino.', [ru, city('Orbino')]);
    expect(battles.lines).toContain('Russian attacked Orbino');
    const plain = await relate('Russian forces attacked Orbino and Dolmeny.', [ru, city('Orbino'), city('Dolmeny')]);
    expect(plain.lines).toEqual(expect.arrayContaining(['Russian attacked Orbino', 'Russian attacked Dolmeny']));
  });
});
