import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate, unit } from './run.js';

const ua = demonym('Ukrainian', 'UA');

describe('captures: a capture participle used as an adjective tells no taking (adjectival-participle.ts)', () => {
  it('drops the capture of "in the liberated village of X" and "in recently recaptured X"', async () => {
    const cache = await relate('The Dolmeny Guard said that Dolmeny Guard personnel found an arms cache in the liberated village of Orbino.', [org('Dolmeny Guard'), org('Dolmeny Guard', 1), city('Orbino')]);
    expect(cache.lines).not.toContain('Dolmeny Guard captured Orbino');
    const held = await relate('The 14th Rifle Brigade held positions in the recently recaptured town of Orbino.', [unit('14th Rifle Brigade'), city('Orbino')]);
    expect(held.lines).not.toContain('14th Rifle Brigade captured Orbino');
  });

  it('keeps a finite capture verb, with an adverb or an auxiliary before it', async () => {
    const plain = await relate('Ukrainian forces liberated the village of Orbino.', [ua, city('Orbino')]);
    expect(plain.lines).toContain('Ukrainian captured Orbino');
    const adverb = await relate('Ukrainian forces recently liberated the village of Orbino.', [ua, city('Orbino')]);
    expect(adverb.lines).toContain('Ukrainian captured Orbino');
    const perfect = await relate('The 14th Rifle Brigade has recaptured the town of Orbino.', [unit('14th Rifle Brigade'), city('Orbino')]);
    expect(perfect.lines).toContain('14th Rifle Brigade captured Orbino');
  });

  it('keeps a relative clause’s capture ("the troops that seized X")', async () => {
    const relative = await relate('The strength of the Ukrainian troops that seized Orbino remains unclear.', [ua, city('Orbino')]);
    expect(relative.lines).toContain('Ukrainian captured Orbino');
  });
});
