import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { org, person, region, relate } from './run.js';

const offices = (lines: string[]) => lines.filter((l) => / (?:leaderOf|memberOf) /.test(l));

/** Branch prec25 (issue 13): a place that owns the named body of a title is no body of the person (owner-of-body.ts). */
describe('a place owning the body a title names (owner-of-body.ts)', () => {
  it('links the person to the body only', async () => {
    const advisor = await relate('Ruritania’s Brisk Oblast Military Administration Advisor Ivan Tarkov said on May 3 that the bridge was hit.', [
      country('Ruritania', 'RT'),
      org('Brisk Oblast Military Administration'),
      person('Ivan Tarkov'),
    ]);
    expect(offices(advisor.lines)).toEqual(['Ivan Tarkov memberOf Brisk Oblast Military Administration']);
    const head = await relate('Brisk Oblast’s Security Department Head Ivan Tarkov said on May 3 that the bridge was hit.', [region('Brisk Oblast'), org('Security Department'), person('Ivan Tarkov')]);
    expect(offices(head.lines)).not.toContain('Ivan Tarkov leaderOf Brisk Oblast');
  });

  it('keeps the place of an office it holds itself', async () => {
    const { lines } = await relate('Brisk Oblast’s Governor Ivan Tarkov said on May 3 that the bridge was hit.', [region('Brisk Oblast'), person('Ivan Tarkov')]);
    expect(offices(lines)).toEqual(['Ivan Tarkov leaderOf Brisk Oblast']);
  });
});
