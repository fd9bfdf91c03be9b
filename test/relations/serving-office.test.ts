import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, relate } from './run.js';

describe('a serving office before the office a rule reads (serving-office.ts)', () => {
  it('makes a deputy or an advisor of a leader a member, across a nationality', async () => {
    const deputy = await relate('Deputy Moldovan Prime Minister Ana Vrabie said the talks failed.', [
      demonym('Moldovan', 'MD'),
      person('Ana Vrabie', 'Prime Minister'),
    ]);
    expect(deputy.lines).toEqual(['Ana Vrabie memberOf Moldovan']);
    const advisor = await relate('Advisor to the Moldovan President Ion Rusu said the port was hit.', [
      demonym('Moldovan', 'MD'),
      person('Ion Rusu', 'President'),
    ]);
    expect(advisor.lines).toEqual(['Ion Rusu memberOf Moldovan']);
    const mayor = await relate('The advisor to the Moldovan mayor of Bender, Ion Rusu, said the port was hit.', [
      demonym('Moldovan', 'MD'),
      city('Bender'),
      person('Ion Rusu'),
    ]);
    expect(mayor.lines).toEqual(['Ion Rusu memberOf Bender']);
  });

  it('leaves the leader his office where nothing serving comes before it', async () => {
    const president = await relate('On Monday Moldovan President Ion Rusu said the port was hit.', [
      demonym('Moldovan', 'MD'),
      person('Ion Rusu', 'President'),
    ]);
    expect(president.lines).toEqual(['Ion Rusu leaderOf Moldovan']);
    const apposition = await relate('Ion Rusu, chief advisor to Moldovan President Ana Vrabie, said the port was hit.', [
      person('Ion Rusu'),
      demonym('Moldovan', 'MD'),
      person('Ana Vrabie', 'President'),
    ]);
    expect(apposition.lines.sort()).toEqual(['Ana Vrabie leaderOf Moldovan', 'Ion Rusu memberOf Moldovan']);
    const town = await relate('Ion Rusu, advisor to Bender’s mayor, said the port was hit.', [person('Ion Rusu'), city('Bender')]);
    expect(town.lines).toEqual(['Ion Rusu memberOf Bender']);
    const wrote = await relate('Ion Rusu, who wrote to Bender’s mayor, said the port was hit.', [person('Ion Rusu'), city('Bender')]);
    expect(wrote.lines).toEqual([]);
    const mayor = await relate('Speaking to the mayor of Bender, Ion Rusu, the envoy said the port was hit.', [city('Bender'), person('Ion Rusu')]);
    expect(mayor.lines).toEqual(['Ion Rusu leaderOf Bender']);
  });
});
