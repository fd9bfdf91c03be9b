import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { org, person, relate } from './run.js';

// Branch newsrel4: offices of wire news whose body stands before the title and the holder after it.
describe('an organization’s office for an area, the holder in apposition', () => {
  it('ties the holder to the organization, not to the area', async () => {
    expect((await relate('The Grain Relief Agency’s top representative in Ostland, Anna Lenz, spoke.', [org('Grain Relief Agency'), country('Ostland', 'OS'), person('Anna Lenz')])).lines).toEqual([
      'Anna Lenz memberOf Grain Relief Agency',
    ]);
    expect((await relate('Free Voices’ director for Ostland, Anna Lenz, said the trial was unfair.', [org('Free Voices'), country('Ostland', 'OS'), person('Anna Lenz')])).lines).toEqual([
      'Anna Lenz leaderOf Free Voices',
    ]);
  });

  it('still ties an envoy to his country and leaves an office "of" a body alone', async () => {
    expect((await relate('Ostland’s ambassador to Valdor, Anna Lenz, spoke.', [country('Ostland', 'OS'), country('Valdor', 'VD'), person('Anna Lenz')])).lines).toEqual([
      'Anna Lenz memberOf Ostland',
    ]);
    expect((await relate('Free Voices’ director for Ostland said the trial was unfair.', [org('Free Voices'), country('Ostland', 'OS')])).lines).toEqual([]);
  });
});

describe('the holder’s name in a bracket after the office', () => {
  it('reads the body or the nationality before the office', async () => {
    expect((await relate('The Coastal Council’s secretary-general (Anna Lenz) said the group trusts Valdor.', [org('Coastal Council'), person('Anna Lenz'), country('Valdor', 'VD')])).lines).toEqual([
      'Anna Lenz leaderOf Coastal Council',
    ]);
    expect((await relate('Gunmen shot a top Ostlandish security official (Petru Lungu) on Monday.', [demonym('Ostlandish', 'OS'), person('Petru Lungu')])).lines).toEqual([
      'Petru Lungu memberOf Ostlandish',
    ]);
  });

  it('gives nothing for a bracket that is no holder', async () => {
    expect((await relate('The Coastal Council’s secretary-general (a post Anna Lenz once held) spoke.', [org('Coastal Council'), person('Anna Lenz')])).lines).toEqual([]);
  });
});

describe('a government or a party "of" its head', () => {
  it('reads the head of a country’s government and the member of a party', async () => {
    expect((await relate('Rebels hit targets tied to the Ostlandish government of President Anna Lenz.', [demonym('Ostlandish', 'OS'), person('Anna Lenz', 'President')])).lines).toEqual([
      'Anna Lenz leaderOf Ostlandish',
    ]);
    expect((await relate('Fighting broke out between Red Hand and the rival Unity party of President Anna Lenz.', [org('Red Hand'), org('Unity'), person('Anna Lenz', 'President')])).lines).toEqual([
      'Anna Lenz memberOf Unity',
    ]);
  });

  it('gives nothing for a government named without its country, or a party’s program', async () => {
    expect((await relate('Parliament dismissed the government of Prime Minister Anna Lenz.', [person('Anna Lenz', 'Prime Minister')])).lines).toEqual([]);
    expect((await relate('The Unity party program of 2004 praised Anna Lenz.', [org('Unity'), person('Anna Lenz')])).lines).toEqual([]);
  });
});
