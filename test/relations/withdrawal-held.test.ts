import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

/** Branch rel38 (issue 13): the place the withdrawn forces held, and a withdrawal noun of the actor (rules/withdrawal-held.ts). */
describe('a withdrawal from where the withdrawn forces were (withdrew-held-place)', () => {
  it('reads "withdrew the forces remaining around X into Y" and "forces near X withdrew to Y"', async () => {
    const object = await relate('Russian forces withdrew most of the battered units remaining around Tarnok into Velka.', [demonym('Russian', 'RU'), city('Tarnok'), city('Velka')]);
    expect(object.lines).toContain('Russian withdrewFrom Tarnok');
    expect(object.lines).not.toContain('Russian withdrewFrom Velka');
    const subject = await relate('Russian units around Tarnok continued to withdraw into Velka.', [demonym('Russian', 'RU'), city('Tarnok'), city('Velka')]);
    expect(subject.lines).toContain('Russian withdrewFrom Tarnok');
  });

  it('reads no withdrawal only planned, and none of forces placed by someone else', async () => {
    const plan = await relate('Russian forces near Tarnok are preparing to withdraw to Velka.', [demonym('Russian', 'RU'), city('Tarnok'), city('Velka')]);
    expect(plan.lines).not.toContain('Russian withdrewFrom Tarnok');
    const other = await relate('Ukrainian forces struck Russian units near Tarnok that withdrew to Velka.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Tarnok'), city('Velka')]);
    expect(other.lines).not.toContain('Ukrainian withdrewFrom Tarnok');
  });
});

describe('a withdrawal noun of the clause’s actor (withdrew-in-withdrawal)', () => {
  it('reads "lost tanks during the retreat from X" and "regrouped after its withdrawal from X"', async () => {
    const lost = await relate('Russian forces lost dozens of tanks during the retreat from Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(lost.lines).toContain('Russian withdrewFrom Tarnok');
    const after = await relate('The 14th Rifle Brigade regrouped after its withdrawal from Tarnok.', [unit('14th Rifle Brigade'), city('Tarnok')]);
    expect(after.lines).toContain('14th Rifle Brigade withdrewFrom Tarnok');
  });

  it('gives no withdrawal to a reporter, nor one that is someone else’s', async () => {
    const reporter = await relate('Russian milbloggers complained about losses during the retreat from Tarnok.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(reporter.lines).not.toContain('Russian withdrewFrom Tarnok');
    const of = await relate('Russian forces mined roads during the withdrawal of Belarusian units from Tarnok.', [demonym('Russian', 'RU'), demonym('Belarusian', 'BY'), city('Tarnok')]);
    expect(of.lines).not.toContain('Russian withdrewFrom Tarnok');
  });
});
