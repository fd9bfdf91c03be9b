import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('attacks: forces readied for an attack have not made it (purpose-infinitive.ts READYING)', () => {
  it('reads no attack after regrouping, massing or concentrating forces to attack', async () => {
    const regrouping = await relate('Russian forces are regrouping to attack Dolynka.', [demonym('Russian', 'RU'), city('Dolynka')]);
    expect(regrouping.lines).not.toContain('Russian attacked Dolynka');
    const massing = await relate('Russian forces are massing troops to storm Dolynka.', [demonym('Russian', 'RU'), city('Dolynka')]);
    expect(massing.lines).not.toContain('Russian attacked Dolynka');
    const concentrating = await relate('Russian forces are concentrating additional reserves to assault Dolynka.', [demonym('Russian', 'RU'), city('Dolynka')]);
    expect(concentrating.lines).not.toContain('Russian attacked Dolynka');
  });

  it('keeps an attack made after the regrouping and an effort under way', async () => {
    const made = await relate('Russian forces regrouped near Morivka and attacked Dolynka.', [demonym('Russian', 'RU'), city('Morivka'), city('Dolynka')]);
    expect(made.lines).toContain('Russian attacked Dolynka');
    const effort = await relate('Russian forces are concentrating efforts to capture Dolynka.', [demonym('Russian', 'RU'), city('Dolynka')]);
    expect(effort.lines).toContain('Russian attacked Dolynka');
  });
});
