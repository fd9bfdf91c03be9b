import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { resolveOverlaps } from '../../src/recognize/resolve-overlaps.js';
import { find, places } from './run.js';

describe('ambiguous names need evidence', () => {
  it('never matches lower-case text', async () => {
    const ms = await places('The court gave a split decision and the police said the reading was nice.');
    expect(ms).toEqual([]);
  });

  it('a common-word town mid-sentence needs a preposition or a designator', async () => {
    expect(find(await places('The new ferry links Ancona to Split every day.'), 'Split')?.ref?.country).toBe('HR');
    expect(await places('A statement by the Police was read out.')).toEqual([]);
  });

  it('a capitalized common word at the start of a sentence is not a place without a designator', async () => {
    expect(find(await places('Police confirmed two arrests.'), 'Police')).toBeUndefined();
    expect(find(await places('Split had voted earlier.'), 'Split')).toBeUndefined();
  });

  it('a first name is a place only when the sentence says so', async () => {
    expect(find(await places('The minister said Mary would attend.'), 'Mary')).toBeUndefined();
    expect(find(await places('Gas talks resumed in Mary on Thursday.'), 'Mary')?.ref?.country).toBe('TM');
  });

  it('prefers the namesake in a country the document already names', async () => {
    const inUkraine = await places('Ukraine said its troops held Lyman after heavy fighting.');
    expect(find(inUkraine, 'Lyman')?.ref?.country).toBe('UA');
    const inMaine = await places('Voters in the United States went to the polls, and turnout in Lyman was high.');
    expect(find(inMaine, 'Lyman')?.ref?.country).toBe('US');
  });

  it('does not let a document country turn a large city into a small namesake', async () => {
    const ms = await places('The United States sent a delegation to a summit in Nice.');
    expect(find(ms, 'Nice')?.ref?.country).toBe('FR');
  });

  it('acronyms match only in capitals', async () => {
    expect(find(await places('NATO leaders met in Vilnius.'), 'NATO')?.form).toBe('acronym');
    expect(find(await places('Let us go home.'), 'us')).toBeUndefined();
  });

  it('gives places a lower priority than curated units and the unit grammar', async () => {
    const text = 'Donetsk People’s Republic Army Corps units attacked near Avdiivka.';
    const ms = await places(text);
    const place = ms.find((m) => m.text.startsWith('Donetsk'))!;
    expect(place.priority).toBe(50);
    const unit: Mention = { start: 0, end: text.indexOf(' units'), text: 'Donetsk People’s Republic Army Corps', type: 'MilitaryUnit', form: 'name', recognizer: 'unit-grammar', priority: 80, confidence: 0.9 };
    const kept = resolveOverlaps([...ms, unit], 0.5);
    expect(kept.map((m) => m.text)).toEqual(['Donetsk People’s Republic Army Corps', 'Avdiivka']);
  });

  it('curated units, people and organizations carry priority 60 and their type', async () => {
    const ms = await places('Wagner Group fighters and Sergei Shoigu were mentioned by the IAEA.');
    expect(find(ms, 'Wagner Group')).toMatchObject({ type: 'Organization', priority: 60 });
    expect(find(ms, 'Sergei Shoigu')).toMatchObject({ type: 'Person', priority: 60, ref: { id: 'person:sergei-shoigu' } });
    expect(find(ms, 'IAEA')).toMatchObject({ type: 'Organization', form: 'acronym' });
  });
});
