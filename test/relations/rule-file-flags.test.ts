import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/model/package-root.js';
import { relationsStage } from '../../src/relations/stage.js';
import { prepare } from '../helpers/prepare.js';
import { addMentions, demonym } from './annotate.js';
import { city, person } from './run.js';

// A user's rule file may set the flags the built-in rules use; "nominalAgent" came with attacked-nominal.
describe('a rule file with "nominalAgent"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-flags-'));
  const file = join(dir, 'rules.json');
  writeFileSync(file, JSON.stringify([{ name: 'my-strike', predicate: 'attacked', confidence: 0.7, nominalAgent: true, patterns: ['S:Demonym strike on O:Place'] }]));
  const run = async (text: string, place: string) => {
    const doc = addMentions(await prepare(text), [demonym('Russian', 'RU'), city(place)]);
    (await relationsStage({ rules: [file] }, { baseDir: dir, packageRoot: packageRoot() })).run(doc);
    return doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);
  };

  it('is accepted, and reads the nationality before an attack noun as its agent', async () => {
    expect(await run('Officials responded to a Russian strike on Zorivka.', 'Zorivka')).toEqual(['Russian attacked Zorivka']);
  });

  it('reads no agent after "of the", where the nationality names a topic', async () => {
    expect(await run('Officials discussed the scale of the Russian strike on Zorivka.', 'Zorivka')).toEqual([]);
  });
});

// "leadingOffice" came with formation-office-nationality (branch rec12): the role must be a leading office.
describe('a rule file with "leadingOffice"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-flags-'));
  const file = join(dir, 'rules.json');
  writeFileSync(file, JSON.stringify([{ name: 'my-office', predicate: 'leaderOf', confidence: 0.7, byRole: true, requireRole: true, leadingOffice: true, patterns: ['O:Country S:Person'] }]));
  const run = async (text: string, role: string) => {
    const doc = addMentions(await prepare(text), [demonym('Russian', 'RU'), person('Ivan Orlov', role)]);
    (await relationsStage({ rules: [file] }, { baseDir: dir, packageRoot: packageRoot() })).run(doc);
    return doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);
  };

  it('is accepted, and keeps a commander', async () => {
    expect(await run('Russian Commander Ivan Orlov spoke.', 'Commander')).toEqual(['Ivan Orlov memberOf Russian']);
  });

  it('drops a spokesperson', async () => {
    expect(await run('Russian Spokesperson Ivan Orlov spoke.', 'Spokesperson')).toEqual([]);
  });
});
