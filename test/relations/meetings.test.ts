import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, person, relate } from './run.js';

describe('the person met, behind a title complement', () => {
  it('meets the titled person, not the organization that names the office', async () => {
    const { lines } = await relate('Georgian Prime Minister Tamar Beridze met with Caspian Council Secretary General Rashad Karimov on Monday.', [
      demonym('Georgian', 'GE'),
      person('Tamar Beridze', 'Prime Minister'),
      org('Caspian Council'),
      person('Rashad Karimov', 'Secretary General'),
    ]);
    expect(lines).toContain('Tamar Beridze metWith Rashad Karimov');
    expect(lines).toContain('Rashad Karimov leaderOf Caspian Council');
    expect(lines).not.toContain('Tamar Beridze metWith Caspian Council');
  });

  it('meets no organization named on its own (metWith is between people: annotation guidelines)', async () => {
    const { lines } = await relate('Tamar Beridze met with the Caspian Council on Monday.', [person('Tamar Beridze'), org('Caspian Council')]);
    expect(lines).toEqual([]);
  });

  it('does not take a region after a nationality for the complement of the next title', async () => {
    const { lines } = await relate('Georgian Adjara Region Governor Levan Dolidze spoke.', [
      demonym('Georgian', 'GE'),
      { text: 'Adjara Region', type: 'Place', placeKind: 'AdministrativeArea' },
      person('Levan Dolidze', 'Governor'),
    ]);
    expect(lines).toContain('Levan Dolidze leaderOf Adjara Region');
    expect(lines).not.toContain('Levan Dolidze leaderOf Georgian');
  });
});

describe('counterparts', () => {
  it('reads "his <nationality> counterpart X" and "her counterpart from <country>, X"', async () => {
    const german = await relate('Defence Minister Levan Dolidze held talks with his Azerbaijani counterpart Rashad Karimov in Baku.', [
      person('Levan Dolidze', 'Defence Minister'),
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov'),
      city('Baku', 'AZ'),
    ]);
    expect(german.lines).toContain('Levan Dolidze metWith Rashad Karimov');
    const from = await relate('Tamar Beridze met her counterpart from Moldova, Ana Rusu, on Friday.', [
      person('Tamar Beridze'),
      { text: 'Moldova', type: 'Place', placeKind: 'Country', ref: 'country:MD', country: 'MD' },
      person('Ana Rusu'),
    ]);
    expect(from.lines).toEqual(['Tamar Beridze metWith Ana Rusu']);
  });

  it('does not make a counterpart out of a person only talked about', async () => {
    const { lines } = await relate('Tamar Beridze criticized her counterpart from Moldova, Ana Rusu, on Friday.', [
      person('Tamar Beridze'),
      { text: 'Moldova', type: 'Place', placeKind: 'Country', ref: 'country:MD', country: 'MD' },
      person('Ana Rusu'),
    ]);
    expect(lines).toEqual([]);
  });
});

describe('where people met: visitors and hosts', () => {
  it('makes the guest, not the host, a visitor of the host country’s city', async () => {
    const { lines } = await relate('Azerbaijani President Rashad Karimov met with Georgian Prime Minister Tamar Beridze in Baku on Tuesday.', [
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov', 'President'),
      demonym('Georgian', 'GE'),
      person('Tamar Beridze', 'Prime Minister'),
      city('Baku', 'AZ'),
    ]);
    expect(lines).toContain('Tamar Beridze visited Baku');
    expect(lines).not.toContain('Rashad Karimov visited Baku');
  });

  it('knows a host from a nationality before the counterpart, and from a statement elsewhere in the document', async () => {
    const counterpart = await relate('Levan Dolidze held talks with his Azerbaijani counterpart Rashad Karimov in Baku.', [
      person('Levan Dolidze'),
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov'),
      city('Baku', 'AZ'),
    ]);
    expect(counterpart.lines).toContain('Levan Dolidze visited Baku');
    expect(counterpart.lines).not.toContain('Rashad Karimov visited Baku');
    const earlier = await relate('Azerbaijan’s prime minister, Rashad Karimov, called for calm. Levan Dolidze met Karimov in Baku.', [
      { text: 'Azerbaijan', type: 'Place', placeKind: 'Country', ref: 'country:AZ', country: 'AZ' },
      person('Rashad Karimov'),
      person('Levan Dolidze'),
      person('Karimov', undefined, 1),
      city('Baku', 'AZ'),
    ]);
    expect(earlier.lines).toContain('Levan Dolidze visited Baku');
    expect(earlier.lines).not.toContain('Karimov visited Baku');
  });

  it('keeps both as visitors when neither is known to belong to the place’s country', async () => {
    const { lines } = await relate('Levan Dolidze met Rashad Karimov in Vienna.', [person('Levan Dolidze'), person('Rashad Karimov'), city('Vienna', 'AT')]);
    expect(lines).toEqual(expect.arrayContaining(['Levan Dolidze visited Vienna', 'Rashad Karimov visited Vienna']));
  });

  it('keeps a stated visit by a leader to a city of their own country', async () => {
    const { lines } = await relate('Azerbaijani President Rashad Karimov visited Ganja on Friday.', [
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov', 'President'),
      city('Ganja', 'AZ'),
    ]);
    expect(lines).toContain('Rashad Karimov visited Ganja');
  });
});

describe('meetings are face to face', () => {
  it('reads no meeting and no visit from a phone call or a video link', async () => {
    const phone = await relate('Tamar Beridze held a phone call with Rashad Karimov on Monday.', [person('Tamar Beridze'), person('Rashad Karimov')]);
    // (A call is communication, not a meeting: communication-shapes.ts.)
    expect(phone.lines).toEqual(['Tamar Beridze communicatedWith Rashad Karimov']);
    const video = await relate('Tamar Beridze met Rashad Karimov by video link from Tbilisi.', [person('Tamar Beridze'), person('Rashad Karimov'), city('Tbilisi')]);
    expect(video.lines).toEqual([]);
  });

  it('reads pressure at a summit as a meeting, for each coordinated person, past a title complement', async () => {
    const { lines } = await relate(
      'Georgian Prime Minister Tamar Beridze and Caspian Council President Ana Rusu pressed Azerbaijani President Rashad Karimov at a summit in Vienna on Monday.',
      [
        demonym('Georgian', 'GE'),
        person('Tamar Beridze', 'Prime Minister'),
        org('Caspian Council'),
        person('Ana Rusu', 'President'),
        demonym('Azerbaijani', 'AZ'),
        person('Rashad Karimov', 'President'),
        city('Vienna', 'AT'),
      ],
    );
    expect(lines).toEqual(expect.arrayContaining(['Tamar Beridze metWith Rashad Karimov', 'Ana Rusu metWith Rashad Karimov']));
    expect(lines).not.toContain('Tamar Beridze metWith Caspian Council');
  });
});

describe('meetings named by a noun or by hosting', () => {
  it('reads "his meeting with the <org> chief X" and "hosted her <nationality> counterpart X"', async () => {
    const noun = await relate('Levan Dolidze praised his meeting with Caspian Council Chairman Rashad Karimov.', [
      person('Levan Dolidze'),
      org('Caspian Council'),
      person('Rashad Karimov', 'Chairman'),
    ]);
    expect(noun.lines).toContain('Levan Dolidze metWith Rashad Karimov');
    expect(noun.lines).not.toContain('Levan Dolidze metWith Caspian Council');
    const hosted = await relate('Tamar Beridze hosted her Azerbaijani counterpart Rashad Karimov in Tbilisi.', [
      person('Tamar Beridze'),
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov'),
      city('Tbilisi', 'GE'),
    ]);
    expect(hosted.lines).toContain('Tamar Beridze metWith Rashad Karimov');
    expect(hosted.lines).toContain('Rashad Karimov visited Tbilisi');
  });

  it('reads talks held by telephone as a meeting (annotation guidelines) but no visit where they were held', async () => {
    const talks = await relate('Tamar Beridze held telephone talks in Tbilisi with Rashad Karimov on Monday.', [person('Tamar Beridze'), city('Tbilisi'), person('Rashad Karimov')]);
    expect(talks.lines).toContain('Tamar Beridze metWith Rashad Karimov');
    expect(talks.lines.filter((l) => l.includes('visited'))).toEqual([]);
  });

  it('does not read a video meeting or a hosted call as a meeting', async () => {
    const noun = await relate('Levan Dolidze praised his video meeting with Rashad Karimov.', [person('Levan Dolidze'), person('Rashad Karimov')]);
    expect(noun.lines).toEqual([]);
    const hosted = await relate('Tamar Beridze hosted Rashad Karimov by video link.', [person('Tamar Beridze'), person('Rashad Karimov')]);
    expect(hosted.lines).toEqual([]);
  });
});
