import { describe, expect, it } from 'vitest';
import { city, region, relate, unit } from './run.js';

describe('"this area": the region the paragraph is about', () => {
  it('reads "in this area" as the last oblast named before, across sentences', async () => {
    const { lines } = await relate(
      'Opposing troops pushed south from northern Lakeside Oblast toward Dubki and Lipki on Monday. Observers said the 14th Rifle Brigade and the 22nd Tank Regiment are holding the defense in this area.',
      [region('Lakeside Oblast'), city('Dubki'), city('Lipki'), unit('14th Rifle Brigade'), unit('22nd Tank Regiment')],
    );
    expect(lines).toContain('14th Rifle Brigade operatesIn Lakeside Oblast');
    expect(lines).toContain('22nd Tank Regiment operatesIn Lakeside Oblast');
    expect(lines.filter((l) => l.includes('operatesIn') && (l.includes('Dubki') || l.includes('Lipki')))).toEqual([]);
  });

  it('reads "this area" as a town named as "the X area"', async () => {
    const { lines } = await relate('Shelling hit the Dubki area on Monday. The 14th Rifle Brigade is fighting in this area.', [
      city('Dubki'),
      unit('14th Rifle Brigade'),
    ]);
    expect(lines).toContain('14th Rifle Brigade operatesIn Dubki');
  });

  it('reads nothing without an area named before, nor "the area", nor "this area of" something', async () => {
    const none = await relate('Shelling hit Dubki on Monday. The 14th Rifle Brigade is fighting in this area.', [city('Dubki'), unit('14th Rifle Brigade')]);
    expect(none.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const the = await relate('Shelling hit Lakeside Oblast on Monday. The 14th Rifle Brigade is fighting in the area.', [
      region('Lakeside Oblast'),
      unit('14th Rifle Brigade'),
    ]);
    expect(the.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const part = await relate('Shelling hit Lakeside Oblast on Monday. The 14th Rifle Brigade is fighting in this area of the front.', [
      region('Lakeside Oblast'),
      unit('14th Rifle Brigade'),
    ]);
    expect(part.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });
});
