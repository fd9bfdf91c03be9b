import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (attacked|operatesIn|withdrewFrom|foughtAgainst) /.test(l));

/** Branch rel34 (issue 13): a body that claims, blames or assesses reports the event, it is not its actor (reporter-subject.ts). */
describe('a reporting body is no actor (reporter-subject.ts)', () => {
  it('gives a ministry, a staff or an institute that claims, blames or assesses no event', async () => {
    for (const text of [
      'The Northern Ministry claimed to have destroyed a fuel depot in Tarnok on Monday.',
      'The Northern Ministry (NM) also claimed striking enemy positions in Tarnok.',
      'The Northern Ministry blamed Ukrainian forces for firing ten shells at Tarnok.',
      'The Northern Ministry published a video claiming to have destroyed a radar in Tarnok.',
      'The Northern Ministry now assesses these forces are advancing directly on Tarnok.',
      'The Northern Ministry on March 3 accused the rebels of shelling Tarnok.',
    ]) {
      const { lines } = await relate(text, [org('Northern Ministry'), ...(text.includes('Ukrainian') ? [demonym('Ukrainian', 'UA')] : []), city('Tarnok')]);
      expect(events(lines).filter((l) => l.startsWith('Northern Ministry')), text).toEqual([]);
    }
  });

  it('keeps a body acting, reporting on its own people, or claiming responsibility', async () => {
    const cases: Array<[string, string]> = [
      ['The Northern Ministry stated that its personnel are operating in Tarnok.', 'Northern Ministry operatesIn Tarnok'],
      ['The Northern Ministry claimed responsibility for the strike on Tarnok.', 'Northern Ministry attacked Tarnok'],
      ['The Northern Ministry conducted raids in Tarnok on Monday.', 'Northern Ministry operatesIn Tarnok'],
    ];
    for (const [text, expected] of cases) {
      const { lines } = await relate(text, [org('Northern Ministry'), city('Tarnok')]);
      expect(lines, text).toContain(expected);
    }
  });
});
