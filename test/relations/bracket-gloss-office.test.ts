import { describe, expect, it } from 'vitest';
import { org, person, relate } from './run.js';

// A bracketed acronym or gloss the recognizers did not name, between the body and the titled name (title-before-name).
describe('a bracketed gloss between the body and the office', () => {
  it('reads the office over the body before the bracket', async () => {
    const acronym = await relate('Valdorian Grain Movement (Valgrain) Deputy Chief Ivo Tarn toured the silos.', [
      org('Valdorian Grain Movement'),
      person('Ivo Tarn', 'Deputy Chief'),
    ]);
    expect(acronym.lines).toContain('Ivo Tarn memberOf Valdorian Grain Movement');
    const gloss = await relate('Partisans shot former Grain Sejm (parliament) deputy Lena Tulva on Monday.', [org('Grain Sejm'), person('Lena Tulva', 'deputy')]);
    expect(gloss.lines).toContain('Lena Tulva memberOf Grain Sejm');
  });

  it('needs the holder’s own title, and a short bracket', async () => {
    const untitled = await relate('The Grain Sejm (parliament) Lena Tulva said nothing.', [org('Grain Sejm'), person('Lena Tulva')]);
    expect(untitled.lines).not.toContain('Lena Tulva memberOf Grain Sejm');
    const long = await relate('The Grain Sejm (which met on a rainy day last week) deputy Lena Tulva said nothing.', [org('Grain Sejm'), person('Lena Tulva', 'deputy')]);
    expect(long.lines).not.toContain('Lena Tulva memberOf Grain Sejm');
  });
});
