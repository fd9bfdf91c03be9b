import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');

describe('attacks: a place whose outskirts locate the target is no target (outskirts-reference.ts)', () => {
  it('drops the place after "A on the … outskirts of Y" and "A, on the outskirts of Y"', async () => {
    const on = await relate('Russian forces shelled Dolmeny on the northeastern outskirts of Orbino.', [ru, city('Dolmeny'), city('Orbino')]);
    expect(on.lines).toContain('Russian attacked Dolmeny');
    expect(on.lines).not.toContain('Russian attacked Orbino');
    const list = await relate('Defenders repelled Russian attacks near Dolmeny and Kravets, on the western outskirts of Orbino, and near Velyka on the southern outskirts.', [
      ru,
      city('Dolmeny'),
      city('Kravets'),
      city('Orbino'),
      city('Velyka'),
    ]);
    expect(list.lines).not.toContain('Russian attacked Orbino');
    expect(list.lines).toEqual(expect.arrayContaining(['Russian attacked Dolmeny', 'Russian attacked Kravets']));
  });

  it('keeps the place whose own outskirts are attacked', async () => {
    const own = await relate('Russian troops kept up their assaults on the western outskirts of Orbino.', [ru, city('Orbino')]);
    expect(own.lines).toContain('Russian attacked Orbino');
    const both = await relate('Russian forces attacked Dolmeny and the outskirts of Orbino.', [ru, city('Dolmeny'), city('Orbino')]);
    expect(both.lines).toEqual(expect.arrayContaining(['Russian attacked Dolmeny', 'Russian attacked Orbino']));
  });
});
