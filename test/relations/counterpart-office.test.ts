import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { person, relate } from './run.js';

const offices = (lines: string[]) => lines.filter((l) => l.includes(' leaderOf ') || l.includes(' memberOf '));

// Branch newsrel3 (issue 13): "his <nationality> counterpart, <name>" holds the holder's office in the other country.
describe('a counterpart holds the same office over its own country (counterpart-office.ts)', () => {
  it('carries a head of state\u2019s and a minister\u2019s office to the counterpart', async () => {
    const lead = await relate('Freedonian President Ivo Marek will meet his Ruritanian counterpart, Jan Novak, on Monday.', [
      demonym('Freedonian', 'FR'),
      person('Ivo Marek', 'President'),
      demonym('Ruritanian', 'RU'),
      person('Jan Novak'),
    ]);
    expect(offices(lead.lines)).toEqual(['Ivo Marek leaderOf Freedonian', 'Jan Novak leaderOf Ruritanian']);
    const member = await relate('Freedonian Foreign Minister Ivo Marek and his Ruritanian counterpart, Jan Novak, signed the accord.', [
      demonym('Freedonian', 'FR'),
      person('Ivo Marek', 'Foreign Minister'),
      demonym('Ruritanian', 'RU'),
      person('Jan Novak'),
    ]);
    expect(offices(member.lines)).toEqual(['Ivo Marek memberOf Freedonian', 'Jan Novak memberOf Ruritanian']);
  });

  it('gives nothing without the holder\u2019s office in the sentence, or for the holder\u2019s own country', async () => {
    const bare = await relate('Marek made the remark during talks with his Ruritanian counterpart, Jan Novak.', [
      person('Marek'),
      demonym('Ruritanian', 'RU'),
      person('Jan Novak'),
    ]);
    expect(offices(bare.lines)).toEqual([]);
    const own = await relate('Freedonian President Ivo Marek met his Freedonian counterpart, Jan Novak.', [
      demonym('Freedonian', 'FR'),
      person('Ivo Marek', 'President'),
      demonym('Freedonian', 'FR', 1),
      person('Jan Novak'),
    ]);
    expect(offices(own.lines)).toEqual(['Ivo Marek leaderOf Freedonian']);
  });
});
