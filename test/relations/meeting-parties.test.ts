import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, person, relate } from './run.js';

describe('meeting parties: a delegation, two people holding talks, a visit made', () => {
  it('reads the head or member of a delegation met as met', async () => {
    const led = await relate('Ivo Marek met with a Valdorian delegation led by Tarno Bank head Pavel Orso.', [
      person('Ivo Marek'),
      demonym('Valdorian', 'VD'),
      org('Tarno Bank'),
      person('Pavel Orso', 'head'),
    ]);
    expect(led.lines).toContain('Ivo Marek metWith Pavel Orso');
    const included = await relate('Ivo Marek flew to Tarno and met with a delegation that included Pavel Orso.', [person('Ivo Marek'), city('Tarno'), person('Pavel Orso')]);
    expect(included.lines).toContain('Ivo Marek metWith Pavel Orso');
  });

  it('reads two people named as holding talks together', async () => {
    const { lines } = await relate('Ivo Marek and Pavel Orso held talks in Tarno on May 3.', [person('Ivo Marek'), person('Pavel Orso'), city('Tarno')]);
    expect(lines).toContain('Ivo Marek metWith Pavel Orso');
  });

  it('reads no meeting in a phone call or one still to come', async () => {
    const phone = await relate('Ivo Marek and Pavel Orso held a phone call on May 3.', [person('Ivo Marek'), person('Pavel Orso')]);
    expect(phone.lines).toEqual([]);
    const planned = await relate('Ivo Marek will meet with a delegation led by Pavel Orso.', [person('Ivo Marek'), person('Pavel Orso')]);
    expect(planned.lines).toEqual([]);
  });

  it('reads a visit made or paid to a place, not one still planned', async () => {
    const made = await relate('Ivo Marek made a two-day working visit to Tarno.', [person('Ivo Marek'), city('Tarno')]);
    expect(made.lines).toEqual(['Ivo Marek visited Tarno']);
    const paid = await relate('Ivo Marek paid a visit to Tarno on May 3.', [person('Ivo Marek'), city('Tarno')]);
    expect(paid.lines).toEqual(['Ivo Marek visited Tarno']);
    const went = await relate('Ivo Marek went to Tarno on May 3.', [person('Ivo Marek'), city('Tarno')]);
    expect(went.lines).toEqual(['Ivo Marek visited Tarno']);
    const power = await relate('Ivo Marek came to power in Tarno in 2019.', [person('Ivo Marek'), city('Tarno')]);
    expect(power.lines).toEqual([]);
    const planned = await relate('Ivo Marek made a planned visit to Tarno impossible.', [person('Ivo Marek'), city('Tarno')]);
    expect(planned.lines).toEqual([]);
    const took = await relate('Ivo Marek took an unannounced one-day trip to Tarno on Friday.', [person('Ivo Marek'), city('Tarno')]);
    expect(took.lines).toEqual(['Ivo Marek visited Tarno']);
    const taking = await relate('Ivo Marek is taking a trip to Tarno next week.', [person('Ivo Marek'), city('Tarno')]);
    expect(taking.lines).toEqual([]);
    const willTake = await relate('Ivo Marek will take a trip to Tarno next week.', [person('Ivo Marek'), city('Tarno')]);
    expect(willTake.lines).toEqual([]);
  });

  it('reads no meeting still to come, asked for, or with a body rather than a person', async () => {
    const upcoming = await relate("Ivo Marek's upcoming meeting with Pavel Orso worries Tarno.", [person('Ivo Marek'), person('Pavel Orso'), city('Tarno')]);
    expect(upcoming.lines.filter((l) => l.includes('metWith'))).toEqual([]);
    const will = await relate('Ivo Marek and Pavel Orso will meet in Tarno.', [person('Ivo Marek'), person('Pavel Orso'), city('Tarno')]);
    expect(will.lines.filter((l) => l.includes('metWith'))).toEqual([]);
    const demanded = await relate('Ivo Marek demanded a meeting with Pavel Orso.', [person('Ivo Marek'), person('Pavel Orso')]);
    expect(demanded.lines).toEqual([]);
    const body = await relate('Ivo Marek met with the Tarno Council on May 3.', [person('Ivo Marek'), org('Tarno Council')]);
    expect(body.lines).toEqual([]);
    const held = await relate("Ivo Marek's televised meeting with Pavel Orso took place on May 3.", [person('Ivo Marek'), person('Pavel Orso')]);
    expect(held.lines).toEqual(['Ivo Marek metWith Pavel Orso']);
  });
});
