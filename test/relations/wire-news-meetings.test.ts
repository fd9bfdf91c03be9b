import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { org, person, relate } from './run.js';

// metWith in wire news' shapes of a meeting (rules/meeting-shapes.ts).
describe('talks after which the subject acts, and meetings had', () => {
  it('reads "X spoke to reporters after talks with his counterpart, Y"', async () => {
    const { lines } = await relate('Ivo Marek spoke to reporters after talks with his Valdorian counterpart, Lena Ruus, on Monday.', [
      person('Ivo Marek'),
      demonym('Valdorian', 'VD'),
      person('Lena Ruus'),
    ]);
    expect(lines).toContain('Ivo Marek metWith Lena Ruus');
    expect((await relate('Ivo Marek left the capital following talks with Lena Ruus.', [person('Ivo Marek'), person('Lena Ruus')])).lines).toEqual(['Ivo Marek metWith Lena Ruus']);
  });

  it('reads "X has had separate meetings with Y"', async () => {
    expect((await relate('Ivo Marek has had separate meetings with Lena Ruus and local leaders.', [person('Ivo Marek'), person('Lena Ruus')])).lines).toEqual([
      'Ivo Marek metWith Lena Ruus',
    ]);
  });

  it('gives nothing for talks to come or a phone call, and a meeting for telephone talks held', async () => {
    expect((await relate('Ivo Marek will speak to reporters after talks with Lena Ruus.', [person('Ivo Marek'), person('Lena Ruus')])).lines).toEqual([]);
    expect((await relate('Ivo Marek has had a phone call with Lena Ruus.', [person('Ivo Marek'), person('Lena Ruus')])).lines).toEqual(['Ivo Marek communicatedWith Lena Ruus']);
    expect((await relate('Ivo Marek held telephone talks with Lena Ruus.', [person('Ivo Marek'), person('Lena Ruus')])).lines).toEqual(['Ivo Marek metWith Lena Ruus']);
    expect((await relate('Ivo Marek hopes to have talks with Lena Ruus.', [person('Ivo Marek'), person('Lena Ruus')])).lines).toEqual([]);
  });
});

describe('the person met named by a body’s office, and a second party met', () => {
  it('reads "X met with provincial Green Party leader Y"', async () => {
    const { lines } = await relate('Ivo Marek met with provincial Green Party leader Lena Ruus.', [person('Ivo Marek'), org('Green Party'), person('Lena Ruus', 'leader')]);
    expect(lines).toContain('Ivo Marek metWith Lena Ruus');
  });

  it('reads "X met with his counterpart, Y, and with President Z"', async () => {
    const { lines } = await relate('Ivo Marek met with his Valdorian counterpart, Lena Ruus, and with Valdorian President Oskar Tamm.', [
      person('Ivo Marek'),
      demonym('Valdorian', 'VD'),
      person('Lena Ruus'),
      demonym('Valdorian', 'VD', 1),
      person('Oskar Tamm', 'President'),
    ]);
    expect(lines).toContain('Ivo Marek metWith Lena Ruus');
    expect(lines).toContain('Ivo Marek metWith Oskar Tamm');
  });

  it('gives nothing when the second party was not met', async () => {
    // (Only this file's rules are asked: a list after "met with" is met-verb's to read.)
    const { doc } = await relate('Ivo Marek met with his counterpart, Lena Ruus, and Oskar Tamm left.', [person('Ivo Marek'), person('Lena Ruus'), person('Oskar Tamm')]);
    expect(doc.relations.map((r) => r.rule)).not.toContain('met-body-office');
    expect((await relate('Ivo Marek refused to meet provincial Green Party leader Lena Ruus.', [person('Ivo Marek'), org('Green Party'), person('Lena Ruus', 'leader')])).lines).not.toContain(
      'Ivo Marek metWith Lena Ruus',
    );
  });
});
