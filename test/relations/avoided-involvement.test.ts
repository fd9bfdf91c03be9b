import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const brigade = unit('14th Rifle Brigade');
const place = city('Orbino');

describe('presence: an involvement avoided, risked or gone without is none (avoided-involvement.ts)', () => {
  it('drops operatesIn after "without risking … involvement of X", "avoid … involvement of X", "prevent X’s involvement"', async () => {
    for (const text of [
      'The government keeps supporting its ally without risking direct military involvement of the 14th Rifle Brigade in Orbino.',
      'The government will likely avoid the direct involvement of the 14th Rifle Brigade in Orbino.',
      'The government wants to prevent the 14th Rifle Brigade\u2019s involvement in Orbino.',
    ]) {
      expect((await relate(text, [brigade, place])).lines, text).not.toContain('14th Rifle Brigade operatesIn Orbino');
    }
  });

  it('keeps an involvement stated or confirmed', async () => {
    for (const text of [
      'The government confirmed the involvement of the 14th Rifle Brigade in Orbino.',
      'The 14th Rifle Brigade\u2019s involvement in operations in Orbino has grown.',
      'The 14th Rifle Brigade is involved in operations in Orbino.',
    ]) {
      expect((await relate(text, [brigade, place])).lines, text).toContain('14th Rifle Brigade operatesIn Orbino');
    }
  });
});
