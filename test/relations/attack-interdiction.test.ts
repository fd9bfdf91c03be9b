import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec13 (issue 13): an interdiction campaign against targets in a place is an attack on it (rules/events.ts). */
describe('attacks: an interdiction campaign in a place', () => {
  it('reads a continued interdiction campaign or effort in or against targets in a place as an attack on it', async () => {
    const campaign = await relate('Freedonian gunners kept up their interdiction campaign in Verdania Oblast during the week.', [demonym('Freedonian', 'FD'), region('Verdania Oblast')]);
    expect(attacks(campaign.lines)).toEqual(['Freedonian attacked Verdania Oblast']);
    const against = await relate('Freedonian troops continued interdiction efforts against Gorlandian supply dumps in Verdania Oblast.', [demonym('Freedonian', 'FD'), demonym('Gorlandian', 'GL'), region('Verdania Oblast')]);
    expect(attacks(against.lines)).toEqual(['Freedonian attacked Verdania Oblast']);
  });

  it('reads no attack from the bare noun of a supposed interdiction, nor from a plan to interdict', async () => {
    const supposed = await relate('A lasting Freedonian interdiction of roads in Verdania Oblast could starve the garrison.', [demonym('Freedonian', 'FD'), region('Verdania Oblast')]);
    expect(attacks(supposed.lines)).toEqual([]);
    const planned = await relate('Freedonian troops are preparing an interdiction campaign in Verdania Oblast.', [demonym('Freedonian', 'FD'), region('Verdania Oblast')]);
    expect(attacks(planned.lines)).toEqual([]);
  });
});
