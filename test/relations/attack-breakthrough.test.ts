import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack breakthrough: breaking through the other side’s lines at a place attacks it', () => {
  it('reads a breakthrough done and one attempted, with a list of places', async () => {
    const a = await relate('Ukrainian forces broke through Russian defensive lines near Ivanivka on May 3.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual(['Ukrainian attacked Ivanivka']);
    const b = await relate('Russian troops unsuccessfully attempted to break through the Ukrainian defenses around Ivanivka, Petrivka, and Stepove.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
      city('Stepove'),
    ]);
    expect(attacks(b.lines)).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka', 'Russian attacked Stepove']));
  });

  it('takes an armed group as the actor and a nationality after the verb as the owner of the lines', async () => {
    const { lines } = await relate('Milbloggers claimed that Storm Group fighters broke Ukrainian lines of defense in Ivanivka.', [
      armed('Storm Group'),
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
    ]);
    expect(lines).toContain('Storm Group attacked Ivanivka');
    expect(lines).not.toContain('Ukrainian attacked Ivanivka');
  });

  it('needs what is broken, an actor that does it, and a place it lies in', async () => {
    const a = await relate('Russian forces broke out of Ivanivka on May 3.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    // The nationality owns the trucks, not the attack.
    const b = await relate('Saboteurs stole three Ukrainian vans to break through Ukrainian lines in Ivanivka.', [demonym('Ukrainian', 'UA', 0), demonym('Ukrainian', 'UA', 1), city('Ivanivka')]);
    expect(attacks(b.lines)).toEqual([]);
    // An attempt to break through toward a place attacks it (annotation guidelines: "attempted to penetrate positions
    // in the direction of X" → attacked; branch rec19 reads it since an attempt to take a target at a place does, as
    // abl18 judged the shape right); a plain heading stays none (mere-advance tests), and a clause after the lines is not theirs.
    const c = await relate('Ukrainian units attempted to break through Russian positions toward Ivanivka.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(c.lines)).toEqual(['Ukrainian attacked Ivanivka']);
    const d = await relate('Russian forces aim to slow Ukrainian forces from breaking through lines of defense that protect roads to Ivanivka.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
    ]);
    expect(attacks(d.lines)).toEqual([]);
  });
});

describe('attack by taking positions: the other side’s ground taken near a place attacks the place', () => {
  it('reads a strongpoint taken near a place as an attack, trenches taken in it as a capture of a part (captured-place)', async () => {
    const a = await relate('Ukrainian forces captured a Russian strongpoint near Ivanivka on May 3.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual(['Ukrainian attacked Ivanivka']);
    expect(a.lines).not.toContain('Ukrainian captured Ivanivka');
    // (Annotation guidelines, 2026-12-06: "captured positions in X" is a part of X taken, `captured`; branch iswatk6.)
    const b = await relate('Russian troops reportedly seized several trenches in Petrivka.', [demonym('Russian', 'RU'), city('Petrivka')]);
    expect(attacks(b.lines)).toEqual([]);
    expect(b.lines).toContain('Russian captured Petrivka');
  });

  it('does not read positions held or retaken by the same side', async () => {
    const { lines } = await relate('Ukrainian units are holding recently recaptured positions near Ivanivka.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});
