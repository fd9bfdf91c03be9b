import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

/**
 * Branch iswops5 (issue 13): shapes read as misses on fresh ISW paragraphs. An offensive toward a place places the
 * attacking unit there (presence.ts attackedToward); a unit named among a force that digs in at a place is there
 * (builtin.ts unit-among-forces, DIGGING_IN), and so is a unit named as leading operations there (LED_OPERATIONS); control taken over positions at a place, or a part of it named by its size, is a capture (events.ts captured-place).
 */
describe('an offensive toward a place is an attack toward it', () => {
  it('places the units of "continued offensive operations toward X" at X', async () => {
    const { lines } = await relate('Elements of the 14th Rifle Division and 9th Tank Army continued offensive operations from Varno towards Tarnok.', [
      unit('14th Rifle Division'),
      unit('9th Tank Army'),
      city('Varno'),
      city('Tarnok'),
    ]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
    expect(lines).toContain('9th Tank Army operatesIn Tarnok');
  });

  it('places the unit of losses "during the offensive push towards X" at X', async () => {
    const { lines } = await relate('The 14th Rifle Division sustained heavy casualties during the latest offensive push towards Tarnok.', [unit('14th Rifle Division'), city('Tarnok')]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
  });

  it('places a unit at a place it advances toward (branch dir18), not at one of an offensive it prepares', async () => {
    // Asserted no presence until branch dir18, which reversed it from the read golds (a named unit moving or advancing
    // straight toward X: operatesIn in 3 of 4 sentences; unit-move-destination.ts).
    const advance = await relate('Elements of the 14th Rifle Division advanced toward Tarnok.', [unit('14th Rifle Division'), city('Tarnok')]);
    expect(advance.lines).toContain('14th Rifle Division operatesIn Tarnok');
    const prepared = await relate('Elements of the 14th Rifle Division are preparing an offensive toward Tarnok.', [unit('14th Rifle Division'), city('Tarnok')]);
    expect(prepared.lines).not.toContain('14th Rifle Division operatesIn Tarnok');
  });
});

describe('a unit named among a force that digs in', () => {
  it('places "Russian troops, reportedly including elements of U, are preparing defenses in A, B" at A and B', async () => {
    const { lines } = await relate('Russian troops, reportedly including elements of the 14th Rifle Division, are preparing defenses in Tarnok, Varno, and along the highway.', [
      demonym('Russian', 'RU'),
      unit('14th Rifle Division'),
      city('Tarnok'),
      city('Varno'),
    ]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
    expect(lines).toContain('14th Rifle Division operatesIn Varno');
  });

  it('reads no presence from a force preparing an attack, nor from works still to be built', async () => {
    const attack = await relate('Russian troops, including elements of the 14th Rifle Division, are preparing to attack Tarnok.', [
      demonym('Russian', 'RU'),
      unit('14th Rifle Division'),
      city('Tarnok'),
    ]);
    expect(attack.lines).not.toContain('14th Rifle Division operatesIn Tarnok');
    const planned = await relate('Russian troops, including elements of the 14th Rifle Division, will build positions in Tarnok.', [
      demonym('Russian', 'RU'),
      unit('14th Rifle Division'),
      city('Tarnok'),
    ]);
    expect(planned.lines).not.toContain('14th Rifle Division operatesIn Tarnok');
  });
});

describe('operations at a place led by a unit', () => {
  it('places the unit that leads operations at a place there', async () => {
    const apposed = await relate('The tempo of Russian operations around Tarnok, led by the Wagner Group, appears to be slowing.', [demonym('Russian', 'RU'), armed('Wagner Group'), city('Tarnok')]);
    expect(apposed.lines).toContain('Wagner Group operatesIn Tarnok');
    const relative = await relate('Costly offensive efforts in Varno that have been largely led by the 14th Rifle Division continued.', [unit('14th Rifle Division'), city('Varno')]);
    expect(relative.lines).toContain('14th Rifle Division operatesIn Varno');
  });

  it('reads no presence from operations the unit will lead or does not lead', async () => {
    const future = await relate('Operations in Tarnok will be led by the 14th Rifle Division.', [unit('14th Rifle Division'), city('Tarnok')]);
    expect(future.lines).not.toContain('14th Rifle Division operatesIn Tarnok');
    const negated = await relate('Operations in Tarnok are not led by the 14th Rifle Division.', [unit('14th Rifle Division'), city('Tarnok')]);
    expect(negated.lines).not.toContain('14th Rifle Division operatesIn Tarnok');
  });
});

describe('control taken over positions at a place', () => {
  it('reads "established control over positions on the (northern) outskirts of X" as a capture of X', async () => {
    const { lines } = await relate('A war correspondent alleged that Russian troops established control over positions on the northern outskirts of Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(lines).toContain('Russian captured Tarnok');
  });

  it('reads it of a named armed group too, which then operates there', async () => {
    const { lines } = await relate('Wagner Group fighters took full control of a stronghold on the southeastern outskirts of Tarnok.', [armed('Wagner Group'), city('Tarnok')]);
    expect(lines).toContain('Wagner Group captured Tarnok');
    expect(lines).toContain('Wagner Group operatesIn Tarnok');
  });

  it('reads no capture from control only sought or failed', async () => {
    const sought = await relate('Russian forces seek to establish control over positions on the outskirts of Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(sought.lines).not.toContain('Russian captured Tarnok');
    const failed = await relate('Russian forces failed to establish control over positions on the outskirts of Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(failed.lines).not.toContain('Russian captured Tarnok');
  });
});

describe('a part of a place taken, named by its size or kind', () => {
  it('reads "captured the main part of X" and "retook large areas of X" as captures of X', async () => {
    const main = await relate('Russian forces captured the main part of Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(main.lines).toContain('Russian captured Tarnok');
    const large = await relate('Ukrainian troops managed to retake large parts of Varno.', [demonym('Ukrainian', 'UA'), city('Varno')]);
    expect(large.lines).toContain('Ukrainian captured Varno');
  });

  it('reads no capture of a part only hoped for', async () => {
    const { lines } = await relate('Russian forces hope to capture large parts of Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(lines).not.toContain('Russian captured Tarnok');
  });
});
