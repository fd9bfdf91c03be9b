import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, org, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

// Branch newsrel3 (issue 13): wire news names who an attack harmed and who reports it before the attack words.
describe('a group’s killed or arrested members are no attacker (harmed-members.ts)', () => {
  it('reads no attack by the group or nationality of those killed or taken', async () => {
    const cases: [string, ReturnType<typeof org>][] = [
      ['Officials say four Red Hand insurgents were also killed in that attack Friday in Tarnok.', org('Red Hand')],
      ['Warplanes killed a mid-level Red Hand commander and ten other fighters in an airstrike in Tarnok.', org('Red Hand')],
      ['Troops say they have captured two suspected Red Hand militants during a raid in Tarnok.', org('Red Hand')],
      ['The alliance says three Freedonian soldiers have been killed in three separate bomb attacks in Tarnok.', demonym('Freedonian', 'FR')],
      ['Also Thursday, three Red Hand soldiers from Ostland were killed in an attack in southern Tarnok.', org('Red Hand')],
    ];
    for (const [text, actor] of cases) {
      const { lines } = await relate(text, text.includes('Ostland') ? [actor, country('Ostland', 'OS'), city('Tarnok')] : [actor, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps a group whose fighters attack, and one that kills', async () => {
    const kept: [string, ReturnType<typeof org>, string][] = [
      ['Red Hand insurgents have ambushed a police convoy in Tarnok, killing nine.', org('Red Hand'), 'Red Hand attacked Tarnok'],
      ['Freedonian soldiers killed two gunmen and shelled Tarnok on Monday.', demonym('Freedonian', 'FR'), 'Freedonian attacked Tarnok'],
    ];
    for (const [text, actor, expected] of kept) {
      const { lines } = await relate(text, [actor, city('Tarnok')]);
      expect(lines, text).toContain(expected);
    }
  });
});

describe('a country or nationality that says what happened is no attacker (speaking-party.ts)', () => {
  it('reads no attack by the police, the forecasters or the country that report it', async () => {
    for (const [text, speaker] of [
      ['Freedonian police say a suicide attack in Tarnok has killed seven people.', demonym('Freedonian', 'FR')],
      ['Freedonian police say they have identified the bomber in the attacks on Tarnok.', demonym('Freedonian', 'FR')],
      ['Freedonia says a raid by multinational forces in Tarnok has freed three hostages.', country('Freedonia', 'FR')],
    ] as const) {
      const { lines } = await relate(text, [speaker, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps the country that says its own forces attacked', async () => {
    const { lines } = await relate('Freedonia says its warplanes struck rebel positions in Tarnok.', [country('Freedonia', 'FR'), city('Tarnok')]);
    expect(lines).toContain('Freedonia attacked Tarnok');
    const direct = await relate('Freedonian warplanes struck rebel positions in Tarnok on Monday.', [demonym('Freedonian', 'FR'), city('Tarnok')]);
    expect(direct.lines).toContain('Freedonian attacked Tarnok');
  });
});

describe('an attack plotted, called for, tried in court or suffered is none made (attack-not-done.ts)', () => {
  it('reads no attack across such words', async () => {
    for (const [text, party] of [
      ['A Freedonian military court has sentenced ten militants for plotting attacks on Tarnok.', demonym('Freedonian', 'FR')],
      ['The deputy leader of Red Hand has called for new attacks on Tarnok.', org('Red Hand')],
      ['Freedonia has been facing regular rocket fire from militants in Tarnok.', country('Freedonia', 'FR')],
    ] as const) {
      const { lines } = await relate(text, [party, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps an attack the party made', async () => {
    const { lines } = await relate('Red Hand has carried out new attacks on Tarnok.', [org('Red Hand'), city('Tarnok')]);
    expect(lines).toContain('Red Hand attacked Tarnok');
  });
});

describe('a country named right before a rank and its holder (rank-nationality.ts)', () => {
  it('reads memberOf the country from "Freedonia General X"', async () => {
    const { lines } = await relate('Freedonia Brigadier General Ivo Marek told reporters in Tarnok that attacks rose.', [
      country('Freedonia', 'FR'),
      { text: 'Ivo Marek', type: 'Person', role: 'Brigadier General' },
      city('Tarnok'),
    ]);
    expect(lines).toContain('Ivo Marek memberOf Freedonia');
  });

  it('gives nothing for a nationality word, a rank after other words, or a holder whose own office follows', async () => {
    for (const [text, party] of [
      ['Freedonian Colonel Ivo Marek spoke in Tarnok.', demonym('Freedonian', 'FR')],
      ['Freedonia said the unit was led by Colonel Ivo Marek.', country('Freedonia', 'FR')],
      ['Freedonia Colonel Ivo Marek, commander of the border guard, spoke.', country('Freedonia', 'FR')],
    ] as const) {
      const { lines } = await relate(text, [party, { text: 'Ivo Marek', type: 'Person', role: 'Colonel' }]);
      expect(lines.filter((l) => l.includes('memberOf')), text).toEqual([]);
    }
  });
});

describe('a country that is the place of an office before a rank (rank-nationality.ts)', () => {
  it('gives no membership of the country an office is held in', async () => {
    const { lines } = await relate('The Commander of Freedonian forces in Ruritania Army General Ivo Marek spoke.', [
      demonym('Freedonian', 'FR'),
      country('Ruritania', 'RU'),
      { text: 'Ivo Marek', type: 'Person', role: 'Army General' },
    ]);
    expect(lines.filter((l) => l.includes('Ruritania'))).toEqual([]);
  });
});

describe('a country after "in southern" or a renegade\u2019s army before a rank (rank-nationality.ts)', () => {
  it('gives no membership', async () => {
    for (const text of [
      'The top Freedonian commander in southern Ruritania Colonel Ivo Marek warned of attacks.',
      'Forces loyal to renegade Ruritania Army General Ivo Marek occupied several towns.',
    ]) {
      const { lines } = await relate(text, [country('Ruritania', 'RU'), { text: 'Ivo Marek', type: 'Person', role: text.includes('Army General') ? 'Army General' : 'Colonel' }]);
      expect(lines.filter((l) => l.includes('memberOf')), text).toEqual([]);
    }
  });
});
