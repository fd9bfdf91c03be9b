import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { org, person, region, relate } from './run.js';

describe('metWith: titled people met, a bracketed acronym, a title in apposition, no meeting still to come', () => {
  it('takes the titled person after "Body (ACR) Title", and the name after "the governor of Y,"', async () => {
    const acronym = await relate('Ion Rusu met with Moldovan President Ana Vrabie and Moldovan Security Council (MSC) Secretary Petru Lungu.', [
      person('Ion Rusu'),
      demonym('Moldovan', 'MD'),
      person('Ana Vrabie', 'President'),
      org('Moldovan Security Council'),
      org('MSC'),
      person('Petru Lungu', 'Secretary'),
    ]);
    expect(acronym.lines.filter((l) => l.includes('metWith')).sort()).toEqual(['Ion Rusu metWith Ana Vrabie', 'Ion Rusu metWith Petru Lungu']);
    const apposition = await relate('Ion Rusu met with the governor of Moldova’s Gagauzia region, Petru Lungu, on Monday.', [
      person('Ion Rusu'),
      region('Moldova'),
      region('Gagauzia'),
      person('Petru Lungu'),
    ]);
    expect(apposition.lines.filter((l) => l.includes('metWith'))).toEqual(['Ion Rusu metWith Petru Lungu']);
  });

  it('reads no meeting from a plan, from a body met without its official, or from a letter to the governor', async () => {
    const plan = await relate('Ion Rusu met with Petru Lungu and will likely meet Ana Vrabie next week.', [person('Ion Rusu'), person('Petru Lungu'), person('Ana Vrabie')]);
    expect(plan.lines).toEqual(['Ion Rusu metWith Petru Lungu']);
    const body = await relate('Ion Rusu met with the Moldovan Security Council (MSC) on Monday.', [person('Ion Rusu'), org('Moldovan Security Council'), org('MSC')]);
    // (A body is met through its people: metWith is between people, annotation guidelines.)
    expect(body.lines).toEqual([]);
    const letter = await relate('Ion Rusu wrote to the governor of Gagauzia, Petru Lungu, on Monday.', [person('Ion Rusu'), region('Gagauzia'), person('Petru Lungu')]);
    expect(letter.lines.filter((l) => l.includes('metWith'))).toEqual([]);
  });
});

describe('visited: a named gathering in "City, Country", a front at an unspecified location', () => {
  it('puts the speaker at a named summit in its city and country, and a visitor of the front in the region', async () => {
    const summit = await relate('Ion Rusu said during the Danube Council summit in Ruse, Bulgaria, that trade grew.', [
      person('Ion Rusu'),
      org('Danube Council'),
      { text: 'Ruse', type: 'Place', placeKind: 'City' },
      { text: 'Bulgaria', type: 'Place', placeKind: 'Country' },
    ]);
    expect(summit.lines.filter((l) => l.includes('visited')).sort()).toEqual(['Ion Rusu visited Bulgaria', 'Ion Rusu visited Ruse']);
    const front = await relate('Ion Rusu visited the frontlines at an undisclosed location in Gagauzia on Monday.', [person('Ion Rusu'), region('Gagauzia')]);
    expect(front.lines).toEqual(['Ion Rusu visited Gagauzia']);
  });

  it('reads no visit from talk about a summit or a front seen from afar', async () => {
    const about = await relate('Ion Rusu commented on the Danube Council summit in Ruse, Bulgaria.', [
      person('Ion Rusu'),
      org('Danube Council'),
      { text: 'Ruse', type: 'Place', placeKind: 'City' },
      { text: 'Bulgaria', type: 'Place', placeKind: 'Country' },
    ]);
    expect(about.lines.filter((l) => l.includes('visited'))).toEqual([]);
    const map = await relate('Ion Rusu described the frontlines at an unspecified location in Gagauzia.', [person('Ion Rusu'), region('Gagauzia')]);
    expect(map.lines).toEqual([]);
  });
});
