import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RelationMention } from '../../src/model/document.js';
import { relationsStage } from '../../src/relations/stage.js';
import { dedupeRelations } from '../../src/relations/dedupe.js';
import { modelConfidence } from '../../src/relations/rules/confidence-model.js';
import { provisionalKey } from '../../src/relations/provisional-key.js';
import { statementContext, statementFeatures } from '../../src/relations/statement-features.js';
import { PipelineConfigError } from '../../src/stage/options.js';
import { prepare } from '../helpers/prepare.js';
import { addMentions, country, demonym } from './annotate.js';
import { city, person, relate, unit } from './run.js';

describe('attribution', () => {
  it('records who claims a statement', async () => {
    const { doc } = await relate('American sources claim that Boris Kovalev met Levan Dolidze in Baku.', [
      demonym('American', 'US'),
      person('Boris Kovalev'),
      person('Levan Dolidze'),
      city('Baku'),
    ]);
    const r = doc.relations.find((x) => x.predicate === 'metWith')!;
    expect(r.attribution).toEqual({ text: 'American sources', cue: 'claim', mention: 0 });
    const plain = await relate('Boris Kovalev met Levan Dolidze in Baku.', [person('Boris Kovalev'), person('Levan Dolidze'), city('Baku')]);
    const stated = plain.doc.relations.find((x) => x.predicate === 'metWith')!;
    expect(stated.rule).toBe(r.rule);
    // A claim's confidence is the model's (rules/confidence-model.ts), which does not weigh the claim itself.
    expect(r.confidence).toBe(modelConfidence(statementFeatures(doc, r, statementContext(doc, doc.relations, (i) => provisionalKey(doc.mentions[i]!)))));
  });

  it('reads "according to …" and a closing "…, officials said"', async () => {
    const according = await relate('According to Ukrainian officials, the 92nd Assault Brigade seized Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      unit('92nd Assault Brigade'),
      city('Orikhiv'),
    ]);
    expect(according.doc.relations[0]!.attribution).toEqual({ text: 'Ukrainian officials', cue: 'according to', mention: 0 });
    const closing = await relate('The 92nd Assault Brigade seized Orikhiv, Ukrainian officials said.', [unit('92nd Assault Brigade'), city('Orikhiv'), demonym('Ukrainian', 'UA')]);
    expect(closing.doc.relations[0]!.attribution?.text).toBe('Ukrainian officials');
  });

  it('does not take a claim made later in the sentence by the subject as the source of the statement', async () => {
    const { doc } = await relate('Before the vote, Azerbaijan’s defence minister, Rashad Karimov, had claimed that the border was calm.', [
      country('Azerbaijan', 'AZ'),
      person('Rashad Karimov'),
    ]);
    expect(doc.relations).toHaveLength(1);
    expect(doc.relations[0]!.attribution).toBeUndefined();
  });

  it('leaves a plain statement unattributed', async () => {
    const { doc } = await relate('The 92nd Assault Brigade seized Orikhiv.', [unit('92nd Assault Brigade'), city('Orikhiv')]);
    expect(doc.relations[0]!.attribution).toBeUndefined();
    expect(doc.relations[0]!.confidence).toBe(modelConfidence(statementFeatures(doc, doc.relations[0]!, statementContext(doc, doc.relations, (i) => provisionalKey(doc.mentions[i]!)))));
  });
});

/** The value of the first statement's date, if it has one. */
const doc0Date = (doc: { relations: RelationMention[]; dates: Array<{ value: string }> }): string | undefined =>
  doc.relations[0]!.date === undefined ? undefined : doc.dates[doc.relations[0]!.date]!.value;

describe('dates', () => {
  it('takes the date of its own clause, not one across a semicolon', async () => {
    const { doc } = await relate(
      'Tamar Beridze visited Baku on 4 March 2024; Levan Dolidze visited Tbilisi on 6 March 2024.',
      [person('Tamar Beridze'), city('Baku'), person('Levan Dolidze'), city('Tbilisi')],
      [
        ['4 March 2024', '2024-03-04'],
        ['6 March 2024', '2024-03-06'],
      ],
    );
    const dateOf = (subject: string) => {
      const r = doc.relations.find((x) => doc.mentions[x.subject]!.text === subject)!;
      return r.date === undefined ? undefined : doc.dates[r.date]!.value;
    };
    expect(dateOf('Tamar Beridze')).toBe('2024-03-04');
    expect(dateOf('Levan Dolidze')).toBe('2024-03-06');
  });

  it('does not give a statement the date of the clause before ", and"', async () => {
    const { doc } = await relate(
      'Beridze flew home on 2 May 2024, and a Georgian delegation headed by Foreign Minister Levan Dolidze visited Baku on 9 May 2024.',
      [person('Beridze'), demonym('Georgian', 'GE'), person('Levan Dolidze', 'Foreign Minister'), city('Baku')],
      [
        ['2 May 2024', '2024-05-02'],
        ['9 May 2024', '2024-05-09'],
      ],
    );
    const member = doc.relations.find((r) => r.predicate === 'memberOf')!;
    expect(doc.dates[member.date!]!.value).toBe('2024-05-09');
  });

  it('does not give a statement inside a later subordinate clause the date of the main clause', async () => {
    const { doc } = await relate(
      'Tamar Beridze met Levan Dolidze in Baku on 9 May 2024, two weeks after a delegation headed by Foreign Minister Giorgi Kvirikashvili visited Ganja.',
      [person('Tamar Beridze'), person('Levan Dolidze'), city('Baku'), person('Giorgi Kvirikashvili', 'Foreign Minister'), city('Ganja')],
      [['9 May 2024', '2024-05-09']],
    );
    const dateOf = (predicate: string, subject: string): string | undefined => {
      const r = doc.relations.find((x) => x.predicate === predicate && doc.mentions[x.subject]!.text === subject)!;
      return r.date === undefined ? undefined : doc.dates[r.date]!.value;
    };
    expect(dateOf('metWith', 'Tamar Beridze')).toBe('2024-05-09');
    expect(dateOf('visited', 'Giorgi Kvirikashvili')).toBeUndefined();
  });

  it('keeps a date before a subordinate clause that a comma has closed', async () => {
    const { doc } = await relate('On 9 May 2024, after talks in Tbilisi, Levan Dolidze visited Baku.', [city('Tbilisi'), person('Levan Dolidze'), city('Baku')], [['9 May 2024', '2024-05-09']]);
    const visit = doc.relations.find((r) => r.predicate === 'visited')!;
    expect(doc.dates[visit.date!]!.value).toBe('2024-05-09');
  });

  it('gives a statement made in an aside no date of the clause around it', async () => {
    const { doc, lines } = await relate(
      'The Free Caucasus Front, the militia once led by Dmitry Sorokin, was disbanded in March 2021.',
      [{ text: 'Free Caucasus Front', type: 'Organization' }, person('Dmitry Sorokin')],
      [['March 2021', '2021-03']],
    );
    expect(lines).toEqual(['Dmitry Sorokin leaderOf Free Caucasus Front']);
    expect(doc.relations[0]!.date).toBeUndefined();
  });

  it('keeps the date after the verb, and drops one that belongs to a later predicate', async () => {
    const own = await relate('Tamar Beridze visited Baku, the capital, on 4 March 2024.', [person('Tamar Beridze'), city('Baku')], [['4 March 2024', '2024-03-04']]);
    expect(doc0Date(own.doc)).toBe('2024-03-04');
    const later = await relate(
      'The 14th Brigade attacked near Orikhiv, captured two villages and withdrew on 9 May 2024.',
      [unit('14th Brigade'), city('Orikhiv')],
      [['9 May 2024', '2024-05-09']],
    );
    expect(later.lines).toEqual(['14th Brigade operatesIn Orikhiv', '14th Brigade attacked Orikhiv']);
    expect(later.doc.relations.every((r) => r.date === undefined)).toBe(true);
  });

  it('prefers a calendar date to "now"', async () => {
    const { doc } = await relate(
      'Until now, Tamar Beridze has met Rashad Karimov twice, last time in February.',
      [person('Tamar Beridze'), person('Rashad Karimov')],
      [
        ['now', 'PRESENT_REF'],
        ['February', '2024-02'],
      ],
    );
    expect(doc.dates[doc.relations[0]!.date!]!.value).toBe('2024-02');
  });
});

describe('dedupeRelations', () => {
  const r = (subject: number, object: number, confidence: number, predicate = 'memberOf'): RelationMention => ({
    subject,
    object,
    predicate,
    rule: `r${confidence}`,
    confidence,
    sentence: 0,
  });

  it('keeps the most confident statement per entity pair and sentence, and drops self-relations', () => {
    const keys = ['a', 'b', 'a', 'c'];
    const kept = dedupeRelations([r(0, 1, 0.6), r(2, 1, 0.8), r(0, 2, 0.9), r(0, 3, 0.7)], (i) => keys[i]!);
    expect(kept.map((x) => x.rule)).toEqual(['r0.8', 'r0.7']);
  });

  it('keeps only the better of leaderOf and memberOf for one pair in one sentence', () => {
    const kept = dedupeRelations([r(0, 1, 0.7, 'memberOf'), r(0, 1, 0.8, 'leaderOf')], (i) => `k${i}`);
    expect(kept.map((x) => x.predicate)).toEqual(['leaderOf']);
  });
});

describe('rule files', () => {
  const env = { baseDir: tmpdir(), packageRoot: tmpdir() };

  it('runs a user rule from a JSON file, with its name on the statement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-rules-'));
    writeFileSync(join(dir, 'extra.json'), JSON.stringify([{ name: 'user-shelled', predicate: 'shelled', confidence: 0.7, patterns: ['S:Unit shelled O:Place'] }]));
    const stage = await relationsStage({ rules: ['extra.json'] }, { ...env, baseDir: dir });
    const doc = addMentions(await prepare('The 92nd Assault Brigade shelled Orikhiv.'), [unit('92nd Assault Brigade'), city('Orikhiv')]);
    stage.run(doc);
    expect(doc.relations.map((x) => [x.predicate, x.rule])).toEqual([['shelled', 'user-shelled']]);
  });

  it('refuses bad patterns, unknown options and duplicate rule names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-rules-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ name: 'x', predicate: 'p', confidence: 0.5, patterns: ['S:Vehicle near O:Place'] }]));
    await expect(async () => relationsStage({ rules: ['bad.json'] }, { ...env, baseDir: dir })).rejects.toThrow(/unknown argument type "Vehicle"/);
    writeFileSync(join(dir, 'noobject.json'), JSON.stringify([{ name: 'x', predicate: 'p', confidence: 0.5, patterns: ['S:Unit near'] }]));
    await expect(async () => relationsStage({ rules: ['noobject.json'] }, { ...env, baseDir: dir })).rejects.toThrow(PipelineConfigError);
    writeFileSync(join(dir, 'dup.json'), JSON.stringify([{ name: 'visited-verb', predicate: 'visited', confidence: 0.5, patterns: ['S:Person went to O:Place'] }]));
    await expect(async () => relationsStage({ rules: ['builtin', 'dup.json'] }, { ...env, baseDir: dir })).rejects.toThrow(/used twice/);
    await expect(async () => relationsStage({ rulez: 'builtin' }, env)).rejects.toThrow(/unknown option "rulez"/);
  });
});
