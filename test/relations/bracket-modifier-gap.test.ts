import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, relate } from './run.js';

describe('a bracketed modifier inside a noun phrase does not stop a gap (match.ts markedModifierEnd)', () => {
  it('reads "a (failed) attack on X" as an attack', async () => {
    const { lines } = await relate('Russian forces launched a (failed) attack on Tokmak on June 2.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
  });

  it('passes a bracket of two lower-case words read leftwards from the attack noun', async () => {
    const { lines } = await relate('Russian forces launched their (reportedly costly) assaults on Tokmak on June 2.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
  });

  it('passes no bracket after a verb', async () => {
    const { lines } = await relate('Vostok officials claimed (without evidence) Russian troops were shelling Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
    const other = await relate('The Vostok Group said (without evidence) fighters attacked Tokmak.', [{ text: 'Vostok Group', type: 'Organization' }, city('Tokmak')]);
    expect(other.lines).not.toContain('Vostok Group attacked Tokmak');
  });

  it('passes no bracket that holds a name or an acronym', async () => {
    const { lines } = await relate('Russian forces shelled the area (Polohy) where Ukrainian forces conducted a (HIMARS) strike on Tokmak.', [
      demonym('Russian', 'RU'),
      city('Polohy'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
    ]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('passes no bracket that ends the phrase (nothing plain after it)', async () => {
    const { lines } = await relate('Russian forces shelled positions (as reported), Tokmak residents said.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('passes no bracket longer than a modifier', async () => {
    const { lines } = await relate('Russian forces conducted a (by all accounts very costly and long) attack on Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });
});

describe('a place that names the office of the person after it is no target (title-complement-target.ts)', () => {
  it('gives no attack on the region of an attacked official', async () => {
    const { lines } = await relate('Ukrainian partisans conducted a car bomb attack against Zaporizhia Oblast occupation Deputy Head Ivan Petrenko in Tokmak.', [
      demonym('Ukrainian', 'UA'),
      { text: 'Zaporizhia Oblast', type: 'Place', placeKind: 'AdministrativeArea' },
      person('Ivan Petrenko', 'Deputy Head'),
      city('Tokmak'),
    ]);
    expect(lines).not.toContain('Ukrainian attacked Zaporizhia Oblast');
  });

  it('keeps an attack on a place followed by an untitled name', async () => {
    const { lines } = await relate('Russian forces shelled Tokmak and Ivan Petrenko said that the strike hit a school.', [demonym('Russian', 'RU'), city('Tokmak'), person('Ivan Petrenko')]);
    expect(lines).toContain('Russian attacked Tokmak');
  });
});

describe('an official hit in the place his office is named after (title-complement-target.ts)', () => {
  it('keeps the attack when the place is named again where the official was hit', async () => {
    const { lines } = await relate('Ukrainian partisans attempted an attack on Tokmak occupation deputy head Ivan Petrenko in Tokmak on June 2.', [
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
      person('Ivan Petrenko', 'deputy head'),
      city('Tokmak', undefined, 1),
    ]);
    expect(lines).toContain('Ukrainian attacked Tokmak');
  });
});

describe('a quoted name inside a noun phrase does not stop a gap (match.ts markedModifierEnd)', () => {
  it('reads "struck the “Azure” chemical plant in X" as an attack on X', async () => {
    const { lines } = await relate('Russian forces struck the \u201cAzure\u201d chemical plant in Tokmak on June 2.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
  });

  it('passes no quoted lower-case phrase (a claim\u2019s own words)', async () => {
    const { lines } = await relate('Russian troops have a \u201chigh probability\u201d of capturing Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).not.toContain('Russian captured Tokmak');
    const second = await relate('Russian forces conducted a \u201cmeat wave\u201d assault near Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(second.lines).not.toContain('Russian attacked Tokmak');
  });

  it('passes no quoted name that ends its phrase or follows no article', async () => {
    const { lines } = await relate('Russian forces struck what they called \u201cAzure\u201d in Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });
});
