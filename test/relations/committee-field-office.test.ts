import { describe, expect, it } from 'vitest';
import { org, person, relate } from './run.js';

const offices = (lines: string[]) => lines.filter((l) => / (leaderOf|memberOf) /.test(l)).sort();

/**
 * Branch iswstruct3 (issue 13): a committee named by its field ("Committee on Defense"), whose name the recognizers end
 * before "on", with its office before or after it (builtin.ts title-of-name, title-after-department).
 */
describe('an office of a committee named by its field', () => {
  it('reads the office before the committee and after its field', async () => {
    const a = await relate('Chairman of the Valdorian Council Committee on Defense Ivo Tarn said that the draft ends.', [org('Valdorian Council Committee'), person('Ivo Tarn')]);
    expect(offices(a.lines)).toEqual(['Ivo Tarn leaderOf Valdorian Council Committee']);
    const b = await relate('Valdorian Council Committee on Transport and Road Building Head Ivo Tarn said that roads closed.', [org('Valdorian Council Committee'), person('Ivo Tarn')]);
    expect(offices(b.lines)).toEqual(['Ivo Tarn leaderOf Valdorian Council Committee']);
    const c = await relate('Valdorian Council Committee on Labor First Deputy Chairperson Ana Lenz spoke.', [org('Valdorian Council Committee'), person('Ana Lenz', 'First Deputy Chairperson')]);
    expect(offices(c.lines)).toEqual(['Ana Lenz memberOf Valdorian Council Committee']);
  });

  it('reads no office without a title, across a clause word, or over lower-case words after "on"', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1]]> = [
      ['The Valdorian Council Committee on Defense met Ivo Tarn.', [org('Valdorian Council Committee'), person('Ivo Tarn')]],
      ['The Valdorian Council Committee on Defense and Ivo Tarn agreed.', [org('Valdorian Council Committee'), person('Ivo Tarn')]],
      ['The Valdorian Council Committee on defense spending head Ivo Tarn spoke.', [org('Valdorian Council Committee'), person('Ivo Tarn')]],
      ['Chairman of the Valdorian Council Committee on Defense said Ivo Tarn left.', [org('Valdorian Council Committee'), person('Ivo Tarn')]],
    ];
    for (const [text, mentions] of cases) {
      const { lines } = await relate(text, mentions);
      expect(offices(lines), text).toEqual([]);
    }
  });
});
