import { describe, expect, it } from 'vitest';
import { armedGroup, city, person, relate } from './run.js';

// Invented sentences (branch defence8b): an office of a group named before through a description or "its".
const pick = (lines: string[], predicate: string): string[] => lines.filter((l) => l.includes(` ${predicate} `)).sort();

describe('"the group\'s leader X" and "its founder X" stand for the group named before', () => {
  it('reads the office of the last group named, in the sentence or the paragraph before', async () => {
    const cases: Array<[string, string]> = [
      ['The Red Hand shelled Qarqur. The group\'s leader Omar Dalil said the attacks would go on.', 'Omar Dalil leaderOf Red Hand'],
      ['The Red Hand shelled Qarqur, and the militia\'s commander Omar Dalil promised more.', 'Omar Dalil leaderOf Red Hand'],
      ['The Red Hand shelled Qarqur. Its founder Omar Dalil was killed in 2015.', 'Omar Dalil leaderOf Red Hand'],
      ['The Red Hand shelled Qarqur. The group\'s former leader, Omar Dalil, fled.', 'Omar Dalil leaderOf Red Hand'],
      ['The Red Hand shelled Qarqur. The movement\'s spokesman Omar Dalil denied it.', 'Omar Dalil memberOf Red Hand'],
    ];
    for (const [text, expected] of cases) {
      const { lines } = await relate(text, [armedGroup('Red Hand'), city('Qarqur'), person('Omar Dalil')]);
      expect([...pick(lines, 'leaderOf'), ...pick(lines, 'memberOf')], text).toEqual([expected]);
    }
  });

  it('reads nothing when no group was named, or when two joined groups were', async () => {
    const none = await relate('Qarqur was shelled. The group\'s leader Omar Dalil said the attacks would go on.', [city('Qarqur'), person('Omar Dalil')]);
    expect(pick(none.lines, 'leaderOf')).toEqual([]);
    const two = await relate('The Red Hand and the Blue Banner met in Qarqur. The movement\'s spokesman Omar Dalil welcomed the talks.', [
      armedGroup('Red Hand'), armedGroup('Blue Banner'), city('Qarqur'), person('Omar Dalil'),
    ]);
    expect(pick(two.lines, 'memberOf')).toEqual([]);
  });

  it('reads nothing without an office and a named holder right after the possessor', async () => {
    for (const text of ['The Red Hand shelled Qarqur. The group\'s fighters met Omar Dalil.', 'The Red Hand shelled Qarqur. Its leaders praised Omar Dalil.']) {
      const { lines } = await relate(text, [armedGroup('Red Hand'), city('Qarqur'), person('Omar Dalil')]);
      expect([...pick(lines, 'leaderOf'), ...pick(lines, 'memberOf')], text).toEqual([]);
    }
  });
});

describe('offices of the top command and shared heads lead the body', () => {
  it('reads "commander-in-chief of", "co-chair of" and "co-leader of" as leaderOf', async () => {
    for (const title of ['the commander-in-chief of', 'the co-chair of', 'a co-leader of']) {
      const text = `Omar Dalil, ${title} the Red Hand, arrived in Qarqur.`;
      const { lines } = await relate(text, [person('Omar Dalil'), armedGroup('Red Hand'), city('Qarqur')]);
      expect(pick(lines, 'leaderOf'), text).toEqual(['Omar Dalil leaderOf Red Hand']);
    }
  });

  it('keeps a deputy of the commander-in-chief a member', async () => {
    const text = 'Omar Dalil, the deputy commander-in-chief of the Red Hand, arrived in Qarqur.';
    const { lines } = await relate(text, [person('Omar Dalil'), armedGroup('Red Hand'), city('Qarqur')]);
    expect(pick(lines, 'leaderOf')).toEqual([]);
    expect(pick(lines, 'memberOf')).toEqual(['Omar Dalil memberOf Red Hand']);
  });
});

describe('an attack claimed as its own without "responsibility" places the group and its attack', () => {
  it('reads "claimed the attack on a hotel in X" and "claimed the bombing of a church in X"', async () => {
    for (const text of ['The Red Hand claimed the attack on a hotel in Qarqur.', 'The Red Hand claimed the bombing of a church in Qarqur.']) {
      const { lines } = await relate(text, [armedGroup('Red Hand'), city('Qarqur')]);
      expect(pick(lines, 'attacked'), text).toEqual(['Red Hand attacked Qarqur']);
      expect(pick(lines, 'operatesIn'), text).toEqual(['Red Hand operatesIn Qarqur']);
    }
  });

  it('reads nothing for a denial, a possibility, or a body that only says what the attack did', async () => {
    for (const text of [
      'The Red Hand denied the attack on a hotel in Qarqur.',
      'The Red Hand may claim the attack on a hotel in Qarqur.',
      'The Red Hand said the attack on a hotel in Qarqur killed ten people.',
    ]) {
      const { lines } = await relate(text, [armedGroup('Red Hand'), city('Qarqur')]);
      expect([...pick(lines, 'attacked'), ...pick(lines, 'operatesIn')], text).toEqual([]);
    }
  });
});

describe('an attack on the posts a group holds is a fight with the group', () => {
  const sylvania = { text: 'Sylvania', type: 'Place' as const, placeKind: 'Country' as const, ref: 'test:SY', country: 'SY' };
  it('reads "struck an A position", "ambushed an A checkpoint" and "attacked positions of the A" as foughtAgainst', async () => {
    for (const text of [
      'Sylvania struck a Red Hand position in Qarqur.',
      'Sylvanian troops ambushed a Red Hand checkpoint near Qarqur.',
      'Sylvania attacked positions of the Red Hand in Qarqur.',
    ]) {
      const { lines } = await relate(text, [sylvania, { text: 'Sylvanian', type: 'Place', placeKind: 'Country', ref: 'test:SY', country: 'SY', form: 'demonym' }, armedGroup('Red Hand'), city('Qarqur')].filter((m) => new RegExp(`\\b${m.text}\\b`).test(text)));
      expect(pick(lines, 'foughtAgainst'), text).toHaveLength(1);
    }
  });

  it('reads no fight for a base, a building or a visit to a post', async () => {
    for (const text of ['Sylvania struck a Red Hand base in Qarqur.', 'Sylvania struck the Red Hand headquarters in Qarqur.', 'Sylvania visited positions of the Red Hand in Qarqur.']) {
      const { lines } = await relate(text, [sylvania, armedGroup('Red Hand'), city('Qarqur')]);
      expect(pick(lines, 'foughtAgainst'), text).toEqual([]);
    }
  });
});

describe('"its" before an office stands for the last thing named that is not a person', () => {
  it('reads a country named last as the owner, not a group named before it', async () => {
    const freedonia = { text: 'Freedonia', type: 'Place' as const, placeKind: 'Country' as const, ref: 'test:FD', country: 'FD' };
    const { lines } = await relate('The Red Hand shelled Qarqur. Freedonia said its president Omar Dalil would respond.', [armedGroup('Red Hand'), city('Qarqur'), freedonia, person('Omar Dalil')]);
    expect(pick(lines, 'leaderOf')).not.toContain('Omar Dalil leaderOf Red Hand');
  });

  it('reads no group when a town was named last ("its mayor")', async () => {
    const { lines } = await relate('The Red Hand shelled Qarqur. Its mayor Omar Dalil asked for help.', [armedGroup('Red Hand'), city('Qarqur'), person('Omar Dalil')]);
    expect(pick(lines, 'leaderOf')).not.toContain('Omar Dalil leaderOf Red Hand');
  });
});

describe('the leader of a coalition whose jets hit a group\'s posts fought the group', () => {
  const sylvanian = { text: 'Sylvanian', type: 'Place' as const, placeKind: 'Country' as const, ref: 'test:SY', country: 'SY', form: 'demonym' as const };
  it('reads "A-led coalition jets struck positions of the B" and "B positions"', async () => {
    for (const text of ['Sylvanian-led coalition jets struck positions of the Red Hand in Qarqur.', 'Sylvanian-led coalition jets struck Red Hand positions in Qarqur.']) {
      const { lines } = await relate(text, [sylvanian, armedGroup('Red Hand'), city('Qarqur')]);
      expect(pick(lines, 'foughtAgainst'), text).toHaveLength(1);
    }
  });

  it('reads no fight for a base of the group or a coalition that only flew over', async () => {
    for (const text of ['Sylvanian-led coalition jets struck a Red Hand base in Qarqur.', 'Sylvanian-led coalition jets flew over Red Hand positions in Qarqur.']) {
      const { lines } = await relate(text, [sylvanian, armedGroup('Red Hand'), city('Qarqur')]);
      expect(pick(lines, 'foughtAgainst'), text).toEqual([]);
    }
  });
});
