import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));

describe('a withdrawal told in an aside on the unit', () => {
  it('reads a bracketed participle, a participle between commas and a "which" clause', async () => {
    for (const text of [
      'Parts of the 12th Tank Brigade (reportedly withdrawn from the Orikhiv area last month) were seen near Tokmak.',
      'Parts of the 12th Tank Brigade, pulled back from Orikhiv in May, were seen near Tokmak.',
      'The 12th Tank Brigade, which withdrew from Orikhiv in May, was seen near Tokmak.',
    ]) {
      const { lines } = await relate(text, [unit('12th Tank Brigade'), city('Orikhiv'), city('Tokmak')]);
      expect(withdrawals(lines)).toEqual(['12th Tank Brigade withdrewFrom Orikhiv']);
    }
  });

  it('reads no withdrawal from an aside of arrival, of a plan or of a negation', async () => {
    for (const text of [
      'The 12th Tank Brigade (recently deployed from Orikhiv) was seen near Tokmak.',
      'The 12th Tank Brigade, which will withdraw from Orikhiv soon, was seen near Tokmak.',
      'The 12th Tank Brigade, which never withdrew from Orikhiv, was seen near Tokmak.',
    ]) {
      const { lines } = await relate(text, [unit('12th Tank Brigade'), city('Orikhiv'), city('Tokmak')]);
      expect(withdrawals(lines)).toEqual([]);
    }
  });

  it('reads a withdrawal from the surroundings of a place, not a movement toward them', async () => {
    const { lines } = await relate('Belarusian forces continued to withdraw units from around Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
    const toward = await relate('Belarusian forces withdrew toward the area around Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(toward.lines)).toEqual([]);
  });

  it('takes a region after a part of it', async () => {
    const { lines } = await relate('The 12th Tank Brigade (withdrawn from northern Zaporizhia Oblast) is resting.', [unit('12th Tank Brigade'), region('Zaporizhia Oblast')]);
    expect(withdrawals(lines)).toEqual(['12th Tank Brigade withdrewFrom Zaporizhia Oblast']);
  });
});
