import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// Recognition slips in names (second pass): each test runs the whole default pipeline on an invented sentence.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'names.txt', source: { path: '/names.txt', relPath: 'names.txt', sha256: '' }, text });
const mentions = (doc: Doc): string[] => doc.mentions.filter((m) => m.form !== 'demonym').map((m) => `${m.text}/${m.type}`);

describe('an organization name ending in a generic head noun keeps it', () => {
  it('reads "Team" and "Project" as the last word of the name', () => {
    expect(mentions(run('The Open Source Analysis Team reported new footage on Tuesday.'))).toContain('Open Source Analysis Team/Organization');
    expect(mentions(run('The Frontline Monitoring Project published a map on Friday.'))).toContain('Frontline Monitoring Project/Organization');
  });
  it('makes nothing of a bare head noun', () => {
    expect(mentions(run('The Team reported new footage on Tuesday.')).filter((m) => m.endsWith('/Organization'))).toEqual([]);
  });
});

describe('a place name made an adjective by "-type", "-style" or "-like"', () => {
  it('is no place mention', () => {
    const doc = run('The envoy rejected any Vienna-type settlement, and Russian troops used Grozny-style tactics near Toretsk.');
    expect(mentions(doc)).not.toContain('Vienna/Place');
    expect(mentions(doc)).not.toContain('Grozny/Place');
    expect(mentions(doc)).toContain('Toretsk/Place');
  });
  it('leaves a hyphenated pair of places and a bare name before a noun alone', () => {
    expect(mentions(run('Troops held the Toretsk-Pokrovsk road and discussed the Vienna talks.'))).toEqual(expect.arrayContaining(['Vienna/Place']));
  });
});

describe('a party named after a place', () => {
  it('reads the capitalized words before a lower-case "party" as one organization', () => {
    const doc = run('The governor joined the Great Poland party in Lublin on Monday.');
    expect(mentions(doc)).toContain('Great Poland/Organization');
    expect(mentions(doc)).not.toContain('Poland/Place');
  });
  it('leaves a place alone before "party", and a place not before "party"', () => {
    expect(mentions(run('Activists met the Poland party delegates.'))).toContain('Poland/Place');
    expect(mentions(run('The Great Poland forum met in Lublin.'))).not.toContain('Great Poland/Organization');
  });
});

describe('list-place: a name-shape person inside a list of known places', () => {
  it('is one more place of the list, and an argument of its attack', () => {
    const doc = run('Russian forces attacked Ukrainian positions in Toretsk, Pokrovsk, and Myrna Dolyna on Monday.');
    expect(mentions(doc)).toContain('Myrna Dolyna/Place');
    expect(doc.relations.some((r) => r.predicate === 'attacked' && doc.mentions[r.object]!.text === 'Myrna Dolyna')).toBe(true);
  });
  it('stays a person with a single known place, and after a non-place word', () => {
    expect(mentions(run('Russian troops shelled Kharkiv and Ivan Bilyk on Monday.'))).toContain('Ivan Bilyk/Person');
    expect(mentions(run('Zelensky thanked Toretsk, Pokrovsk, and Ivan Bilyk on Monday.'))).toContain('Ivan Bilyk/Person');
  });
});

describe('a party named after a place, owned by a person', () => {
  it('leaves the possessive owner outside the name', () => {
    const doc = run('Members of President Andrzej Nowak’s Great Poland party met in Lublin.');
    expect(mentions(doc)).toEqual(expect.arrayContaining(['Great Poland/Organization', 'Andrzej Nowak/Person']));
  });
});

describe('context-place: troops in or leaving an unknown village', () => {
  it('reads "forces in X", "fortifications in X" and "withdrawal of troops from X" as places', () => {
    const doc = run('Russian troops encircled Ukrainian forces in Brodnote. Engineers built fortifications in Brodnote. Kyiv ordered a withdrawal of troops from Brodnote.');
    expect(doc.mentions.filter((m) => m.text === 'Brodnote' && m.type === 'Place')).toHaveLength(3);
  });
  it('does not read a bare "from X" or "in X" of an unknown word as a place', () => {
    expect(mentions(run('Officials heard a report from Brodnote on Monday.'))).not.toContain('Brodnote/Place');
  });
});

describe('document names: a place repeated at a sentence start', () => {
  it('repeats when the document never writes the word in lower case', () => {
    const doc = run('Explosions occurred in Sevastopol overnight. Sevastopol officials claimed that air defenses shot down six drones.');
    expect(doc.mentions.filter((m) => m.text === 'Sevastopol' && m.type === 'Place')).toHaveLength(2);
  });
  it('does not repeat an ordinary word the document also writes in lower case', () => {
    const doc = run('Ukrainian troops crossed near Split on Monday. Split units later reached the river, where the column had split.');
    expect(doc.mentions.filter((m) => m.text === 'Split' && m.type === 'Place')).toHaveLength(1);
  });
});
