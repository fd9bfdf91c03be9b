import { describe, expect, it } from 'vitest';
import { city, org, region, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('a unit named in quotes is read with its quotes and echelon noun', () => {
  it('places a quoted volunteer battalion where it deployed', async () => {
    const { lines } = await relate('Footage indicates that the “Falcon” volunteer battalion likely deployed to Ostland last week.', [unit('Falcon'), region('Ostland')]);
    expect(lines).toContain('Falcon operatesIn Ostland');
  });

  it('places each of a coordination of quoted units sharing a plural echelon', async () => {
    const { lines } = await relate('The governor said that the “Falcon” and “Eagle” rifle battalions deployed to Ostland on Monday.', [unit('Falcon'), unit('Eagle'), region('Ostland')]);
    expect(lines).toContain('Falcon operatesIn Ostland');
    expect(lines).toContain('Eagle operatesIn Ostland');
  });

  it('keeps the owners of two groups apart: a possessive owns the quoted group, an of-phrase the conjunct after it', async () => {
    const { lines } = await relate('A blogger said that the Northern Militia\'s "Falcon" and "Eagle" battalions and the 7th Regiment of the 2nd Army Corps attacked near Dubki.', [
      org('Northern Militia'),
      unit('Falcon'),
      unit('Eagle'),
      unit('7th Regiment'),
      unit('2nd Army Corps'),
      city('Dubki'),
    ]);
    expect(lines).toContain('Falcon partOf Northern Militia');
    expect(lines).toContain('7th Regiment partOf 2nd Army Corps');
    expect(lines).not.toContain('Falcon partOf 2nd Army Corps');
    expect(lines).not.toContain('7th Regiment partOf Northern Militia');
    expect(lines).toContain('Eagle operatesIn Dubki');
  });

  it('does not place a quoted battalion that only trains before deploying, nor read a future subordination', async () => {
    const train = await relate('The region is forming the “Falcon” volunteer battalion, which is now training before deploying to Ostland.', [unit('Falcon'), region('Ostland')]);
    expect(presence(train.lines)).toEqual([]);
    const future = await relate('The region is recruiting for the “Falcon” volunteer regiment that will become an element of the 9th Division.', [unit('Falcon'), unit('9th Division')]);
    expect(future.lines).not.toContain('Falcon partOf 9th Division');
  });
});

describe('a unit recruited for is not placed where the recruiting is', () => {
  it('reads no presence from "recruitment for the X battalion in Y", but still from a battalion deployed to Y', async () => {
    const recruit = await relate('A blogger announced recruitment for the “Falcon” volunteer battalion in Ostland on Friday.', [unit('Falcon'), region('Ostland')]);
    expect(recruit.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const sent = await relate('A blogger said the “Falcon” volunteer battalion deployed to Ostland on Friday.', [unit('Falcon'), region('Ostland')]);
    expect(sent.lines).toContain('Falcon operatesIn Ostland');
  });
});
