import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { org, person, relate, unit } from './run.js';

describe('department titles: a command or department named between the body and the office', () => {
  it('reads the body before a command or department named in capitals', async () => {
    const command = await relate('Valdorian Air Force Command Spokesperson Ivo Marek said the drones were shot down.', [
      unit('Valdorian Air Force'),
      person('Ivo Marek', 'Spokesperson'),
    ]);
    expect(command.lines).toEqual(['Ivo Marek memberOf Valdorian Air Force']);
    const department = await relate('Tarno General Staff Main Operations Deputy Chief Ivo Marek said the line held.', [
      org('Tarno General Staff'),
      person('Ivo Marek', 'Deputy Chief'),
    ]);
    expect(department.lines).toEqual(['Ivo Marek memberOf Tarno General Staff']);
    const country = await relate('Valdorian Intelligence Chief Ivo Marek said the line held.', [demonym('Valdorian', 'VD'), person('Ivo Marek', 'Chief')]);
    expect(country.lines).toEqual(['Ivo Marek memberOf Valdorian']);
  });

  it('passes over the body\'s bracketed acronym', async () => {
    const { lines } = await relate('Northern Military District (NMD) Commander Ivo Marek was dismissed.', [
      unit('Northern Military District'),
      unit('NMD'),
      person('Ivo Marek', 'Commander'),
    ]);
    expect(lines).toEqual(['Ivo Marek leaderOf Northern Military District']);
  });

  it('reads no office across clause words or from a rank after a bracket', async () => {
    const clause = await relate('Valdorian forces killed commander Ivo Marek near the river.', [demonym('Valdorian', 'VD'), person('Ivo Marek', 'commander')]);
    expect(clause.lines).toEqual([]);
    const rank = await relate('Troops of the Northern Military District (NMD) Colonel General Ivo Marek inspected were tired.', [
      unit('Northern Military District'),
      unit('NMD'),
      person('Ivo Marek', 'Colonel General'),
    ]);
    expect(rank.lines).toEqual([]);
  });
});
