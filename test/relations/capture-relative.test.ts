import { describe, expect, it } from 'vitest';
import { demonym, country } from './annotate.js';
import { city, relate, unit } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('a capture told in a relative clause on the place (captured-relative)', () => {
  it('reads the party of "X, which Y captured"', async () => {
    const { lines } = await relate('Shelling continued in Dolynka, which Belarusian troops recaptured in early May.', [city('Dolynka'), demonym('Belarusian', 'BY')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('reads every place of a list before the relative pronoun', async () => {
    const { lines } = await relate('Officials visited Dolynka and Verba, which the 9th Rifle Brigade seized last week.', [city('Dolynka'), city('Verba'), unit('9th Rifle Brigade')]);
    expect(captures(lines).sort()).toEqual(['9th Rifle Brigade captured Dolynka', '9th Rifle Brigade captured Verba']);
  });

  it('reads a claim, with or without its reporter', async () => {
    const own = await relate('Fighting went on in Dolynka, which the 9th Rifle Brigade previously claimed to have captured.', [city('Dolynka'), unit('9th Rifle Brigade')]);
    expect(captures(own.lines)).toEqual(['9th Rifle Brigade captured Dolynka']);
    const reported = await relate('Patrols entered Dolynka, which Kelvar bloggers claimed Belarusian forces took control of on May 3.', [city('Dolynka'), demonym('Belarusian', 'BY')]);
    expect(captures(reported.lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('reads the place before an aside, not the aside’s reference point', async () => {
    const { lines } = await relate('Fighting reached Dolynka, about 20km west of Verba, which the 9th Rifle Brigade retook on May 2.', [city('Dolynka'), city('Verba'), unit('9th Rifle Brigade')]);
    expect(captures(lines)).toEqual(['9th Rifle Brigade captured Dolynka']);
  });

  it('reads two adverbs after the auxiliary, and links a people named after its adjective at the adjective', async () => {
    const { doc, lines } = await relate(
      'Belarusian forces advanced along the road from Dolynka, which the Belarusians have likely already occupied, to Verba.',
      [demonym('Belarusian', 'BY'), city('Dolynka'), demonym('Belarusians', 'BY'), city('Verba')],
    );
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
    expect(doc.mentions[doc.relations.find((r) => r.predicate === 'captured')!.subject]!.start).toBe(0);
  });

  it('gives nothing for a plan, an attempt or a negation in the clause', async () => {
    for (const text of [
      'Shelling continued in Dolynka, which Belarusian forces will likely try to capture.',
      'Shelling continued in Dolynka, which Belarusian forces did not capture.',
      'Shelling continued in Dolynka, which Belarus aims to seize.',
    ]) {
      const { lines } = await relate(text, [city('Dolynka'), demonym('Belarusian', 'BY'), country('Belarus', 'BY')].filter((m) => text.includes(m.text)));
      expect(captures(lines)).toEqual([]);
    }
  });
});
