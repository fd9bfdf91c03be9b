import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const of = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `)).sort();

describe('"respectively": two lists of one length pair by position', () => {
  it('pairs a bracket\'s list closed by "respectively" with the list before it', async () => {
    const { lines } = await relate('The 12th and 34th Rifle Brigades (subordinate to the 7th and 9th Guards Armies, respectively) moved west.', [
      unit('12th'),
      unit('34th Rifle Brigades'),
      unit('7th'),
      unit('9th Guards Armies'),
    ]);
    // The bracket rule binds the unit before the bracket and the first unit in it: 34th with 7th, dropped.
    expect(of(lines, 'partOf')).not.toContain('34th Rifle Brigades partOf 7th');
    const plain = await relate('The 12th and 34th Rifle Brigades (subordinate to the 7th and 9th Guards Armies) moved west.', [
      unit('12th'),
      unit('34th Rifle Brigades'),
      unit('7th'),
      unit('9th Guards Armies'),
    ]);
    expect(of(plain.lines, 'partOf')).toContain('34th Rifle Brigades partOf 7th');
  });

  it('pairs a clause\'s lists by position, the broad reading included', async () => {
    const { lines } = await relate('The 14th Tank Regiment and the 88th Rifle Regiment operate near Ivanivka and Petrivka, respectively.', [
      unit('14th Tank Regiment'),
      unit('88th Rifle Regiment'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect([...new Set(of(lines, 'operatesIn'))]).toEqual(['14th Tank Regiment operatesIn Ivanivka', '88th Rifle Regiment operatesIn Petrivka']);
  });

  it('keeps every combination without "respectively", or when the lists differ in length', async () => {
    const mentions = [unit('14th Tank Regiment'), unit('88th Rifle Regiment'), city('Ivanivka'), city('Petrivka')];
    const every = ['14th Tank Regiment operatesIn Ivanivka', '14th Tank Regiment operatesIn Petrivka', '88th Rifle Regiment operatesIn Ivanivka', '88th Rifle Regiment operatesIn Petrivka'];
    const a = await relate('The 14th Tank Regiment and the 88th Rifle Regiment operate near Ivanivka and Petrivka.', mentions);
    expect([...new Set(of(a.lines, 'operatesIn'))]).toEqual(every);
    const b = await relate('The 14th Tank Regiment and the 88th Rifle Regiment operate near Ivanivka, Petrivka, and Stepove, respectively.', [...mentions, city('Stepove')]);
    expect([...new Set(of(b.lines, 'operatesIn'))]).toEqual(expect.arrayContaining(every));
  });

  it('does not pair by position when "respectively" is about something else after the list', async () => {
    const { lines } = await relate('The 14th Tank Regiment and the 88th Rifle Regiment operate near Ivanivka and Petrivka, 10km and 20km away, respectively.', [
      unit('14th Tank Regiment'),
      unit('88th Rifle Regiment'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect([...new Set(of(lines, 'operatesIn'))]).toEqual(['14th Tank Regiment operatesIn Ivanivka', '14th Tank Regiment operatesIn Petrivka', '88th Rifle Regiment operatesIn Ivanivka', '88th Rifle Regiment operatesIn Petrivka']);
  });

  it('states the right pairs in place of the one it drops, whichever rule bound it', async () => {
    const mentions = [unit('12th'), unit('34th Rifle Brigades'), unit('7th'), unit('9th Guards Armies')];
    // A bracket rule binds 34th with 7th; an "of" rule binds the list before with 7th only.
    for (const text of [
      'The 12th and 34th Rifle Brigades (subordinate to the 7th and 9th Guards Armies, respectively) moved west.',
      'Parts of the 12th and 34th Rifle Brigades (of the 7th and 9th Guards Armies, respectively) moved west.',
      'The 12th and 34th Rifle Brigades of the 7th and 9th Guards Armies, respectively, moved west.',
    ]) {
      const { lines } = await relate(text, mentions);
      expect([...new Set(of(lines, 'partOf'))], text).toEqual(['12th partOf 7th', '34th Rifle Brigades partOf 9th Guards Armies']);
    }
  });

  it('puts each right pair through the checks its predicate has', async () => {
    // The right pair of 34th is a brigade under a regiment, which the echelon check rejects: only 12th–7th is stated.
    const { lines } = await relate('The 12th and 34th Rifle Brigades (subordinate to the 7th Guards Army and the 9th Rifle Regiment, respectively) moved west.', [
      unit('12th'),
      unit('34th Rifle Brigades'),
      unit('7th Guards Army'),
      unit('9th Rifle Regiment'),
    ]);
    expect([...new Set(of(lines, 'partOf'))]).toEqual(['12th partOf 7th Guards Army']);
  });

  it('keeps the event scope from pairing a subject with the other member\'s place', async () => {
    const mentions = [unit('12th'), unit('34th Rifle Brigades'), city('Ivanivka'), city('Petrivka')];
    const { lines } = await relate('The 12th and 34th Rifle Brigades attacked Ivanivka and Petrivka, respectively.', mentions);
    expect([...new Set(of(lines, 'attacked'))]).toEqual(['12th attacked Ivanivka', '34th Rifle Brigades attacked Petrivka']);
    const plain = await relate('The 12th and 34th Rifle Brigades attacked Ivanivka and Petrivka.', mentions);
    expect(of(plain.lines, 'attacked')).toContain('12th attacked Petrivka');
  });
});
