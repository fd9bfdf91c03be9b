import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, person, relate } from './run.js';

// Branch newsrel4: a visit spoken of is none made, and a possessive's owner is a meeting's topic, not a participant.
describe('a visit spoken of, and a person a meeting was about', () => {
  it('gives no visit for "X said a visit to Y would …"', async () => {
    expect((await relate('Anna Lenz said a visit to Ostland would allow her to meet officials.', [person('Anna Lenz'), country('Ostland', 'OS')])).lines).toEqual([]);
  });

  it('still reads the traveller’s own visit', async () => {
    expect((await relate('Anna Lenz’s official visit to Ostland ended on Monday.', [person('Anna Lenz'), country('Ostland', 'OS')])).lines).toEqual([
      'Anna Lenz visited Ostland',
    ]);
  });

  it('gives no visit to the person whose case a meeting discussed', async () => {
    const { lines } = await relate('Valdor raised Petru Lungu’s detention during a meeting in Kell between two ministers.', [country('Valdor', 'VD'), person('Petru Lungu'), city('Kell', 'OS')]);
    expect(lines).not.toContain('Petru Lungu visited Kell');
  });

  it('still reads a participant at a meeting in a city', async () => {
    expect((await relate('Petru Lungu spoke during a meeting in Kell on Monday.', [person('Petru Lungu'), city('Kell', 'OS')])).lines).toEqual([
      'Petru Lungu visited Kell',
    ]);
  });
});
