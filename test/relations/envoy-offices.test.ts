import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { org, person, region, relate } from './run.js';

describe('envoy offices: "to" names the host, the sender is served', () => {
  it('makes an envoy a member of who sent him, before the title', async () => {
    const ambassador = await relate('Valdorian Ambassador to Ostland Ivo Marek denied the report.', [
      demonym('Valdorian', 'VD'),
      country('Ostland', 'OS'),
      person('Ivo Marek'),
    ]);
    expect(ambassador.lines).toEqual(['Ivo Marek memberOf Valdorian']);
    const permanent = await relate('The Tarno Republic Permanent Representative to the Northern Council, Ivo Marek, denied the report.', [
      region('Tarno Republic'),
      org('Northern Council'),
      person('Ivo Marek'),
    ]);
    expect(permanent.lines).toEqual(['Ivo Marek memberOf Tarno Republic']);
    const acronym = await relate('Tarno Republic (TR) Ambassador to Ostland Ivo Marek denied the report.', [
      region('Tarno Republic'),
      region('TR'),
      country('Ostland', 'OS'),
      person('Ivo Marek'),
    ]);
    expect(acronym.lines).toContain('Ivo Marek memberOf Tarno Republic');
    expect(acronym.lines.filter((l) => l.includes('Ostland'))).toEqual([]);
  });

  it('gives an envoy no membership of the host', async () => {
    const apposition = await relate('Ivo Marek, ambassador to Ostland, denied the report.', [person('Ivo Marek'), country('Ostland', 'OS')]);
    expect(apposition.lines).toEqual([]);
  });

  it('still makes an adviser a member of whom "to" names', async () => {
    const { lines } = await relate('Ivo Marek, an adviser to the Northern Council, denied the report.', [person('Ivo Marek'), org('Northern Council')]);
    expect(lines).toEqual(['Ivo Marek memberOf Northern Council']);
  });
});
