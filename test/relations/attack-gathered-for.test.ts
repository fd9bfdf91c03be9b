import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('attacks: forces gathered for an attack have not made it (attack-gathered-for.ts)', () => {
  it('reads no attack when the attack noun is the purpose of massing or reinforcing', async () => {
    const massing = await relate('Russian troops continue to mass for new offensive operations west of Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(massing.lines).not.toContain('Russian attacked Tokmak');
    const reinforcing = await relate('Russian forces began reinforcing troops for an assault on Vasylivka.', [demonym('Russian', 'RU'), city('Vasylivka')]);
    expect(reinforcing.lines).not.toContain('Russian attacked Vasylivka');
    // Branch rel31: forces recruited or mobilized for an attack.
    const recruiting = await relate('Russian forces are recruiting volunteers for offensive operations near Vasylivka.', [demonym('Russian', 'RU'), city('Vasylivka')]);
    expect(recruiting.lines).not.toContain('Russian attacked Vasylivka');
  });

  it('keeps an attack conjoined after the purpose, and an attack after "for" with no gathering', async () => {
    const conjoined = await relate('Russian forces regrouped near Tokmak for offensive operations and conducted limited attacks south of Vasylivka.', [
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Vasylivka'),
    ]);
    expect(conjoined.lines).toContain('Russian attacked Vasylivka');
    const responsible = await relate('Russian forces were responsible for the attack on Vasylivka.', [demonym('Russian', 'RU'), city('Vasylivka')]);
    expect(responsible.lines).toContain('Russian attacked Vasylivka');
  });
});
