import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

/** Branch rel31 (issue 13): a use of forces refused, resisted, weighed or only ordered is no presence (withheld-use.ts). */
describe('a use of forces withheld (withheld-use.ts)', () => {
  it('reads no presence after a refusal, a resisted or weighed use, or an order', async () => {
    for (const text of [
      'The staff “declined” to commit the 12th Rifle Brigade in Tarnok.',
      'The staff declined to commit elements of the 12th Rifle Brigade in Tarnok.',
      'The general may have resisted using the 12th Rifle Brigade in Tarnok.',
      'The staff considered committing the 12th Rifle Brigade in Tarnok.',
      'The staff refrained from sending the 12th Rifle Brigade to Tarnok.',
      'The minister ordered the deployment of the 12th Rifle Brigade to Tarnok.',
      'The minister ordered the 12th Rifle Brigade to redeploy to Tarnok.',
      "The general opposed the minister's desires to use the 12th Rifle Brigade in Tarnok.",
      'The staff decided to send the 12th Rifle Brigade to Tarnok.',
    ]) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
      expect(presence(lines), text).toEqual([]);
    }
  });

  it('keeps a use that happened', async () => {
    for (const text of [
      'The staff completed the deployment of the 12th Rifle Brigade to Tarnok.',
      'The staff continued committing the 12th Rifle Brigade in Tarnok.',
      'The staff began using the 12th Rifle Brigade in Tarnok.',
      'The staff continued to send the 12th Rifle Brigade to Tarnok.',
    ]) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
      expect(presence(lines), text).toEqual(['12th Rifle Brigade operatesIn Tarnok']);
    }
  });
});
