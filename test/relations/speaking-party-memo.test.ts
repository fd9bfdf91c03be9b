import { describe, expect, it } from 'vitest';
import { speaksOfAttack } from '../../src/relations/speaking-party.js';
import { addMentions } from './annotate.js';
import { prepare } from '../helpers/prepare.js';
import { demonym } from './annotate.js';

/** Branch speed19: speaksOfAttack keeps the last subject's answer; asked again, or in another document, it answers as without. */
describe('the last answer kept by speaksOfAttack (speaking-party.ts)', () => {
  it('answers alike when the same subject is asked twice, and reads another document afresh', async () => {
    const says = addMentions(await prepare('Freedonian police say a car bomb struck a market in Ostrova.'), [demonym('Freedonian', 'FD')]);
    const strikes = addMentions(await prepare('Freedonian police then struck a depot in Ostrova on Monday.'), [demonym('Freedonian', 'FD')]);
    const a = says.mentions[0]!;
    const b = strikes.mentions[0]!;
    expect(speaksOfAttack(says, a)).toBe(true);
    expect(speaksOfAttack(says, a)).toBe(true);
    expect(speaksOfAttack(strikes, b)).toBe(false);
    expect(speaksOfAttack(says, a)).toBe(true);
  });
});
