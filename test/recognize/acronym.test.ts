import { describe, expect, it } from 'vitest';
import { acronymRecognizer } from '../../src/recognize/recognizers/acronym.js';
import { initialsMatch } from '../../src/recognize/acronyms/initials.js';
import { demonym, named, recognizeWith } from './run.js';

const acronyms = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(acronymRecognizer, text, earlier);
const optional = new Set(['of', 'the', 'and', 'al']);

describe('initialsMatch', () => {
  it('tolerates function words, hyphenated parts and article prefixes', () => {
    expect(initialsMatch('MoD', ['Ministry', 'of', 'Defense'], optional)).toBe(true);
    expect(initialsMatch('HTS', ["Hay'at", 'Tahrir', 'Al-Sham'], optional)).toBe(true);
    expect(initialsMatch('CAA', ['51st', 'Combined', 'Arms', 'Army'], optional)).toBe(true);
    expect(initialsMatch('NDS', ['National', 'Security', 'Directorate'], optional)).toBe(false);
  });
});

describe('acronym', () => {
  it('learns a definition from capitalized words and tags later uses', async () => {
    const text = "Fighters of Jaysh al-Tahrir al-Watani (JTW) seized the road. Later the JTW's commander spoke, and JTW denied it.";
    const ms = await acronyms(text);
    expect(ms.map((m) => [m.text, m.form, m.type, m.expansion ?? null])).toEqual([
      ['Jaysh al-Tahrir al-Watani', 'name', 'Organization', null],
      ['JTW', 'acronym', 'Organization', 'Jaysh al-Tahrir al-Watani'],
      ['JTW', 'acronym', 'Organization', 'Jaysh al-Tahrir al-Watani'],
      ['JTW', 'acronym', 'Organization', 'Jaysh al-Tahrir al-Watani'],
    ]);
  });

  it('accepts any letters after an organization candidate, and keeps a use’s own nationality', async () => {
    const text = 'The Foreign Intelligence Service (SZRU) warned; the Russian SZRU declined to comment.';
    const ms = await acronyms(text, (t) => [named(t, 'Foreign Intelligence Service', 'Organization', { recognizer: 'organization' }), demonym(t, 'Russian', 'RU')]);
    expect(ms.map((m) => [m.text, m.expansion, m.nationality ?? null])).toEqual([
      ['SZRU', 'Foreign Intelligence Service', null],
      ['SZRU', 'Foreign Intelligence Service', 'country:RU'],
    ]);
  });

  it('types a long form ending in an echelon as a unit, and reads ordinal + acronym', async () => {
    const text = 'The 5th Separate Rifle Regiment (SRR) moved; the 6th SRR followed.';
    const ms = await acronyms(text, (t) => [named(t, '5th Separate Rifle Regiment', 'MilitaryUnit', { canonical: '5th Separate Rifle Regiment' })]);
    expect(ms.map((m) => [m.text, m.type, m.canonical])).toEqual([
      ['SRR', 'MilitaryUnit', '5th Separate Rifle Regiment'],
      ['6th SRR', 'MilitaryUnit', '6th Separate Rifle Regiment'],
    ]);
  });

  it('ignores brackets that define nothing', async () => {
    const text = 'Main Battle Tanks (MBT) arrived near the river (UTC) and the Ukrainian Navy (LOL) said so.';
    expect(await acronyms(text)).toEqual([]);
  });
});
