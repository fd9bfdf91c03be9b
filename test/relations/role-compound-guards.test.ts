import { describe, expect, it } from 'vitest';
import { armed, org, person, region, relate } from './run.js';

const roles = (lines: string[]) => lines.filter((l) => / (leaderOf|memberOf) /.test(l));

/** Branch prec26: a "pro-"/"anti-" compound says whom a person sides with, not where the person serves. */
describe('a title after a pro-/anti- compound', () => {
  it('does not make the person a member of the body the compound names', async () => {
    const { lines } = await relate('Prominent pro-Kremlin journalist Ivan Dorokhov wrote a long post on Monday.', [org('Kremlin'), person('Ivan Dorokhov')]);
    expect(roles(lines)).toEqual([]);
  });

  it('still reads a title whose body stands on its own', async () => {
    const { lines } = await relate('Prominent Kremlin journalist Ivan Dorokhov wrote a long post on Monday.', [org('Kremlin'), person('Ivan Dorokhov')]);
    expect(roles(lines)).toEqual(['Ivan Dorokhov memberOf Kremlin']);
  });
});

/** Branch prec26: in "led by X's Y" the agent of the passive is Y, not X. */
describe('the possessor of a passive agent (headed-by)', () => {
  it('does not make the possessor lead what was led', async () => {
    const { lines } = await relate('The assaults in Brisk Oblast were led by Pavel Orlin\'s Falcon Group this week.', [region('Brisk Oblast'), person('Pavel Orlin'), armed('Falcon Group')]);
    expect(roles(lines)).not.toContain('Pavel Orlin leaderOf Brisk Oblast');
  });

  it('still reads the leader of a group led by the person', async () => {
    const { lines } = await relate('The Falcon Group, led by Pavel Orlin, attacked the town.', [armed('Falcon Group'), person('Pavel Orlin')]);
    expect(roles(lines)).toEqual(['Pavel Orlin leaderOf Falcon Group']);
  });
});
