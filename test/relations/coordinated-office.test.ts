import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { org, person, relate } from './run.js';

// Titled names coordinated after one body share it; each one's own title decides (coordinated-office.ts).
describe('titled names coordinated after one body', () => {
  it('gives the body to the later titled names, each by its own title', async () => {
    const { lines } = await relate('Grain Council Head Ivo Tarn and Deputy Head Lena Tulva toured the silos.', [
      org('Grain Council'),
      person('Ivo Tarn', 'Head'),
      person('Lena Tulva', 'Deputy Head'),
    ]);
    expect(lines).toContain('Ivo Tarn leaderOf Grain Council');
    expect(lines).toContain('Lena Tulva memberOf Grain Council');
    const country = await relate('Valdorian President Pavel Dorn and Defense Minister Ivo Tarn declared victory.', [
      demonym('Valdorian', 'VD'),
      person('Pavel Dorn', 'President'),
      person('Ivo Tarn', 'Defense Minister'),
    ]);
    expect(country.lines).toContain('Ivo Tarn memberOf Valdorian');
  });

  it('does not carry the body to an untitled name, a private calling, or a second holder of the same office', async () => {
    const untitled = await relate('Grain Council Head Ivo Tarn and Lena Tulva toured the silos.', [org('Grain Council'), person('Ivo Tarn', 'Head'), person('Lena Tulva')]);
    expect(untitled.lines).not.toContain('Lena Tulva memberOf Grain Council');
    expect(untitled.lines).not.toContain('Lena Tulva leaderOf Grain Council');
    const calling = await relate('Grain Council financier Ivo Tarn and milblogger Lena Tulva toured the silos.', [
      org('Grain Council'),
      person('Ivo Tarn', 'financier'),
      person('Lena Tulva', 'milblogger'),
    ]);
    expect(calling.lines).not.toContain('Lena Tulva memberOf Grain Council');
    const twoHeads = await relate('Valdorian President Pavel Dorn and President Ivo Tarn met on Monday.', [
      demonym('Valdorian', 'VD'),
      person('Pavel Dorn', 'President'),
      person('Ivo Tarn', 'President'),
    ]);
    expect(twoHeads.lines).not.toContain('Ivo Tarn leaderOf Valdorian');
  });
});
