import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const places = [demonym('Freedonian', 'FD'), demonym('Sylvanian', 'SY'), city('Tarnok')];
const oneSide = [demonym('Freedonian', 'FD'), city('Tarnok')];

/** Branch iswprec4 (issue 13): events anticipated, worried about or prepared for, and intentions split by an adverb. */
describe('an event only anticipated, feared or intended', () => {
  it('gives no attack that is anticipated or worried about', async () => {
    const anticipated = await relate('Sylvanian forces are anticipating Freedonian offensive actions near Tarnok.', places);
    expect(anticipated.lines).not.toContain('Freedonian attacked Tarnok');
    const worried = await relate('Sylvanian officials are increasingly worrying about a Freedonian counteroffensive against Tarnok.', places);
    expect(worried.lines).not.toContain('Freedonian attacked Tarnok');
  });

  it('gives no attack for counterattacks prepared for', async () => {
    const { lines } = await relate('The losses force Sylvanian commanders to prepare for Freedonian counterattacks in the direction of Tarnok.', places);
    expect(lines).not.toContain('Freedonian attacked Tarnok');
  });

  it('keeps counterattacks that happened, and claimed ones a modal only doubts', async () => {
    const done = await relate('Freedonian forces conducted counterattacks in the direction of Tarnok.', oneSide);
    expect(done.lines).toContain('Freedonian attacked Tarnok');
    const claimed = await relate('The institute cannot confirm claims of a Freedonian counteroffensive toward Tarnok.', oneSide);
    expect(claimed.lines).toContain('Freedonian attacked Tarnok');
  });

  it('gives no attack that an expectation governs over an adverb', async () => {
    const { lines } = await relate('Freedonian forces likely expect instead to break out of their positions and then attack Tarnok from the west.', oneSide);
    expect(lines).not.toContain('Freedonian attacked Tarnok');
  });

  it('keeps an attack whose adverb and infinitive follow no word of intention', async () => {
    const { lines } = await relate('Freedonian forces likely attacked Tarnok instead to draw Sylvanian reserves away.', places);
    expect(lines).toContain('Freedonian attacked Tarnok');
  });
});
