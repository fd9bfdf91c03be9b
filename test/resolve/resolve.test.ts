import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { packageRoot } from '../../src/model/package-root.js';
import { resolveStage } from '../../src/resolve/stage.js';
import { prepare } from '../helpers/prepare.js';
import { addMentions, country, demonym, type MentionSpec } from '../relations/annotate.js';
import { runRelations } from '../relations/run.js';
import { predictionsOf } from '../../src/eval/predictions.js';

async function resolved(text: string, mentions: readonly MentionSpec[], withRelations = false): Promise<Doc> {
  const doc = addMentions(await prepare(text), mentions);
  if (withRelations) await runRelations(doc);
  const env = { baseDir: packageRoot(), packageRoot: packageRoot() };
  (await resolveStage({}, env)).run(doc);
  return doc;
}

const entityOf = (doc: Doc, mention: number) => doc.entities[doc.mentions[mention]!.entity!]!;

describe('people', () => {
  it('joins a titled full name, the surname and its possessive into one person with the title as role', async () => {
    const doc = await resolved('President Tamar Beridze spoke first. Beridze then left, and Beridze’s aides stayed.', [
      { text: 'Tamar Beridze', type: 'Person', role: 'President' },
      { text: 'Beridze', type: 'Person', nth: 1 },
      { text: 'Beridze’s', type: 'Person' },
    ]);
    expect(doc.entities).toHaveLength(1);
    expect(doc.entities[0]).toMatchObject({ key: 'person:tamar-beridze', type: 'Person', name: 'Tamar Beridze', aliases: ['Beridze'], roles: ['President'], mentions: [0, 1, 2] });
    expect(doc.mentions.map((m) => m.entity)).toEqual([0, 0, 0]);
  });

  it('keeps two people who share a surname apart, and gives the bare surname to the one mentioned last', async () => {
    const doc = await resolved('Giorgi Beridze met Tamar Beridze in Batumi. Beridze later denied it.', [
      { text: 'Giorgi Beridze', type: 'Person' },
      { text: 'Tamar Beridze', type: 'Person' },
      { text: 'Beridze', type: 'Person', nth: 2 },
    ]);
    expect(doc.entities.map((e) => e.name)).toEqual(['Giorgi Beridze', 'Tamar Beridze']);
    expect(entityOf(doc, 2).name).toBe('Tamar Beridze');
  });

  it('lets an initial stand for a given name but not a different given name', async () => {
    const doc = await resolved('Pavel Orlov and P. Orlov and Sergei Orlov were named.', [
      { text: 'Pavel Orlov', type: 'Person' },
      { text: 'P. Orlov', type: 'Person' },
      { text: 'Sergei Orlov', type: 'Person' },
    ]);
    expect(doc.entities.map((e) => e.mentions)).toEqual([[0, 1], [2]]);
  });
});

describe('organizations and units', () => {
  it('makes an acronym defined in the text the same entity as its long form', async () => {
    const doc = await resolved('The Free Caucasus Front (FCF) grew. Later the FCF split.', [
      { text: 'Free Caucasus Front', type: 'Organization' },
      { text: 'FCF', type: 'Organization', form: 'acronym', expansion: 'Free Caucasus Front' },
      { text: 'FCF', type: 'Organization', form: 'acronym', nth: 1 },
    ]);
    expect(doc.entities).toHaveLength(1);
    expect(doc.entities[0]).toMatchObject({ key: 'org:free-caucasus-front', name: 'Free Caucasus Front', aliases: ['FCF'] });
  });

  it('spells out a defined acronym inside a unit name: "the 19th AC" is the 19th Army Corps', async () => {
    const doc = await resolved('The 19th Army Corps (AC) withdrew. The 19th AC then regrouped, unlike the 71st AC.', [
      { text: '19th Army Corps', type: 'MilitaryUnit' },
      { text: 'AC', type: 'MilitaryUnit', form: 'acronym', expansion: '19th Army Corps' },
      { text: 'The 19th AC', type: 'MilitaryUnit', form: 'acronym' },
      { text: '71st AC', type: 'MilitaryUnit', form: 'acronym' },
    ]);
    expect(entityOf(doc, 2).key).toBe('unit:19th-army-corps');
    expect(entityOf(doc, 2).aliases).toContain('19th AC');
    expect(entityOf(doc, 3)).toMatchObject({ key: 'unit:71st-army-corps', name: '71st Army Corps' });
  });

  it('keeps apart two organizations whose canonical names differ although their surfaces match', async () => {
    const doc = await resolved('The Defense Ministry said the Defense Ministry in Kyiv lied.', [
      { text: 'Defense Ministry', type: 'Organization', canonical: 'Defense Ministry (Russia)' },
      { text: 'Defense Ministry', type: 'Organization', canonical: 'Defense Ministry (Ukraine)', nth: 1 },
    ]);
    expect(doc.entities.map((e) => e.key)).toEqual(['org:defense-ministry-russia', 'org:defense-ministry-ukraine']);
  });
});

describe('places and demonyms', () => {
  it('resolves a demonym to its country entity, which a named mention joins', async () => {
    const doc = await resolved('Russian officials said Russia would respond.', [demonym('Russian', 'RU', 0, 'Russia'), country('Russia', 'RU')]);
    expect(doc.entities).toHaveLength(1);
    expect(doc.entities[0]).toMatchObject({ key: 'country:RU', type: 'Place', placeKind: 'Country', name: 'Russia', mentions: [0, 1], aliases: [] });
    expect(doc.mentions.map((m) => m.entity)).toEqual([0, 0]);
  });
});

describe('relations after resolution', () => {
  it('drops a statement between two mentions of one entity and records relation roles on the person', async () => {
    const doc = await resolved(
      'Azerbaijan’s defence minister, Rashad Karimov, said Karimov met Rashad Karimov.',
      [country('Azerbaijan', 'AZ'), { text: 'Rashad Karimov', type: 'Person' }, { text: 'Karimov', type: 'Person', nth: 1 }, { text: 'Rashad Karimov', type: 'Person', nth: 1 }],
      true,
    );
    expect(doc.relations.map((r) => r.predicate)).toEqual(['memberOf']);
    expect(entityOf(doc, 1).roles).toEqual(['defence minister']);
  });

  it('keeps the mentions a rule matched, with the earlier one as the subject of a symmetric statement', async () => {
    const doc = await resolved(
      'Levan Dolidze praised Rashad Karimov, and later Karimov met Dolidze.',
      [
        { text: 'Levan Dolidze', type: 'Person' },
        { text: 'Rashad Karimov', type: 'Person' },
        { text: 'Karimov', type: 'Person', nth: 1 },
        { text: 'Dolidze', type: 'Person', nth: 1 },
      ],
      true,
    );
    expect(doc.relations.map((r) => [r.subject, r.predicate, r.object])).toEqual([[2, 'metWith', 3]]);
    // The evaluator reads arguments as the gold data marks them: the entity's first mention in the sentence.
    const [relation] = predictionsOf(doc).relations;
    expect([relation!.subject.text, relation!.object.text]).toEqual(['Rashad Karimov', 'Levan Dolidze']);
  });
});
