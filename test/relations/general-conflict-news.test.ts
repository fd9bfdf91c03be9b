import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, org, person, relate } from './run.js';

// Branch wirerel7 (issue 13): the shapes general conflict and diplomatic news uses for foughtAgainst, operatesIn,
// metWith and visited (rules/news-fighting.ts, rules/org-force-presence.ts, rules/meeting-shapes.ts,
// rules/visit-shapes.ts). Invented sentences and names.
const RED = org('Red Front');
const BLACK = org('Black Banner');
const OSTLANDIC = demonym('Ostlandic', 'OS');

describe('foughtAgainst named by allies, nouns of war and taken places', () => {
  it('gives each of two allies the party they fought together', async () => {
    const { lines } = await relate('The Red Front fought alongside Ostlandic troops against the Black Banner last month.', [RED, OSTLANDIC, BLACK]);
    expect(lines.sort()).toEqual(['Ostlandic foughtAgainst Black Banner', 'Red Front foughtAgainst Black Banner']);
  });

  it('does not make the allies fight each other', async () => {
    const { lines } = await relate('The Red Front fought alongside Ostlandic troops near the border.', [RED, OSTLANDIC]);
    expect(lines).toEqual([]);
  });

  it('reads a war, a campaign, a coalition it leads and a relative clause of fighting', async () => {
    expect((await relate('The Red Front’s war with Ostland lasted a month.', [RED, country('Ostland', 'OS')])).lines).toEqual(['Red Front foughtAgainst Ostland']);
    expect((await relate('The Red Front’s campaign against the Black Banner stalled.', [RED, BLACK])).lines).toEqual(['Red Front foughtAgainst Black Banner']);
    expect((await relate('The Ostland-led campaign against the Black Banner carried on.', [country('Ostland', 'OS'), BLACK])).lines).toEqual(['Ostland foughtAgainst Black Banner']);
    expect((await relate('The Red Front, which is fighting the Black Banner, took a village.', [RED, BLACK])).lines).toEqual(['Red Front foughtAgainst Black Banner']);
  });

  it('takes no backer for a fighter, and no nationality that owns what a campaign hit', async () => {
    expect((await relate('The Ostland-backed campaign against the Black Banner carried on.', [country('Ostland', 'OS'), BLACK])).lines).toEqual([]);
    expect((await relate('The Red Front’s campaign against Ostlandic power plants went on.', [RED, OSTLANDIC])).lines).toEqual([]);
    expect((await relate('The Red Front’s battles on the Ostland border went on.', [RED, country('Ostland', 'OS')])).lines).toEqual([]);
  });

  it('reads a named group that killed a side’s fighters, and two groups whose fighters clashed', async () => {
    expect((await relate('The Red Front killed 12 Black Banner fighters near the dam.', [RED, BLACK])).lines).toEqual(['Red Front foughtAgainst Black Banner']);
    expect((await relate('Ostlandic security forces killed 12 Black Banner militants.', [OSTLANDIC, BLACK])).lines).toEqual(['Ostlandic foughtAgainst Black Banner']);
    expect((await relate('Red Front and Black Banner fighters clashed on Monday.', [RED, BLACK])).lines).toEqual(['Red Front foughtAgainst Black Banner']);
  });

  it('takes no killing of civilians, and no allies that clashed with a third party', async () => {
    expect((await relate('The Red Front killed 12 Ostlandic civilians.', [RED, OSTLANDIC])).lines).toEqual([]);
    const allies = await relate('Red Front and Black Banner fighters clashed with police.', [RED, BLACK]);
    expect(allies.lines).toEqual([]);
  });

  it('reads a place taken from a party, a party driven out and an offensive against an organization', async () => {
    expect((await relate('Ostlandic troops seized Lindar from the Black Banner.', [OSTLANDIC, city('Lindar'), BLACK])).lines).toContain('Ostlandic foughtAgainst Black Banner');
    expect((await relate('Ostlandic troops drove the Black Banner out of the valley.', [OSTLANDIC, BLACK])).lines).toEqual(['Ostlandic foughtAgainst Black Banner']);
    expect((await relate('The Red Front stepped up attacks against the Black Banner.', [RED, BLACK])).lines).toEqual(['Red Front foughtAgainst Black Banner']);
    expect((await relate('The Ostlandic army launched strikes on suspected Black Banner targets.', [OSTLANDIC, BLACK])).lines).toEqual(['Ostlandic foughtAgainst Black Banner']);
    expect((await relate('Red Front gunmen ambushed a Black Banner convoy.', [RED, BLACK])).lines).toEqual(['Red Front foughtAgainst Black Banner']);
  });

  it('takes no task handed over and no offensive still planned', async () => {
    expect((await relate('The Red Front took charge of Lindar from the Black Banner.', [RED, city('Lindar'), BLACK])).lines).not.toContain('Red Front foughtAgainst Black Banner');
    expect((await relate('The Red Front plans to launch attacks against the Black Banner.', [RED, BLACK])).lines).toEqual([]);
    // An organization hit without its people's noun is no party (a university, a company).
    expect((await relate('Ostlandic missiles hit the Black Banner University.', [OSTLANDIC, org('Black Banner University')])).lines).toEqual([]);
    // A passive attack names no attacker before the verb.
    expect((await relate('Their patrol of Ostlandic troops was attacked by Black Banner fighters.', [OSTLANDIC, BLACK])).lines).not.toContain('Ostlandic foughtAgainst Black Banner');
  });
});

describe('operatesIn for a group that attacks or has forces in a place', () => {
  it('reads attacks by a group, an attack it carried out or claimed, and its own forces there', async () => {
    expect((await relate('Attacks by the Black Banner in Lindar killed six.', [BLACK, city('Lindar')])).lines).toContain('Black Banner operatesIn Lindar');
    expect((await relate('Black Banner militants carried out the attack in Lindar.', [BLACK, city('Lindar')])).lines).toContain('Black Banner operatesIn Lindar');
    expect((await relate('The Black Banner claimed responsibility for the bombing in Lindar.', [BLACK, city('Lindar')])).lines).toContain('Black Banner operatesIn Lindar');
    expect((await relate('The Black Banner’s fighters in Lindar dug tunnels.', [BLACK, city('Lindar')])).lines).toEqual(['Black Banner operatesIn Lindar']);
  });

  it('takes no group blamed, no attack planned and no forces only sent', async () => {
    expect((await relate('The Black Banner was blamed for the attack in Lindar.', [BLACK, city('Lindar')])).lines).not.toContain('Black Banner operatesIn Lindar');
    expect((await relate('The Black Banner threatened to carry out attacks in Lindar.', [BLACK, city('Lindar')])).lines).not.toContain('Black Banner operatesIn Lindar');
    expect((await relate('The Black Banner’s fighters from Lindar dug tunnels.', [BLACK, city('Lindar')])).lines).toEqual([]);
  });
});

describe('wire news’ meetings and trips', () => {
  const LENZ = person('Anna Lenz');
  const KORR = person('Piet Korr');
  it('reads a meeting fronted before the person who met', async () => {
    expect((await relate('After his talks with Piet Korr on Monday, Anna Lenz flew home.', [KORR, LENZ])).lines).toEqual(['Piet Korr metWith Anna Lenz']);
    const { lines } = await relate('In addition to his meeting with Piet Korr, Anna Lenz also spoke with soldiers.', [KORR, LENZ]);
    expect(lines).toEqual(['Piet Korr metWith Anna Lenz']);
  });

  it('takes no fronted meeting still to come', async () => {
    const { lines } = await relate('Ahead of his planned meeting with Piet Korr, Anna Lenz spoke with soldiers.', [KORR, LENZ]);
    expect(lines).toEqual([]);
  });

  it('reads a place left, a traveller named after "with" and the first to visit', async () => {
    expect((await relate('After leaving Lindar, Anna Lenz is to travel to Ostland.', [city('Lindar'), LENZ, country('Ostland', 'OS')])).lines).toEqual(['Anna Lenz visited Lindar']);
    expect((await relate('Reporters who traveled with Anna Lenz to Lindar said the mood was calm.', [LENZ, city('Lindar')])).lines).toEqual(['Anna Lenz visited Lindar']);
    expect((await relate('Anna Lenz is the most senior envoy to visit Lindar in years.', [LENZ, city('Lindar')])).lines).toEqual(['Anna Lenz visited Lindar']);
  });

  it('takes no trip to come after leaving, nor a visit only expected', async () => {
    expect((await relate('After leaving Lindar, Anna Lenz is to travel to Ostland.', [city('Lindar'), LENZ, country('Ostland', 'OS')])).lines).not.toContain('Anna Lenz visited Ostland');
    expect((await relate('Anna Lenz is the first envoy expected to visit Lindar.', [LENZ, city('Lindar')])).lines).toEqual([]);
  });

  it('reads each pair of people meeting together, and each one’s visit', async () => {
    const VOSS = person('Jan Voss');
    const { lines } = await relate('Anna Lenz of the Unity Party, rebel chief Piet Korr and Prime Minister Jan Voss are meeting in the port city of Lindar.', [LENZ, KORR, VOSS, city('Lindar')]);
    expect(lines).toEqual(expect.arrayContaining(['Anna Lenz metWith Piet Korr', 'Anna Lenz metWith Jan Voss', 'Piet Korr metWith Jan Voss', 'Anna Lenz visited Lindar', 'Piet Korr visited Lindar', 'Jan Voss visited Lindar']));
  });

  it('takes no meeting reported of others, nor one to come', async () => {
    const VOSS = person('Jan Voss');
    expect((await relate('Anna Lenz said Piet Korr and Jan Voss are meeting in Lindar.', [LENZ, KORR, VOSS, city('Lindar')])).lines).not.toContain('Anna Lenz metWith Piet Korr');
    expect((await relate('Anna Lenz, Piet Korr and Jan Voss will be meeting in Lindar.', [LENZ, KORR, VOSS, city('Lindar')])).lines).toEqual([]);
  });
});
