import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { org, person, relate } from './run.js';

// "Y Advisor to the Interior Minister X": the body before a serving office whose complement is a field office (aide-to-title).
describe('a serving office to a field office, the body before it', () => {
  it('makes the holder a member of the body', async () => {
    const { lines } = await relate('Valdorian Advisor to the Internal Affairs Minister Ivo Tarn published a video.', [demonym('Valdorian', 'VD'), person('Ivo Tarn', 'Minister')]);
    expect(lines).toContain('Ivo Tarn memberOf Valdorian');
  });

  it('does not read a named body served as the field', async () => {
    const { lines } = await relate('Valdorian Advisor to the Grain Council Head Ivo Tarn published a video.', [demonym('Valdorian', 'VD'), org('Grain Council'), person('Ivo Tarn', 'Head')]);
    expect(lines).not.toContain('Ivo Tarn memberOf Valdorian');
  });
});
