import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, person, relate, unit } from './run.js';

describe('career shapes: offices held before, in a second post, or by serving in a formation', () => {
  it('reads an office after "who was previously" and a hedged one', async () => {
    const previously = await relate('Ivo Marek, who was previously the commander of the 14th Rifle Division, retired.', [person('Ivo Marek'), unit('14th Rifle Division')]);
    expect(previously.lines).toEqual(['Ivo Marek leaderOf 14th Rifle Division']);
    const likely = await relate('Ivo Marek, the likely commander of the 14th Rifle Division, was seen in Tarno.', [
      person('Ivo Marek'),
      unit('14th Rifle Division'),
      city('Tarno'),
    ]);
    expect(likely.lines).toContain('Ivo Marek leaderOf 14th Rifle Division');
  });

  it('reads the second office of a career by its own title', async () => {
    const { lines } = await relate('Ivo Marek, the former deputy commander of the 3rd Army and current commander of the 5th Army, retired.', [
      person('Ivo Marek'),
      unit('3rd Army'),
      unit('5th Army'),
    ]);
    expect(lines).toContain('Ivo Marek memberOf 3rd Army');
    expect(lines).toContain('Ivo Marek leaderOf 5th Army');
    expect(lines).not.toContain('Ivo Marek leaderOf 3rd Army');
  });

  it('reads a formation under a named officer as his command, not one under a plain name', async () => {
    const under = await relate('The 5th Army under Lieutenant General Ivo Marek withdrew.', [unit('5th Army'), person('Ivo Marek', 'Lieutenant General')]);
    expect(under.lines).toContain('Ivo Marek leaderOf 5th Army');
  });

  it('reads serving in a formation as membership', async () => {
    const serves = await relate('Ivo Marek, who serves in the 14th Rifle Division, described the losses.', [person('Ivo Marek'), unit('14th Rifle Division')]);
    expect(serves.lines).toEqual(['Ivo Marek memberOf 14th Rifle Division']);
    const soldier = await relate('Ivo Marek, a Valdorian soldier with the Northern Legion, described the losses.', [
      person('Ivo Marek'),
      demonym('Valdorian', 'VD'),
      armed('Northern Legion'),
    ]);
    expect(soldier.lines).toContain('Ivo Marek memberOf Northern Legion');
  });

  it('reads no membership from fighting against a formation, a letter to it, or a command still to come', async () => {
    const against = await relate('Ivo Marek fought against the 14th Rifle Division.', [person('Ivo Marek'), unit('14th Rifle Division')]);
    expect(against.lines.filter((l) => l.includes('memberOf'))).toEqual([]);
    const writer = await relate('Ivo Marek, a writer, sent letters to the 14th Rifle Division.', [person('Ivo Marek'), unit('14th Rifle Division')]);
    expect(writer.lines).toEqual([]);
    const future = await relate('Ivo Marek will take command of the 14th Rifle Division.', [person('Ivo Marek'), unit('14th Rifle Division')]);
    expect(future.lines).toEqual([]);
  });

  it('reads both holders of an office handed over, and a body qualified by where it is based', async () => {
    const handed = await relate('The ministry replaced General Ivo Marek with General Pavel Orso as commander of the 5th Army.', [
      person('Ivo Marek', 'General'),
      person('Pavel Orso', 'General'),
      unit('5th Army'),
    ]);
    expect(handed.lines).toContain('Ivo Marek leaderOf 5th Army');
    expect(handed.lines).toContain('Pavel Orso leaderOf 5th Army');
    const based = await relate('Pavel Orso replaced Ivo Marek as the commander of the Tarno-based 5th Army.', [person('Pavel Orso'), person('Ivo Marek'), city('Tarno'), unit('5th Army')]);
    expect(based.lines).toContain('Pavel Orso leaderOf 5th Army');
    expect(based.lines.filter((l) => l.includes('Of Tarno'))).toEqual([]);
  });

  it('reads no office from a replacement in another role ("replaced X with Y in the talks")', async () => {
    const { lines } = await relate('The ministry replaced Ivo Marek with Pavel Orso in the talks with the 5th Army.', [person('Ivo Marek'), person('Pavel Orso'), unit('5th Army')]);
    expect(lines.filter((l) => l.includes('leaderOf'))).toEqual([]);
  });
});
