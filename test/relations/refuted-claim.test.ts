import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (withdrewFrom|captured) /.test(l));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch rel31 (issue 13): a claim the sentence calls false after it is no event (refuted-claim.ts). */
describe('a claim refuted after it (refuted-claim.ts)', () => {
  it('reads no event from a claim that a later clause refutes', async () => {
    for (const text of [
      'Bloggers spread claims that Ukrainian forces withdrew from Tarnok, which were refuted by officials.',
      'Bloggers claimed that Ukrainian forces withdrew from Tarnok, a claim that officials later debunked.',
      'Bloggers claimed that Ukrainian forces withdrew from Tarnok\u2014claims that the regional council refuted.',
      'An official reportedly claimed that Ukrainian forces withdrew from Tarnok, though the statement or its reporting was incorrect.',
    ]) {
      const { lines } = await relate(text, [ua, city('Tarnok')]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps a claim only denied by the other side, one not refuted, and one whose claimant refutes something else', async () => {
    for (const text of [
      'Bloggers spread claims that Russian troops captured Tarnok, which officials denied.',
      'Bloggers claimed that Russian troops captured Tarnok, and no one has refuted these claims.',
      'Bloggers claimed that Russian troops captured Tarnok and refuted reports of losses.',
    ]) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(events(lines), text).toEqual(['Russian captured Tarnok']);
    }
  });
});

/** Branch iswprec (issue 13): a main clause that says the opposite of a claim named after "despite" (refuted-claim.ts contradictedBefore). */
describe('a claim the main clause contradicts after "despite" (refuted-claim.ts)', () => {
  it('reads no event from a claim that a main clause before "despite" contradicts', async () => {
    for (const text of [
      'Footage published on Monday shows Ukrainian troops in Tarnok despite repeated claims that Russian forces captured Tarnok.',
      'Ukrainian forces repelled a ground attack near Tarnok, despite recent claims that Russian forces captured Tarnok.',
      'Fighting continues in Tarnok contrary to claims that Ukrainian forces withdrew from Tarnok.',
    ]) {
      const { lines } = await relate(text, [ua, ...(text.includes('Russian') ? [ru] : []), city('Tarnok'), city('Tarnok', undefined, 1)]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps a claim after "despite" that the text calls confirmed, and a claim with no "despite"', async () => {
    const confirmed = await relate('Russian forces continued to pull back despite previous confirmed reports that Russian forces withdrew from Tarnok.', [ru, demonym('Russian', 'RU', 1), city('Tarnok')]);
    expect(events(confirmed.lines)).toEqual(['Russian withdrewFrom Tarnok']);
    const plain = await relate('Bloggers claimed that Russian forces captured Tarnok.', [ru, city('Tarnok')]);
    expect(events(plain.lines)).toEqual(['Russian captured Tarnok']);
  });
});

/** Branch iswcap4 (issue 13): a date between the claim word and "that", a bracketed aside before the refutation. */
describe('a claim refuted after a bracketed aside, its claim word dated (refuted-claim.ts)', () => {
  it('reads no event from a dated claim that a clause after a bracket calls false', async () => {
    for (const text of [
      'A governor claimed on May 2 that Russian troops completely captured Tarnok (after an earlier claim on April 11), though this claim is likely false.',
      'A governor claimed that Russian troops completely captured Tarnok (after an earlier claim on April 11), though this claim is likely false.',
    ]) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps a dated claim that nothing refutes, and one whose bracket only holds a date', async () => {
    for (const text of [
      'A governor claimed on May 2 that Russian troops completely captured Tarnok (after an earlier claim on April 11), and fighting moved west.',
      'A governor claimed on May 2 that Russian troops captured Tarnok, and officials later confirmed the claim.',
    ]) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(events(lines), text).toEqual(['Russian captured Tarnok']);
    }
  });
});

/** Branch iswcap4 (issue 13): a claim the text calls unlikely, said of the claim itself (refuted-claim.ts DOUBTING). */
describe('a claim called unlikely after it (refuted-claim.ts)', () => {
  it('reads no event from a claim that a later clause calls unlikely', async () => {
    for (const text of [
      'Bloggers claimed that Russian troops have taken full control of Tarnok, but this claim is unlikely considering other footage.',
      'Bloggers claimed that Russian troops captured Tarnok, though these claims are highly unlikely.',
    ]) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps a claim after which something else is called unlikely, or the claim not unlikely', async () => {
    for (const text of [
      'Bloggers claimed that Russian troops captured Tarnok, making a counterattack unlikely.',
      'Bloggers claimed that Russian troops captured Tarnok, and this claim is not unlikely.',
    ]) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(events(lines), text).toEqual(['Russian captured Tarnok']);
    }
  });
});

