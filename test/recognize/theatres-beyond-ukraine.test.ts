import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc, Mention } from '../../src/model/document.js';
import { ArabicSpellings, type ArabicSpellingRules } from '../../src/gazetteer/build/arabic-spellings.js';

// Invented sentences about the wars in Syria, Iraq and Yemen (names of real places and groups, no reported text).
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 't.txt', source: { path: '/t.txt', relPath: 't.txt', sha256: '' }, text });
const mention = (doc: Doc, text: string): Mention | undefined => doc.mentions.find((m) => m.text === text);

describe('a nationality word inside a name', () => {
  it('belongs to the organization after a capitalized word and names no country', () => {
    const doc = run('The Free Syrian Army shelled positions near Idlib on Monday.');
    expect(mention(doc, 'Free Syrian Army')?.type).toBe('Organization');
    expect(doc.mentions.some((m) => m.form === 'demonym')).toBe(false);
    const subjects = doc.relations.map((r) => doc.mentions[r.subject]!.text);
    expect(subjects).not.toContain('Syrian');
  });

  it('stays a nationality after a title modifier, at a sentence start and before a unit type', () => {
    const acting = run('Officials said Acting Russian Defense Minister Ivanov arrived.');
    expect(acting.mentions.find((m) => m.form === 'demonym')?.text).toBe('Russian');
    const start = run('Some Syrian Army units withdrew.');
    expect(start.mentions.find((m) => m.form === 'demonym')?.text).toBe('Syrian');
    const numberless = run('Elements of a division of the Combined Arms Army lost half their tanks.');
    expect(numberless.mentions.filter((m) => m.type === 'Organization')).toEqual([]);
  });

  it('an "Army" name going on with another capitalized word is left unread', () => {
    const doc = run('Volunteers joined the Special Combat Army Reserve last year.');
    expect(doc.mentions.find((m) => m.text.endsWith('Army'))).toBeUndefined();
  });
});

describe('namesakes chosen by the countries a document names anywhere', () => {
  it('a governorate in the named country beats a foreign village with that alternate name', () => {
    const doc = run('Iraqi troops advanced in Nineveh and Anbar.');
    expect(mention(doc, 'Nineveh')?.ref?.country).toBe('IQ');
    expect(mention(doc, 'Anbar')?.ref?.country).toBe('IQ');
  });

  it('without the country the bigger foreign namesake stays', () => {
    expect(mention(run('The county fair returns to Nineveh in June.'), 'Nineveh')?.ref?.country).not.toBe('IQ');
  });

  it('an alternate name that is also a given name joins the namesakes another place already bears', () => {
    expect(mention(run('Syrian troops fought near Palmyra.'), 'Palmyra')?.ref?.country).toBe('SY');
    expect(mention(run('Flooding closed roads near Palmyra, Pennsylvania.'), 'Palmyra')?.ref?.country).toBe('US');
  });
});

describe('Arabic place names', () => {
  const rules: ArabicSpellingRules = {
    countries: ['SY'], articles: ['al', 'ash'], sunArticles: ['ash'], wordSpellings: { tall: ['Tel'] }, finalAh: true, minLength: 5,
  };
  const spell = new ArabicSpellings(rules);

  it('spells GeoNames romanizations the press way', () => {
    expect(spell.spellings('Al Qamishli')).toEqual(['Qamishli']);
    expect(spell.spellings('Jisr ash Shughur')).toEqual(['Jisr al Shughur']);
    expect(spell.spellings('Zuwarah')).toEqual(['Zuwara']);
    expect(spell.spellings('Tall Abyad')).toEqual(['Tel Abyad', 'Tal Abyad']);
    expect(spell.appliesTo('SY')).toBe(true);
    expect(spell.appliesTo('UA')).toBe(false);
  });

  it('makes nothing of a name without an article, ending or generic word, nor a spelling too short', () => {
    expect(spell.spellings('Idlib')).toEqual([]);
    expect(spell.spellings('Al Bab')).toEqual([]);
  });

  it('finds the press spellings in text', () => {
    const doc = run('Fighting spread from Qamishli to Jisr al-Shughur, and Iraqi troops entered Hawija.');
    expect(mention(doc, 'Qamishli')?.ref?.country).toBe('SY');
    expect(mention(doc, 'Jisr al-Shughur')?.ref?.country).toBe('SY');
    expect(mention(doc, 'Hawija')?.ref?.country).toBe('IQ');
  });

  it('joins a generic first word and the article to the name as one place', () => {
    const doc = run('Rebels shelled Maarat al-Numan and Kafr Zita overnight.');
    expect(mention(doc, 'Maarat al-Numan')?.type).toBe('Place');
    expect(mention(doc, 'Kafr Zita')?.type).toBe('Place');
  });

  it('a generic word before an ordinary word or a person is no place name', () => {
    const doc = run('The Bir Report was published. Beit Ivanov spoke.');
    expect(doc.mentions.filter((m) => m.recognizer === 'qualified-place')).toEqual([]);
  });
});

describe('armed groups of those wars', () => {
  it('are organizations of their country', () => {
    const doc = run('Houthi rebels, Asaib Ahl al-Haq and the Rapid Support Forces were named in the report.');
    expect(mention(doc, 'Houthi')?.type).toBe('Organization');
    expect(mention(doc, 'Asaib Ahl al-Haq')?.ref?.id).toBe('org:asaib-ahl-al-haq');
    expect(mention(doc, 'Rapid Support Forces')?.type).toBe('Organization');
  });
});

describe('"Army" as the head of a name', () => {
  it('is no head in the rank "Army General" after an organization', () => {
    const doc = run('Chief of the General Staff Army General Ivan Petrenko visited the front.');
    expect(mention(doc, 'General Staff')?.type).toBe('Organization');
    expect(doc.mentions.find((m) => m.text.includes('Staff Army'))).toBeUndefined();
  });
});

describe('countries of towns named unambiguously', () => {
  it('choose among namesakes like a named country', () => {
    expect(mention(run('Rebels held Saraqib and fought near Palmyra.'), 'Palmyra')?.ref?.country).toBe('SY');
  });
});

describe('towns of those wars that GeoNames lacks', () => {
  it('are listed places with their country', () => {
    const doc = run('Fighters left Baghouz for Arsal.');
    expect(mention(doc, 'Baghouz')?.ref?.country).toBe('SY');
    expect(mention(doc, 'Arsal')?.ref?.country).toBe('LB');
  });
});

describe('Arabic words opening armed groups\' names', () => {
  it('make one organization with the capitalized and article-joined words after them', () => {
    const doc = run('Liwa al-Nasr and Kataib Sayyid al-Ahrar clashed with Saraya al-Fajr near the border.');
    expect(doc.mentions.filter((m) => m.type === 'Organization').map((m) => m.text)).toEqual(['Liwa al-Nasr', 'Kataib Sayyid al-Ahrar', 'Saraya al-Fajr']);
  });

  it('make nothing alone or before a lower-case word, and never take a person', () => {
    const doc = run('Ansar said the talks failed. The jaish of the north moved. Liwa in the east held.');
    expect(doc.mentions.filter((m) => m.recognizer === 'cue-organization')).toEqual([]);
  });

  it('an article-joined word belongs to an organization name before its head', () => {
    const doc = run('The Deir ez-Zor Military Council detained three men.');
    expect(mention(doc, 'Deir ez-Zor Military Council')?.type).toBe('Organization');
  });
});
