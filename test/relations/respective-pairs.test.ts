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
});
