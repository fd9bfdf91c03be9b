import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeStage } from '../../src/recognize/stage.js';
import { packageRoot } from '../../src/model/package-root.js';
import type { Mention } from '../../src/model/document.js';
import { prepare } from '../helpers/prepare.js';
import { documentNames } from '../../src/recognize/document-names.js';
import { MentionRecord } from '../../src/model/records.js';

const env = { baseDir: packageRoot(), packageRoot: packageRoot() };
const defaultRecognizers = (JSON.parse(readFileSync(join(packageRoot(), 'pipelines', 'default.json'), 'utf8')) as {
  stages: { stage: string; options: { recognizers?: unknown } }[];
}).stages.find((s) => s.stage === 'recognize')!.options.recognizers;

/** The default pipeline's recognizers through the recognize stage (with or without document consistency). */
async function recognize(text: string, documentNames = true): Promise<Mention[]> {
  const stage = await recognizeStage({ recognizers: defaultRecognizers, documentNames }, env);
  const doc = await prepare(text);
  stage.run(doc);
  return doc.mentions.filter((m) => m.form !== 'demonym');
}
const spans = (ms: readonly Mention[]) => ms.map((m) => [m.text, m.type]);

describe('document-level consistency', () => {
  it('repeats a name found once with a cue wherever the document uses it again, with the same type', async () => {
    const text = 'The independent outlet Vestnikov published the list. Officials denied it, but Vestnikov stood by its report.';
    expect(spans(await recognize(text, false))).toEqual([['Vestnikov', 'Organization']]);
    const ms = await recognize(text);
    expect(spans(ms)).toEqual([['Vestnikov', 'Organization'], ['Vestnikov', 'Organization']]);
    expect(ms[1]).toMatchObject({ recognizer: 'document-names', priority: 10 });
  });

  it('repeats the surname of a titled person whose names no list knows', async () => {
    const ms = await recognize('Colonel-General Arkady Velembrov arrived on Monday. Velembrov inspected the troops.');
    expect(spans(ms)).toEqual([['Arkady Velembrov', 'Person'], ['Velembrov', 'Person']]);
    expect(ms[1]!.canonical).toBe('Arkady Velembrov');
  });

  it('lets a company name used whole teach its first word ("X Group" … "X")', async () => {
    const ms = await recognize('The Dravensk Group hired guards. Later Dravensk fighters left the town of Kupiansk.');
    expect(spans(ms).slice(0, 2)).toEqual([['Dravensk Group', 'Organization'], ['Dravensk', 'Organization']]);
  });

  it('does not repeat a part two names share', async () => {
    const ms = await recognize('Minister Olena Marsh spoke, and Governor Ivan Marsh listened. Marsh was not named.');
    expect(ms.filter((m) => m.text === 'Marsh' && m.recognizer === 'document-names')).toEqual([]);
  });

  it('settles a surface typed two ways by the evidence of all its mentions, not by their order', async () => {
    const text = 'Kessel spoke first. Then Kessel spoke again. Kessel left.';
    const doc = await prepare(text);
    const at = (k: number, type: 'Person' | 'Place', confidence: number): Mention => {
      const start = text.split('Kessel', k + 1).join('Kessel').length;
      return new MentionRecord(start, start + 6, 'Kessel', type, 'name', 'test', 50, confidence);
    };
    // One strong place against two weaker person mentions, in both orders: the summed evidence decides.
    for (const order of [['Place', 'Person', 'Person'], ['Person', 'Person', 'Place']] as const) {
      const ms = documentNames(doc, order.map((type, k) => at(k, type, type === 'Place' ? 0.9 : 0.6)));
      expect(ms.map((m) => m.type)).toEqual(['Person', 'Person', 'Person']);
    }
  });
});

describe('organizations from context', () => {
  it('reads media, channels, companies and banks named after a cue noun', async () => {
    const ms = await recognize(
      'The pro-war channel Tarnovy Vestnik claimed gains, and the newspaper Skarbnik Post agreed. The lender Halvorbank froze accounts, and the company Orlitex Holdings denied it.',
    );
    expect(spans(ms)).toEqual([
      ['Tarnovy Vestnik', 'Organization'],
      ['Skarbnik Post', 'Organization'],
      ['Halvorbank', 'Organization'],
      ['Orlitex Holdings', 'Organization'],
    ]);
  });

  it('leaves a person after a cue to the person rules, and a lone ordinary word or a month alone', async () => {
    const ms = await recognize('The milblogger Igor Strelnikov wrote. The company Board met in March. The paper Monday said nothing.');
    expect(spans(ms)).toEqual([['Igor Strelnikov', 'Person']]);
  });

  it('marks one unknown word with a bank ending as a company, but not an English word', async () => {
    expect(spans(await recognize('Savings moved to Kredoprombank after the embankment collapsed.'))).toEqual([['Kredoprombank', 'Organization']]);
  });
});

describe('people by role', () => {
  it('reads a hyphenated rank, an office "of" a place before a name, and an appositive before a bracket', async () => {
    const ms = await recognize(
      'Lieutenant-General Boris Yaremchuk flew in. The Mayor of Zelenodolsk Dmytro Orlov said so. The head of Zelenodolsk, Yevhen Voronko (appointed in May), agreed.',
    );
    expect(ms.filter((m) => m.type === 'Person').map((m) => [m.text, m.role?.text])).toEqual([
      ['Boris Yaremchuk', 'Lieutenant-General'],
      ['Dmytro Orlov', 'Mayor of Zelenodolsk'],
      ['Yevhen Voronko', 'head of Zelenodolsk'],
    ]);
  });
});

describe('places from context', () => {
  it('reads lists after a cue, "advance on X", a distance after "about", and "X Raion"', async () => {
    const ms = await recognize(
      'Troops pushed south from Zharkove, Lypivka, and Pidhirne. They tried to advance on Strilkove (about 12 kilometers north of Kupiansk). Shelling struck Velykoburlutska Hromada.',
    );
    expect(ms.filter((m) => m.type === 'Place').map((m) => m.text)).toEqual([
      'Zharkove', 'Lypivka', 'Pidhirne', 'Strilkove', 'Kupiansk', 'Velykoburlutska Hromada',
    ]);
  });

  it('does not read "City, State." as a list', async () => {
    const ms = await recognize('The firm moved from Dayton, Ohio, to Farnsworth, Tenn. last year.');
    expect(ms.map((m) => m.text)).not.toContain('Tenn');
  });

  it('widens a listed place over plural areas, raions and named facilities, without its record', async () => {
    const ms = await recognize('Strikes hit Kherson and Mykolaiv Oblasts, Kupiansk and Izium Raions, the Vilniansk Raion, the Azovstal Steel Plant and the Kupiansk Railway Bridge.');
    expect(ms.map((m) => [m.text, m.ref?.id ?? null])).toEqual([
      ['Kherson', expect.any(String)],
      ['Mykolaiv Oblasts', expect.any(String)],
      ['Kupiansk', expect.any(String)],
      ['Izium Raions', null],
      ['Vilniansk Raion', null],
      ['Azovstal Steel Plant', null],
      ['Kupiansk Railway Bridge', null],
    ]);
  });
});

describe('units in coordination', () => {
  it('reads ordinals coordinated before one unit name as units of that kind', async () => {
    const ms = await recognize('The 5th, 29th, and 36th Combined Arms Armies moved, as did the 1st and 2nd Army Corps. On the 5th and 6th of May it rained.');
    expect(ms.map((m) => [m.text, m.canonical])).toEqual([
      ['5th', '5th Combined Arms Army'],
      ['29th', '29th Combined Arms Army'],
      ['36th Combined Arms Armies', expect.any(String)],
      ['1st', '1st Army Corps'],
      ['2nd Army Corps', '2nd Army Corps'],
    ]);
  });
});

describe('companies from a data package', () => {
  it('knows the companies and teams of compromise’s lexicon, but not those named by an ordinary word', async () => {
    const ms = await recognize('Boeing and Nokia signed a deal in Helsinki, and the Chicago Bulls won. Apple fell.');
    expect(ms.filter((m) => m.type === 'Organization').map((m) => [m.text, m.ref?.source ?? null])).toEqual([
      ['Boeing', 'companies'],
      ['Nokia', 'companies'],
      ['Chicago Bulls', 'companies'],
    ]);
  });
});

describe('unit designators', () => {
  it('reads an ordinal that wink splits ("113th") whole, and a numbered detachment of a named formation', async () => {
    const ms = await recognize('The 113th Regiment and the volunteer detachment BARS-7 held the line.');
    expect(ms.map((m) => [m.text, m.type])).toEqual([
      ['113th Regiment', 'MilitaryUnit'],
      ['BARS-7', 'MilitaryUnit'],
    ]);
  });
});
