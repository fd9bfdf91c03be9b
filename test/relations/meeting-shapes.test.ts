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
    expect(body.lines).toEqual(['Ion Rusu metWith Moldovan Security Council']);
    const letter = await relate('Ion Rusu wrote to the governor of Gagauzia, Petru Lungu, on Monday.', [person('Ion Rusu'), region('Gagauzia'), person('Petru Lungu')]);
    expect(letter.lines.filter((l) => l.includes('metWith'))).toEqual([]);
  });
});
