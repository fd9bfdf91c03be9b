import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, relate } from './run.js';

const visits = (lines: string[]) => lines.filter((l) => l.includes(' visited '));

// Branch iswprec3 (issue 13): a head of state met "with" under a bare title, of no stated country, is the host (hosts.ts receivedAsHead).
describe('a head of state met with under a bare title (hosts.ts receivedAsHead)', () => {
  it('reads no visit by the president or prime minister others met with in a city', async () => {
    for (const [text, name, title] of [
      ['Envoys from four countries met with President Ivo Marek Monday in Tarnok.', 'Ivo Marek', 'President'],
      ['The monk spoke to reporters after meeting with President Ivo Marek in Tarnok on Tuesday.', 'Ivo Marek', 'President'],
      ['The minister flew in, meeting with Prime Minister Ivo Marek in Tarnok.', 'Ivo Marek', 'Prime Minister'],
    ] as const) {
      const { lines } = await relate(text, [person(name, title), city('Tarnok')]);
      expect(visits(lines).filter((l) => l.startsWith(name)), text).toEqual([]);
    }
  });

  it('keeps a visiting head named with a nationality, and one who met others', async () => {
    const foreign = await relate('The premier confirmed the pledge during a meeting in Tarnok with Ruritanian President Ivo Marek.', [
      demonym('Ruritanian', 'RT'),
      person('Ivo Marek', 'President'),
      city('Tarnok', 'FR'),
    ]);
    expect(foreign.lines).toContain('Ivo Marek visited Tarnok');
    const subject = await relate('President Ivo Marek met with Pavel Orso in Tarnok on Monday.', [person('Ivo Marek', 'President'), person('Pavel Orso'), city('Tarnok')]);
    expect(subject.lines).toContain('Ivo Marek visited Tarnok');
  });
});
