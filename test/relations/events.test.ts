import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, region, relate, unit } from './run.js';

const events = (lines: string[]) => lines.filter((l) => /attacked|captured|withdrewFrom|foughtAgainst/.test(l));

describe('conflict events', () => {
  it('gives the attack to the nearest actor before the verb, not to the side that repelled it', async () => {
    const { lines } = await relate('Ukrainian troops repelled Russian assaults on Orikhiv and Tokmak on Monday.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Orikhiv'),
      city('Tokmak'),
    ]);
    expect(events(lines)).toEqual(['Russian attacked Orikhiv', 'Russian attacked Tokmak']);
    const without = await relate('Ukrainian troops repelled assaults on Orikhiv.', [demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(events(without.lines)).toEqual([]);
  });

  it('reads every place of chained locative phrases, but not the wider place that locates one', async () => {
    const { lines } = await relate('Russian troops attacked positions around Kupiansk near Orikhiv (5km north of Kupiansk) and Tokmak.', [
      demonym('Russian', 'RU'),
      city('Kupiansk'),
      city('Orikhiv'),
      city('Kupiansk', undefined, 1),
      city('Tokmak'),
    ]);
    expect(events(lines)).toEqual(['Russian attacked Kupiansk', 'Russian attacked Orikhiv', 'Russian attacked Tokmak']);
    const located = await relate('Russian forces shelled Orikhiv, Zaporizhia Oblast, and Tokmak, Kharkiv Oblast.', [
      demonym('Russian', 'RU'),
      city('Orikhiv'),
      region('Zaporizhia Oblast'),
      city('Tokmak'),
      region('Kharkiv Oblast'),
    ]);
    expect(events(located.lines)).toEqual(['Russian attacked Orikhiv', 'Russian attacked Tokmak']);
    const comma = await relate('Russian forces shelled Orikhiv, near Tokmak.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(events(comma.lines)).toEqual(['Russian attacked Orikhiv']);
  });

  it('takes no reporter for the actor, nor a name governed by a preposition, nor a place in a road name', async () => {
    const reported = await relate('The General Staff stated that forces attacked Orikhiv.', [org('General Staff'), city('Orikhiv')]);
    expect(events(reported.lines)).toEqual([]);
    const governed = await relate('Searches for Ukrainian partisans and raids in Orikhiv continued.', [demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(events(governed.lines)).toEqual([]);
    const road = await relate('Russian forces struck the Orikhiv-Tokmak highway.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(events(road.lines)).toEqual([]);
  });

  it('emits no capture for an intention, an attempt or a negation, but keeps a claim with its source', async () => {
    const orikhiv = [demonym('Russian', 'RU'), city('Orikhiv')];
    for (const text of [
      'Russian forces will likely attempt to seize Orikhiv.',
      'Russian forces are preparing to capture Orikhiv.',
      'Russian forces failed to capture Orikhiv.',
      'Russian forces did not capture Orikhiv.',
    ]) {
      expect(events((await relate(text, orikhiv)).lines), text).toEqual([]);
    }
    const claim = await relate('Russian milbloggers claimed that Russian forces captured Orikhiv.', [demonym('Russian', 'RU'), demonym('Russian', 'RU', 1), city('Orikhiv')]);
    expect(events(claim.lines)).toEqual(['Russian captured Orikhiv']);
    const r = claim.doc.relations.find((x) => x.predicate === 'captured')!;
    expect(r.attribution?.text).toBe('Russian milbloggers');
    expect(r.subject).toBe(1);
  });

  it('keeps an attempted attack as an attack, and the attack of a unit as its operatesIn too', async () => {
    const { lines } = await relate('The 14th Brigade attempted to advance on Orikhiv.', [unit('14th Brigade'), city('Orikhiv')]);
    expect(lines).toContain('14th Brigade attacked Orikhiv');
    expect(lines).toContain('14th Brigade operatesIn Orikhiv');
  });

  it('writes foughtAgainst once per pair, and a withdrawal with its date', async () => {
    const fought = await relate('Russian forces clashed with Ukrainian troops, and Ukrainian troops fought Russian forces.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      demonym('Ukrainian', 'UA', 1),
      demonym('Russian', 'RU', 1),
    ]);
    expect(fought.doc.relations.filter((r) => r.predicate === 'foughtAgainst').every((r) => r.subject < r.object)).toBe(true);
    const withdrew = await relate('Russian forces withdrew from Orikhiv on 4 May 2024.', [demonym('Russian', 'RU'), city('Orikhiv')], [['4 May 2024', '2024-05-04']]);
    expect(events(withdrew.lines)).toEqual(['Russian withdrewFrom Orikhiv']);
    expect(withdrew.doc.relations[0]!.date).toBe(0);
  });

  it('gives a unit or organization that attacked, took or left a place an operatesIn there, but not a country, nor a place attacked from afar', async () => {
    const unitLines = (await relate('The 14th Brigade launched rockets on Orikhiv.', [unit('14th Brigade'), city('Orikhiv')])).lines;
    expect(unitLines).toContain('14th Brigade attacked Orikhiv');
    expect(unitLines).toContain('14th Brigade operatesIn Orikhiv');
    const country = (await relate('Russian forces launched rockets on Orikhiv.', [demonym('Russian', 'RU'), city('Orikhiv')])).lines;
    expect(country).toEqual(['Russian attacked Orikhiv']);
    const toward = await relate('The 14th Brigade attempted to advance toward Orikhiv.', [unit('14th Brigade'), city('Orikhiv')]);
    expect(toward.lines).toContain('14th Brigade attacked Orikhiv');
    expect(toward.doc.relations.map((r) => r.rule)).not.toContain('event-presence');
  });
});
