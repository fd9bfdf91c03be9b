import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { person, relate, unit } from './run.js';

/** Branch rec12: a nationality before a formation's leading office ties the holder to the country (formation-office-nationality). */
describe('offices: a nationality before a military formation and its commander', () => {
  it('reads memberOf over the country, with or without the acronym, the office read with the name or not', async () => {
    const plain = await relate('Freedonian Northern Military District Commander Colonel General Ivo Marek visited the front.', [
      demonym('Freedonian', 'FD'),
      unit('Northern Military District'),
      person('Ivo Marek', 'Commander Colonel General'),
    ]);
    expect(plain.lines).toContain('Ivo Marek memberOf Freedonian');
    expect(plain.lines).toContain('Ivo Marek leaderOf Northern Military District');
    const acronym = await relate('Officials said that Freedonian Northern Military District (NMD) Commander Ivo Marek had been replaced.', [
      demonym('Freedonian', 'FD'),
      unit('Northern Military District'),
      unit('NMD'),
      person('Ivo Marek'),
    ]);
    expect(acronym.lines).toContain('Ivo Marek memberOf Freedonian');
  });

  it('reads memberOf over the country for an office that leads nothing too (branch abl18)', async () => {
    const spokesperson = await relate('Freedonian Eastern Group of Forces Spokesperson Ivo Marek said the shelling continued.', [
      demonym('Freedonian', 'FD'),
      unit('Eastern Group of Forces'),
      person('Ivo Marek', 'Spokesperson'),
    ]);
    expect(spokesperson.lines).toContain('Ivo Marek memberOf Freedonian');
    expect(spokesperson.lines).not.toContain('Ivo Marek leaderOf Freedonian');
  });

  it('reads nothing over the country for a nationality that opens no clause', async () => {
    const governed = await relate('Bloggers criticized Freedonian Northern Military District Commander Ivo Marek.', [
      demonym('Freedonian', 'FD'),
      unit('Northern Military District'),
      person('Ivo Marek', 'Commander'),
    ]);
    expect(governed.lines).not.toContain('Ivo Marek memberOf Freedonian');
  });
});
