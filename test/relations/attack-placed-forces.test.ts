import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

describe('attacks: forces placed by a heading, weapons sent toward a place', () => {
  it('reads "forces west of X" as the actor of the attack that follows', async () => {
    const { lines } = await relate('Local officials said that Ukrainian forces south of Tokmak launched failed assaults near Vasylivka and Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
      city('Vasylivka'),
      city('Orikhiv'),
    ]);
    expect(lines).toContain('Ukrainian attacked Vasylivka');
    expect(lines).toContain('Ukrainian attacked Orikhiv');
    // The place of the forces is where they stand, not what they attacked.
    expect(lines).not.toContain('Ukrainian attacked Tokmak');
  });

  it('keeps the heading\'s place out of the attack when the forces only stand there', async () => {
    const { lines } = await relate('Russian forces north of Tokmak are digging trenches while Ukrainian forces shelled Vasylivka.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
      city('Vasylivka'),
    ]);
    expect(lines).toContain('Ukrainian attacked Vasylivka');
    expect(lines.filter((l) => l.startsWith('Russian attacked'))).toEqual([]);
  });

  it('reads missiles launched toward or onto a place as a strike on it', async () => {
    const toward = await relate('Russian forces fired four cruise missiles toward Zhytomyr Oblast overnight.', [demonym('Russian', 'RU'), region('Zhytomyr Oblast')]);
    expect(toward.lines).toContain('Russian attacked Zhytomyr Oblast');
    const onto = await relate('Russian forces dropped guided bombs onto Vovchansk on Monday.', [demonym('Russian', 'RU'), city('Vovchansk')]);
    expect(onto.lines).toContain('Russian attacked Vovchansk');
  });

  it('gives the strike to where the weapons went, not where they came from', async () => {
    const { lines } = await relate('Russian forces launched missiles toward Kupyansk from Belgorod Oblast.', [demonym('Russian', 'RU'), region('Belgorod Oblast'), city('Kupyansk')]);
    expect(lines).toContain('Russian attacked Kupyansk');
    expect(lines).not.toContain('Russian attacked Belgorod Oblast');
  });
});
