import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (attacked|operatesIn|withdrewFrom|foughtAgainst) /.test(l));

// Wire news' "X says …" (reporter-subject.ts): a civil body that says what others did is no actor of it.
describe('a body that says or said is no actor of what it reports', () => {
  it('gives no event to the body, also when its agency or spokesman says it', async () => {
    for (const text of [
      'The Northern League says gunmen attacked a convoy in Tarnok.',
      'The Northern League said militants attacked a base in Tarnok on Monday.',
      'The Northern League refugee agency says four armed men attacked its office in Tarnok.',
    ]) {
      const { lines } = await relate(text, [org('Northern League'), city('Tarnok')]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps a body that says it acted, or what its own forces did', async () => {
    for (const text of ['The Northern League says it struck a base in Tarnok.', 'The Northern League said its forces attacked a base in Tarnok.']) {
      const { lines } = await relate(text, [org('Northern League'), city('Tarnok')]);
      expect(events(lines), text).toEqual(['Northern League attacked Tarnok']);
    }
  });
});

// Branch iswprec3 (issue 13): a nationality's police or officials who say what happened report it (reporter-subject.ts).
describe('a nationality\u2019s officials who say an attack happened (reporter-subject.ts NATIONALITY_REPORTS)', () => {
  it('reads no attack by the nationality of the police or officials who say it', async () => {
    for (const text of [
      'Freedonian police say a suicide car bombing in Tarnok has killed at least 11 people.',
      'Freedonian officials said a roadside bombing in Tarnok killed three children.',
    ]) {
      const { lines } = await relate(text, [demonym('Freedonian', 'FR'), city('Tarnok')]);
      expect(lines.filter((l) => l.includes(' attacked ')), text).toEqual([]);
    }
  });

  it('keeps the attack of forces the officials name, and of the nationality that acted', async () => {
    const named = await relate('Freedonian police say Ruritanian troops shelled Tarnok on Monday.', [demonym('Freedonian', 'FR'), demonym('Ruritanian', 'RT'), city('Tarnok')]);
    expect(named.lines).toContain('Ruritanian attacked Tarnok');
    expect(named.lines).not.toContain('Freedonian attacked Tarnok');
    const acted = await relate('Freedonian troops shelled Tarnok on Monday, officials say.', [demonym('Freedonian', 'FR'), city('Tarnok')]);
    expect(acted.lines).toContain('Freedonian attacked Tarnok');
  });
});
