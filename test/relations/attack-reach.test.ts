import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, relate, site, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack reach: a name inside the target phrase', () => {
  it('reads the place past the unit that owns what was hit', async () => {
    const { lines } = await relate('Ukrainian artillery destroyed three ammunition trucks belonging to the 20th Tank Regiment near Vasylivka.', [
      demonym('Ukrainian', 'UA'),
      unit('20th Tank Regiment'),
      city('Vasylivka'),
    ]);
    expect(lines).toContain('Ukrainian attacked Vasylivka');
  });

  it('reads the place past the person an attack was aimed at', async () => {
    const { lines } = await relate('Ukrainian partisans carried out a bomb attack against collaborator Ivan Petrenko outside his office in Melitopol.', [
      demonym('Ukrainian', 'UA'),
      person('Ivan Petrenko'),
      city('Melitopol'),
    ]);
    expect(lines).toContain('Ukrainian attacked Melitopol');
  });

  it('does not cross into another clause after the name', async () => {
    const { lines } = await relate('Ukrainian forces struck a convoy of the 20th Tank Regiment while it was moving toward Vasylivka.', [
      demonym('Ukrainian', 'UA'),
      unit('20th Tank Regiment'),
      city('Vasylivka'),
    ]);
    expect(attacks(lines)).not.toContain('Ukrainian attacked Vasylivka');
  });
});

describe('attack reach: an effect in a place caused by an attack', () => {
  it('reads damage to a site and its town before "following a … strike"', async () => {
    const { lines } = await relate('Satellite images show heavy damage to the Lisova Bridge in Kakhovka following a Ukrainian rocket strike.', [
      site('Lisova Bridge'),
      city('Kakhovka'),
      demonym('Ukrainian', 'UA'),
    ]);
    expect(lines).toContain('Ukrainian attacked Lisova Bridge');
    expect(lines).toContain('Ukrainian attacked Kakhovka');
  });

  it('reads each place of a list before "as a result of … counterattacks"', async () => {
    const { lines } = await relate('Local channels said clashes continue in Ivanivka, Petrivka, and Stepove as a result of Ukrainian counterattacks.', [
      city('Ivanivka'),
      city('Petrivka'),
      city('Stepove'),
      demonym('Ukrainian', 'UA'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka', 'Ukrainian attacked Stepove']));
  });

  it('needs the effect noun: a place before "after a strike" is not hit', async () => {
    const { lines } = await relate('Refugees returned to Kakhovka after a Ukrainian rocket strike.', [city('Kakhovka'), demonym('Ukrainian', 'UA')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('does not read a cause that is no attack', async () => {
    const { lines } = await relate('Fighting continues in Kakhovka after a Ukrainian announcement.', [city('Kakhovka'), demonym('Ukrainian', 'UA')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('attack reach: where operations are centered', () => {
  it('reads each place the operations are centered on', async () => {
    const { lines } = await relate('Ukrainian ground operations are currently centered on Ivanivka and Petrivka.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka']));
  });

  it('reads nothing of a plan to focus operations', async () => {
    const { lines } = await relate('Ukrainian operations may soon be focused on Ivanivka.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('needs a noun of operations: forces concentrated on a line are no attack', async () => {
    const { lines } = await relate('Ukrainian forces concentrated on Ivanivka to rest.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('attack reach: a place outside the attack clause', () => {
  it('reads a fronted place for an attack that names none', async () => {
    const { lines } = await relate('Around Ivanivka, Ukrainian forces counterattacked on Tuesday.', [city('Ivanivka'), demonym('Ukrainian', 'UA')]);
    expect(lines).toContain('Ukrainian attacked Ivanivka');
  });

  it('reads a fronted place past the attack\'s own target', async () => {
    const { lines } = await relate('Near Ivanivka, Ukrainian forces struck Russian positions.', [city('Ivanivka'), demonym('Ukrainian', 'UA'), demonym('Russian', 'RU')]);
    expect(lines).toContain('Ukrainian attacked Ivanivka');
  });

  it('does not read a fronted date or a fronted place of another verb', async () => {
    const { lines } = await relate('In Ivanivka, Ukrainian officials said that the strike hurt no one.', [city('Ivanivka'), demonym('Ukrainian', 'UA')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads a place that came under a nationality\'s fire', async () => {
    const { lines } = await relate('Petrivka came under intense Ukrainian shelling overnight.', [city('Petrivka'), demonym('Ukrainian', 'UA')]);
    expect(lines).toContain('Ukrainian attacked Petrivka');
  });

  it('reads the place the attacked forces were defending', async () => {
    const { lines } = await relate('Ukrainian forces attacked Russian positions protecting Petrivka.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Petrivka')]);
    expect(lines).toContain('Ukrainian attacked Petrivka');
  });

  it('reads the places past a line named by the places it joins, not the joined places', async () => {
    const { lines } = await relate('Ukrainian forces continued ground attacks along the Ivanivka-Stepove highway near Petrivka and in southern Kakhovka.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Stepove'),
      city('Petrivka'),
      city('Kakhovka'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Petrivka', 'Ukrainian attacked Kakhovka']));
    expect(lines).not.toContain('Ukrainian attacked Ivanivka');
  });
});

describe('attack reach: participles and examples', () => {
  it('reads a participle after an adverb of degree', async () => {
    const { lines } = await relate('Russian forces launched dozens of drones overnight, mainly targeting Ivanivka and Petrivka.', [
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka']));
  });

  it('reads examples that keep their preposition', async () => {
    const { lines } = await relate('Russian forces continued air strikes, notably against Ivanivka and Petrivka.', [demonym('Russian', 'RU'), city('Ivanivka'), city('Petrivka')]);
    expect(lines).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka']));
  });
});

describe('attack reach: groups of targets and a river spanned', () => {
  it('reads every group of a semicolon list of targets', async () => {
    const { lines } = await relate('Ukrainian forces struck Ivanivka and Petrivka in Kherson Oblast; Stepove in Zaporizhia Oblast; and Kakhovka.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
      { text: 'Kherson Oblast', type: 'Place', placeKind: 'AdministrativeArea' },
      city('Stepove'),
      { text: 'Zaporizhia Oblast', type: 'Place', placeKind: 'AdministrativeArea' },
      city('Kakhovka'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka', 'Ukrainian attacked Stepove', 'Ukrainian attacked Kakhovka']));
  });

  it('does not read a nationality that opens the next clause as a target', async () => {
    const { lines } = await relate('Ukrainian forces struck Ivanivka in Kherson Oblast; Russian forces shelled Stepove.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      { text: 'Kherson Oblast', type: 'Place', placeKind: 'AdministrativeArea' },
      demonym('Russian', 'RU'),
      city('Stepove'),
    ]);
    expect(lines).not.toContain('Ukrainian attacked Stepove');
    expect(lines).toContain('Russian attacked Stepove');
  });

  it('reads the town past a river a struck bridge spans, not the river', async () => {
    const { lines } = await relate('Ukrainian artillery destroyed a pontoon crossing over the Vovcha River in Petrivka.', [
      demonym('Ukrainian', 'UA'),
      { text: 'Vovcha River', type: 'Place', placeKind: 'Place' },
      city('Petrivka'),
    ]);
    expect(lines).toContain('Ukrainian attacked Petrivka');
    expect(lines).not.toContain('Ukrainian attacked Vovcha River');
  });
});

describe('attack reach: the place before its attacker', () => {
  it('reads a passive whose agent is a nationality\'s weapon', async () => {
    const { lines } = await relate('Petrivka was reportedly struck by several Ukrainian HIMARS rockets overnight.', [city('Petrivka'), demonym('Ukrainian', 'UA')]);
    expect(lines).toContain('Ukrainian attacked Petrivka');
  });

  it('does not read a passive of another verb with a weapon after it', async () => {
    const { lines } = await relate('Petrivka was defended by Ukrainian artillery units.', [city('Petrivka'), demonym('Ukrainian', 'UA')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads the place a relative clause says was attacked', async () => {
    const { lines } = await relate('Ivanivka, which Ukrainian troops stormed last week, remains contested.', [city('Ivanivka'), demonym('Ukrainian', 'UA')]);
    expect(lines).toContain('Ukrainian attacked Ivanivka');
  });

  it('leaves a relative clause whose attack has its own place', async () => {
    const { lines } = await relate('Ivanivka, which Ukrainian troops left to attack Petrivka, remains contested.', [city('Ivanivka'), demonym('Ukrainian', 'UA'), city('Petrivka')]);
    expect(lines).not.toContain('Ukrainian attacked Ivanivka');
  });
});

describe('attack reach: who the actor was, in a bracket or an aside', () => {
  it('reads the actor before a bracket and the unit the bracket names', async () => {
    const { lines } = await relate('Ukrainian troops (reportedly units of the 47th Brigade) assaulted Petrivka.', [demonym('Ukrainian', 'UA'), unit('47th Brigade'), city('Petrivka')]);
    expect(lines).toEqual(expect.arrayContaining(['Ukrainian attacked Petrivka', '47th Brigade attacked Petrivka']));
  });

  it('reads a unit that acted "along with" the actor', async () => {
    const { lines } = await relate('Ukrainian forces, along with elements of the 47th Brigade, shelled Petrivka.', [demonym('Ukrainian', 'UA'), unit('47th Brigade'), city('Petrivka')]);
    expect(lines).toContain('47th Brigade attacked Petrivka');
  });

  it('does not read a bracket that is no actor\'s', async () => {
    const { lines } = await relate('Ukrainian forces (according to the 47th Brigade) rested near Petrivka.', [demonym('Ukrainian', 'UA'), unit('47th Brigade'), city('Petrivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});
