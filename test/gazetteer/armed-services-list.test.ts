import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { find, places } from './run.js';

// The branches and arms of the Russian and Ukrainian armed forces (curated/armed-services.json): organizations, as the
// guidelines type armed services and branches, so the title rules link their chiefs.
describe('the armed-services list', () => {
  it('names the branches and arms in full and bare', async () => {
    const ms = await places('Officers of the Russian Missile Troops and Artillery, the Signal Troops and the Ukrainian Unmanned Systems Forces met.');
    expect(ms.map((m) => `${m.text}/${m.type}/${m.ref?.source}`)).toEqual([
      'Russian Missile Troops and Artillery/Organization/armed-services',
      'Signal Troops/Organization/armed-services',
      'Ukrainian Unmanned Systems Forces/Organization/armed-services',
    ]);
    expect(find(ms, 'Russian Missile Troops and Artillery')?.ref?.country).toBe('RU');
  });

  it('gives a bare name after a capitalized qualifier up: another force owns that branch', async () => {
    expect(find(await places('Drills of the Baltic Fleet Coastal Troops went on near the shore.'), 'Coastal Troops')).toBeUndefined();
    expect(find(await places('Drills of the Freedonian Tank Troops went on near the shore.'), 'Tank Troops')).toBeUndefined();
    // A sentence's first word is no qualifier when it is an ordinary word.
    expect(find(await places('The Tank Troops held drills near the shore.'), 'Tank Troops')?.ref?.source).toBe('armed-services');
  });

  it('leaves generic lower-case words alone', async () => {
    expect(await places('Some tank troops and engineer troops held drills near the shore.')).toEqual([]);
  });
});

describe('chiefs of the listed branches', () => {
  let pipeline: Pipeline;
  beforeAll(async () => {
    pipeline = await loadPipeline();
  });
  const run = (text: string): Doc => pipeline.process({ id: 'branches.txt', source: { path: '/branches.txt', relPath: 'branches.txt', sha256: '' }, text });
  const lines = (doc: Doc): string[] => doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);

  it('lead them by the title rules', () => {
    expect(lines(run('The chief of the Russian Engineer Troops, Lieutenant General Oleg Varnakov, inspected a depot.'))).toContain(
      'Oleg Varnakov leaderOf Russian Engineer Troops',
    );
    expect(lines(run('Head of the Railway Troops Colonel General Pavel Smirenko spoke on Monday.'))).toContain('Pavel Smirenko leaderOf Railway Troops');
  });

  it('are their country\'s officials when a nationality word opens the title, not after "the"', () => {
    const titled = lines(run('Officials read a note from Russian Chief of Signal Troops Oleg Varnakov to the academies.'));
    expect(titled).toEqual(expect.arrayContaining(['Oleg Varnakov leaderOf Signal Troops', 'Oleg Varnakov memberOf Russian']));
    const described = lines(run('Officials met the Russian Chief of Signal Troops, Colonel General Oleg Varnakov, on Monday.'));
    expect(described).toContain('Oleg Varnakov leaderOf Signal Troops');
    expect(described).not.toContain('Oleg Varnakov memberOf Russian');
  });
});
