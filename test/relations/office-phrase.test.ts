import { describe, expect, it } from 'vitest';
import { org, person, region, relate } from './run.js';

// An office named before its holder is a noun phrase; the clause's negation does not reach it (office-phrase.ts).
describe('an office phrase is not negated by the clause around it', () => {
  it('keeps the office after a denying or negated verb', async () => {
    const refuted = await relate('The rumors were refuted by Velmar Oblast Head Ivo Tarn on Monday.', [region('Velmar Oblast'), person('Ivo Tarn', 'Head')]);
    expect(refuted.lines).toContain('Ivo Tarn leaderOf Velmar Oblast');
    const without = await relate('The talks opened without Grain Council Spokesperson Lena Tulva present.', [org('Grain Council'), person('Lena Tulva', 'Spokesperson')]);
    expect(without.lines).toContain('Lena Tulva memberOf Grain Council');
  });

  it('drops an office called hypothetical, and a negation inside the phrase still counts', async () => {
    const possible = await relate('Analysts discussed a possible Grain Council Head Lena Tulva.', [org('Grain Council'), person('Lena Tulva', 'Head')]);
    expect(possible.lines).not.toContain('Lena Tulva leaderOf Grain Council');
    const notHead = await relate('Ivo Tarn is not the head of the Grain Council.', [person('Ivo Tarn'), org('Grain Council')]);
    expect(notHead.lines).not.toContain('Ivo Tarn leaderOf Grain Council');
  });

  it('gives no office to a holder the words say does not hold it yet (incoming, -designate, -elect)', async () => {
    const incoming = await relate('The incoming Grain Council Head Lena Tulva toured the port.', [org('Grain Council'), person('Lena Tulva', 'Head')]);
    expect(incoming.lines).not.toContain('Lena Tulva leaderOf Grain Council');
    const designate = await relate('Velmar Oblast Head-designate Ivo Tarn toured the port.', [region('Velmar Oblast'), person('Ivo Tarn', 'Head-designate')]);
    expect(designate.lines).not.toContain('Ivo Tarn leaderOf Velmar Oblast');
    // The same phrase without the word is an office held.
    const held = await relate('The Grain Council Head Lena Tulva toured the port.', [org('Grain Council'), person('Lena Tulva', 'Head')]);
    expect(held.lines).toContain('Lena Tulva leaderOf Grain Council');
  });
});
