import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const places = [demonym('Freedonian', 'FD'), city('Tarnok')];

/** Branches iswprec4, iswprec5 (issue 13): an advance only heading toward a place is no attack on it (mere-advance.ts). */
describe('an advance heading toward a place', () => {
  it('gives no attack for a plain advance or push toward a place', async () => {
    const advancing = await relate('Freedonian forces are advancing towards Tarnok.', places);
    expect(advancing.lines).not.toContain('Freedonian attacked Tarnok');
    const pushing = await relate('Freedonian forces are additionally pushing westward towards Tarnok from the north.', places);
    expect(pushing.lines).not.toContain('Freedonian attacked Tarnok');
    const direction = await relate('Freedonian units had partly advanced in the direction of Tarnok on Monday.', places);
    expect(direction.lines).not.toContain('Freedonian attacked Tarnok');
  });

  it('gives no attack on the place the enemy was pushed toward', async () => {
    const { lines } = await relate('The 12th Brigade pushed Sylvanian forces towards Tarnok.', [unit('12th Brigade'), demonym('Sylvanian', 'SY'), city('Tarnok')]);
    expect(lines).not.toContain('12th Brigade attacked Tarnok');
  });

  it('keeps an attempted or repelled advance toward a place, and attacks toward it', async () => {
    const attempted = await relate('Freedonian forces attempted to advance towards Tarnok.', places);
    expect(attempted.lines).toContain('Freedonian attacked Tarnok');
    const coordinated = await relate('Freedonian units attempted to better their tactical position and advance slowly toward Tarnok.', places);
    expect(coordinated.lines).toContain('Freedonian attacked Tarnok');
    const repelled = await relate('Sylvanian forces repelled Freedonian advances toward Tarnok.', [demonym('Sylvanian', 'SY'), ...places]);
    expect(repelled.lines).toContain('Freedonian attacked Tarnok');
    const assaults = await relate('Freedonian forces conducted ground assaults in the direction of Tarnok.', places);
    expect(assaults.lines).toContain('Freedonian attacked Tarnok');
  });

  it('keeps an advance on a place', async () => {
    const { lines } = await relate('Freedonian forces advanced on Tarnok on Monday.', places);
    expect(lines).toContain('Freedonian attacked Tarnok');
  });

  // iswprec5: the statement-level test reads the same table, so a push from a place toward another is one as well.
  it('gives no attack for a push from one place toward another, on the match or on the statement', async () => {
    const { lines } = await relate('Freedonian troops are pushing from Velmar southwest toward Tarnok.', [...places, city('Velmar')]);
    expect(lines).not.toContain('Freedonian attacked Tarnok');
  });

  it('keeps a failed or fought push toward a place, and a push near one', async () => {
    const failed = await relate('Freedonian forces unsuccessfully pushed toward Tarnok.', places);
    expect(failed.lines).toContain('Freedonian attacked Tarnok');
    const fighting = await relate('Freedonian forces were fighting and pushing toward Tarnok.', places);
    expect(fighting.lines).toContain('Freedonian attacked Tarnok');
    const near = await relate('Freedonian forces continued pushing near Tarnok.', places);
    expect(near.lines).toContain('Freedonian attacked Tarnok');
  });

  it('drops an advance near a place, not a push near it', async () => {
    const { lines } = await relate('Freedonian forces are slowly advancing near Tarnok.', places);
    expect(lines).not.toContain('Freedonian attacked Tarnok');
  });
});

/** Branch iswprec5: a "-ward of" bearing is a bearing (mere-advance.ts BEARING, attack-target.ts REFERENCE_BEFORE). */
describe('a bearing in its "-ward of" form', () => {
  it('drops an advance westward of a place, keeps an attempted one and an attack', async () => {
    const advanced = await relate('Freedonian troops advanced slightly westward of Tarnok on Monday.', places);
    expect(advanced.lines).not.toContain('Freedonian attacked Tarnok');
    const attempted = await relate('Freedonian forces attempted to advance westward of Tarnok on Monday.', places);
    expect(attempted.lines).toContain('Freedonian attacked Tarnok');
    const attacked = await relate('Freedonian forces attacked westward of Tarnok on Monday.', places);
    expect(attacked.lines).toContain('Freedonian attacked Tarnok');
  });

  it('reads the place before "westward of … towards" as the reference point of the attack on the place after', async () => {
    const { lines } = await relate('Elements of the 12th Brigade are attacking westward of Tarnok towards Velmar.', [unit('12th Brigade'), city('Tarnok'), city('Velmar')]);
    expect(lines).toContain('12th Brigade attacked Velmar');
    expect(lines).not.toContain('12th Brigade attacked Tarnok');
    expect(lines).toContain('12th Brigade operatesIn Tarnok');
  });
});

