import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, org, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => / locatedIn /.test(l)).sort();

/** Branch iswstruct4 (issue 13): "Y-based <what it is> X" (builtin.ts org-in-place). */
describe('an organization based in a place, described between the place and its name', () => {
  it('reads a description with a language’s nationality or a quoted name', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Independent Ostland-based Freedonian-language media outlet Nova Gazeta reported the arrests.', [country('Ostland', 'OS'), demonym('Freedonian', 'FD'), org('Nova Gazeta')], ['Nova Gazeta locatedIn Ostland']],
      ['Ostland-based independent Freedonian language news agency Nova Gazeta reported the exchange.', [country('Ostland', 'OS'), demonym('Freedonian', 'FD'), org('Nova Gazeta')], ['Nova Gazeta locatedIn Ostland']],
      ['The Ostland-based “Free Valley Foundation” reported casualties.', [country('Ostland', 'OS'), org('Free Valley Foundation')], ['Free Valley Foundation locatedIn Ostland']],
      ['Orbino-based outlet Nova Gazeta reported the letters.', [city('Orbino'), org('Nova Gazeta')], ['Nova Gazeta locatedIn Orbino']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual(want);
    }
  });

  it('reads no organization after a clause or a verb that follows the based group', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1]]> = [
      ['Mothers of an Orbino-based platoon that blamed Nova Gazeta wrote a letter.', [city('Orbino'), org('Nova Gazeta')]],
      ['Orbino-based analysts said that the Freedonian Defense Council lied.', [city('Orbino'), demonym('Freedonian', 'FD'), org('Defense Council')]],
      ['Orbino-based bloggers reported the Nova Gazeta story.', [city('Orbino'), org('Nova Gazeta')]],
    ];
    for (const [text, mentions] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual([]);
    }
  });
});
