import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { org, person, region, relate, unit } from './run.js';

const offices = (lines: string[]): string[] => lines.filter((l) => l.includes(' leaderOf ') || l.includes(' memberOf ')).sort();

describe('offices: a copula before the body and its office, fellow officials, a group of a nationality, policy chiefs', () => {
  it('reads "X is the most senior Y official" as the office said before the name', async () => {
    const { lines } = await relate('Ivo Tarn is the most senior Freedonian official to see the border since the war.', [person('Ivo Tarn'), demonym('Freedonian', 'FD')]);
    expect(offices(lines)).toEqual(['Ivo Tarn memberOf Freedonian']);
    const party = await relate('Lena Tulva was a prominent Grain Party lawmaker for a decade.', [person('Lena Tulva'), org('Grain Party')]);
    expect(offices(party.lines)).toEqual(['Lena Tulva memberOf Grain Party']);
  });

  it('takes no unit after the copula: a count of commanders is no office of a named unit', async () => {
    const { lines } = await relate('Ivo Tarn is the second military district commander sacked this month.', [person('Ivo Tarn'), unit('second military district')]);
    expect(offices(lines)).toEqual([]);
  });

  it('makes "X and other Y officials" one of Y\'s officials, by X\'s own title', async () => {
    const pm = await relate('Prime Minister Ivo Tarn and other Freedonian officials received the delegation.', [person('Ivo Tarn', 'Prime Minister'), demonym('Freedonian', 'FD')]);
    expect(offices(pm.lines)).toEqual(['Ivo Tarn leaderOf Freedonian']);
    const minister = await relate('Interior Minister Ivo Tarn and other senior Freedonian officials received the delegation.', [
      person('Ivo Tarn', 'Interior Minister'),
      demonym('Freedonian', 'FD'),
    ]);
    expect(offices(minister.lines)).toEqual(['Ivo Tarn memberOf Freedonian']);
    // Without "other" the officials are a second party beside him.
    const beside = await relate('The offensive was announced by Foreign Minister Ivo Tarn and Freedonian officials on May 3.', [
      person('Ivo Tarn', 'Foreign Minister'),
      demonym('Freedonian', 'FD'),
    ]);
    expect(offices(beside.lines)).toEqual([]);
  });

  it('ties "Lieutenant X of the Y PMC Z Group" to the group, not to the nationality', async () => {
    const { lines } = await relate('Senior Lieutenant Ivo Tarn of the Freedonian PMC Grain Group was killed on May 3.', [
      person('Ivo Tarn', 'Senior Lieutenant'),
      demonym('Freedonian', 'FD'),
      org('Grain Group'),
    ]);
    expect(offices(lines)).toEqual(['Ivo Tarn memberOf Grain Group']);
    const forces = await relate('Senior Lieutenant Ivo Tarn of the Freedonian forces that joined the Grain Group was killed.', [
      person('Ivo Tarn', 'Senior Lieutenant'),
      demonym('Freedonian', 'FD'),
      org('Grain Group'),
    ]);
    expect(offices(forces.lines)).toEqual([]);
  });

  it('reads a body\'s policy chief as its member, its intelligence chief as its head', async () => {
    const policy = await relate('Grain Union foreign policy chief Ivo Tarn left for talks.', [org('Grain Union'), person('Ivo Tarn')]);
    expect(offices(policy.lines)).toEqual(['Ivo Tarn memberOf Grain Union']);
    const chief = await relate('Grain Union intelligence chief Ivo Tarn left for talks.', [org('Grain Union'), person('Ivo Tarn')]);
    expect(offices(chief.lines)).toEqual(['Ivo Tarn leaderOf Grain Union']);
  });
  it('reads a field listed with commas after the office, and an office named in apposition after the owner\'s words', async () => {
    const field = await relate('Partisans shot Ostrova Oblast occupation Deputy Minister for Youth, Sports, and Tourism Ivo Tarn on May 3.', [
      region('Ostrova Oblast'),
      person('Ivo Tarn'),
    ]);
    expect(offices(field.lines)).toEqual(['Ivo Tarn memberOf Ostrova Oblast']);
    // A list of people after the office is no field: the place belongs to the first name only.
    const people = await relate('Ostrova Oblast occupation Deputy Minister for Culture Ivo Tarn, Lena Tulva, and Oleg Sidorov met on May 3.', [
      region('Ostrova Oblast'),
      person('Ivo Tarn'),
      person('Lena Tulva'),
      person('Oleg Sidorov'),
    ]);
    expect(offices(people.lines)).toEqual(['Ivo Tarn memberOf Ostrova Oblast']);
    const apposed = await relate("The council named Freedonia's senior-most military officer, Chief of the General Staff Ivo Tarn, as commander.", [
      country('Freedonia', 'FD'),
      org('General Staff'),
      person('Ivo Tarn'),
    ]);
    expect(offices(apposed.lines)).toEqual(['Ivo Tarn leaderOf General Staff', 'Ivo Tarn memberOf Freedonia']);
  });
  it('reads a word of standing before the body in an apposition, but no participle opening a phrase', async () => {
    const senior = await relate('Police arrested Ivo Tarn, a senior Grain Front commander, on Monday.', [person('Ivo Tarn'), org('Grain Front')]);
    expect(offices(senior.lines)).toEqual(['Ivo Tarn leaderOf Grain Front']);
    const jailed = await relate('Police questioned Ivo Tarn, a jailed former Grain Front officer, on Monday.', [person('Ivo Tarn'), org('Grain Front')]);
    expect(offices(jailed.lines)).toEqual(['Ivo Tarn memberOf Grain Front']);
    const inviting = await relate('The envoy tried to engage Ivo Tarn, inviting the Freedonian president to a summit.', [person('Ivo Tarn'), demonym('Freedonian', 'FD')]);
    expect(offices(inviting.lines)).toEqual([]);
  });
  it('reads a servicemember of a body as its member', async () => {
    const { lines } = await relate('A deceased Grain Front servicemember, Ivo Tarn, fought as a volunteer.', [org('Grain Front'), person('Ivo Tarn')]);
    expect(offices(lines)).toEqual(['Ivo Tarn memberOf Grain Front']);
  });
});
