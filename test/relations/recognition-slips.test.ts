import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// Recognition slips that cost relations: each test runs the whole default pipeline on an invented sentence.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'slips.txt', source: { path: '/slips.txt', relPath: 'slips.txt', sha256: '' }, text });
const mentions = (doc: Doc): string[] => doc.mentions.filter((m) => m.form !== 'demonym').map((m) => `${m.text}/${m.type}`);
const lines = (doc: Doc, predicate: string): string[] =>
  doc.relations.filter((r) => r.predicate === predicate).map((r) => `${doc.mentions[r.subject]!.text} -> ${doc.mentions[r.object]!.text}`);

describe("organization complements hold the \"People's Republic\" clitic", () => {
  it('reads the whole name with a curly or a straight apostrophe', () => {
    expect(mentions(run('The Interior Ministry of the Donetsk People’s Republic opened a new office.'))).toContain('Interior Ministry of the Donetsk People’s Republic/Organization');
    expect(mentions(run("The Emergencies Ministry of the Luhansk People's Republic opened a new office."))).toContain("Emergencies Ministry of the Luhansk People's Republic/Organization");
  });
  it('leaves a possessive after the complement outside the name', () => {
    expect(mentions(run("The Ministry of Defense's statement was brief."))).toContain('Ministry of Defense/Organization');
  });
});

describe('coordinated names before a singular echelon used as a modifier', () => {
  it('makes each name a unit before a noun of troops', () => {
    const doc = run('Elements of the Baltic and Northern Fleet naval infantry fought near Marinka on Friday.');
    expect(mentions(doc)).toEqual(expect.arrayContaining(['Baltic/MilitaryUnit', 'Northern Fleet/MilitaryUnit']));
    expect(lines(doc, 'operatesIn')).toEqual(expect.arrayContaining(['Baltic -> Marinka', 'Northern Fleet -> Marinka']));
  });
  it('does not split a singular echelon followed by a verb', () => {
    const doc = run('Elements of the Baltic and Northern Fleet fought near Marinka on Friday.');
    expect(mentions(doc)).not.toContain('Baltic/MilitaryUnit');
  });
});

describe('a plural abbreviation of a plural noun is no name', () => {
  it('does not make "Battalion Tactical Groups (BTGs)" a unit, nor its later uses', () => {
    const doc = run('Moscow sent four Battalion Tactical Groups (BTGs) to Kursk Oblast. Two BTGs later reached Sudzha.');
    expect(mentions(doc).filter((m) => m.endsWith('/MilitaryUnit'))).toEqual([]);
  });
  it('keeps a singular abbreviation of a named service', () => {
    expect(mentions(run('The Strategic Missile Command (SMC) moved launchers to Tver.'))).toContain('SMC/Organization');
  });
});

describe('an ambiguous abbreviation is not read by words of its other sense', () => {
  it('drops "WMD" next to "weapons"', () => {
    const doc = run('The 3rd Army Corps moved to Svatove. Minsk accused Kyiv of hiding chemical weapons and WMD in Sumy.');
    expect(mentions(doc)).not.toContain('WMD/MilitaryUnit');
  });
  it('keeps "WMD" as a district among units', () => {
    const doc = run('The 3rd Army Corps moved to Svatove. WMD units attacked Kupiansk on Monday.');
    expect(mentions(doc)).toContain('WMD/MilitaryUnit');
  });
});

describe("a ship's name is no unit or place", () => {
  it('drops a name right after a ship noun and its repeats', () => {
    const doc = run('The tanker Sparta left Novorossiysk. Sparta later reached Tartus.');
    expect(mentions(doc)).toEqual(['Novorossiysk/Place', 'Tartus/Place']);
  });
  it('keeps the same name elsewhere when no ship noun stands before it', () => {
    const doc = run('The Sparta Battalion attacked Avdiivka on Monday.');
    expect(lines(doc, 'attacked')).toEqual(['Sparta Battalion -> Avdiivka']);
  });
});

describe("a name's kind noun with its bracketed abbreviation stays in the name's phrase", () => {
  it('reads the actor past "private military company (PMC)"', () => {
    const doc = run('Vostok Group private military company (PMC) fighters attacked Soledar on May 3.');
    expect(lines(doc, 'attacked')).toContain('Vostok Group -> Soledar');
  });
  it('does not pass a clause in brackets', () => {
    const doc = run('Vostok Group leaders said (without evidence) fighters attacked Soledar on May 3.');
    expect(lines(doc, 'attacked')).not.toContain('Vostok Group -> Soledar');
  });
});

describe('list-place: examples of a plural place noun', () => {
  it('types unknown names in a list of examples of settlements as places, with one known place', () => {
    const doc = run('Russian troops shelled settlements in Sumy Oblast, including Bilopillia, Marko and Zhuk on Tuesday.');
    expect(doc.mentions.filter((m) => m.recognizer === 'list-place').map((m) => m.text)).toEqual(['Marko', 'Zhuk']);
  });
  it('leaves a list after "including" with no place noun alone', () => {
    const doc = run('Russian troops shelled Lyman, including Marko, Zhuk and Bilopillia, on Tuesday.');
    expect(doc.mentions.filter((m) => m.recognizer === 'list-place').map((m) => m.text)).toEqual([]);
  });
});

describe('compound village names', () => {
  it('joins a linking first part and a place name over a hyphen into one place', () => {
    const doc = run('Russian troops took control of Petro-Mykolaivka and Kozlivka on Monday.');
    expect(mentions(doc)).toContain('Petro-Mykolaivka/Place');
    expect(lines(doc, 'captured')).toContain('Russian -> Petro-Mykolaivka');
  });
  it('keeps two full names joined by a hyphen apart', () => {
    const doc = run('Russian troops shelled the Bakhmut-Siversk road on Monday.');
    expect(mentions(doc)).toEqual(expect.arrayContaining(['Bakhmut/Place', 'Siversk/Place']));
  });
  it('joins a village-name adjective and a place name', () => {
    const doc = run('Russian troops took control of Stara Lozova on Monday.');
    expect(mentions(doc)).toContain('Stara Lozova/Place');
  });
});

describe("a platform's name as a modifier of its content", () => {
  it('is no organization before "channel"', () => {
    expect(mentions(run('A pro-Russian Telegram channel claimed that Russian troops entered Lyman.'))).not.toContain('Telegram/Organization');
  });
  it('stays an organization as an actor', () => {
    expect(mentions(run('Telegram blocked several accounts on Monday.'))).toContain('Telegram/Organization');
  });
});

describe('list-place: a list missing a comma between two known places', () => {
  it('reads the list on past "A B," and types its unknown item', () => {
    const doc = run('Russian troops attacked near Kupiansk, Lyman Siversk, Marko, and Zhuk on Monday.');
    expect(doc.mentions.filter((m) => m.recognizer === 'list-place').map((m) => m.text)).toEqual(['Marko', 'Zhuk']);
  });
  it('still refuses an unknown name running on after a place', () => {
    const doc = run('Russian troops attacked near Kupiansk Marko, and Zhuk on Monday.');
    expect(doc.mentions.filter((m) => m.recognizer === 'list-place').map((m) => m.text)).toEqual([]);
  });
});
