import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc, Mention } from '../../src/model/document.js';
import { packageRoot } from '../../src/model/package-root.js';
import { ArabicSpellings, type ArabicSpellingRules } from '../../src/gazetteer/build/arabic-spellings.js';

// Invented sentences (names of real places, no reported text).
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});
const run = (text: string): Doc => pipeline.process({ id: 't.txt', source: { path: '/t.txt', relPath: 't.txt', sha256: '' }, text });
const mention = (doc: Doc, text: string): Mention | undefined => doc.mentions.find((m) => m.text === text);

const shipped = JSON.parse(readFileSync(join(packageRoot(), 'gazetteers', 'curated', 'arabic-place-spellings.json'), 'utf8')) as ArabicSpellingRules;
const spell = new ArabicSpellings(shipped);

describe('press spellings made from GeoNames romanizations', () => {
  it('drops the marks of ʿayn and hamza, or reads one before "a" as a long "a"', () => {
    expect(spell.spellings('Tall Rif`at')).toEqual(expect.arrayContaining(['Tel Rifaat', 'Tal Rifaat', 'Tel Rifat']));
    expect(spell.spellings("Ra's al `Ayn")).toEqual(expect.arrayContaining(['Ras al Ain', 'Ras el Ain']));
    // Only the unmarked spellings are made: the marked one is GeoNames' own.
    expect(spell.spellings('Tall Rif`at').some((s) => s.includes('`'))).toBe(false);
  });

  it('writes doubled consonants single, and an "s" between vowels double', () => {
    expect(spell.spellings('Ma`arrat an Nu`man')).toContain('Maarat al Numan');
    expect(spell.spellings('`Ayn `Isa')).toContain('Ain Issa');
  });

  it('spells the last word\'s ending, the article and generic words the press\'s way', () => {
    expect(spell.spellings('Makhmur')).toEqual(['Makhmour']);
    expect(spell.spellings('Dayr az Zawr')).toEqual(expect.arrayContaining(['Deir ez Zawr', 'Deir al Zawr']));
    expect(spell.spellings('Deir ez Zawr')).toEqual(expect.arrayContaining(['Deir ez Zor', 'Deir ez Zour']));
    expect(spell.spellings('Al Miqdadiyah')).toEqual(expect.arrayContaining(['Miqdadiya', 'Miqdadiyeh']));
    expect(spell.spellings('Shaykh Miskin')).toEqual(['Sheikh Miskin']);
  });

  it('leaves a name no rule concerns alone, and an ending that is the whole word', () => {
    expect(spell.spellings('Idlib')).toEqual([]);
    expect(spell.spellings('Ur')).toEqual([]);
    expect(spell.spellings('Hit')).toEqual([]);
  });

  it('makes at most 24 spellings of one name', () => {
    expect(spell.spellings('Ash Shaykh `Ali ash Sharqiyah as Saghirah').length).toBeLessThanOrEqual(24);
  });
});

describe('the spellings in text', () => {
  it('finds places by their press spellings, in their country', () => {
    const doc = run('Peshmerga fighters held Makhmour, while Turkish drones struck Tel Rifaat and Ras al-Ain in Syria.');
    expect(mention(doc, 'Makhmour')?.ref?.country).toBe('IQ');
    expect(mention(doc, 'Tel Rifaat')?.ref?.country).toBe('SY');
    expect(mention(doc, 'Ras al-Ain')?.ref?.country).toBe('SY');
  });

  it('finds the press spelling of an alternate name of a big city (Hodeidah)', () => {
    const doc = run('Drones were launched from Hodeidah in Yemen.');
    expect(mention(doc, 'Hodeidah')?.ref?.country).toBe('YE');
  });

  it('spells the governorates of those countries too, not another country\'s regions', () => {
    expect(mention(run('Fighting spread to Shabwa in Yemen.'), 'Shabwa')?.ref?.id).toMatch(/^subdivision:YE-/);
    // "Kharkivska" → no "-eh"/"-a" spellings: the rules are for Arabic-speaking countries only.
    expect(mention(run('Shelling hit Kharkiva in Ukraine.'), 'Kharkiva')).toBeUndefined();
  });

  it('makes no place of a common word or a person\'s name spelled so', () => {
    const doc = run('Ghazi Jamil said the Amana plan would help.');
    expect(doc.mentions.filter((m) => m.type === 'Place')).toEqual([]);
  });
});
