import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { person, relate } from './run.js';

const said = (lines: string[]): string[] => lines.filter((l) => l.includes('communicatedWith')).sort();

describe('communicatedWith: calls, conversations and letters between named people', () => {
  it('reads a call by its verb, its noun, fronted or after the clause it carried', async () => {
    const spoke = await relate('Ion Rusu and Petru Lungu spoke by telephone on Sunday.', [person('Ion Rusu'), person('Petru Lungu')]);
    expect(said(spoke.lines)).toEqual(['Ion Rusu communicatedWith Petru Lungu']);
    const noun = await relate('Moldovan Prime Minister Ion Rusu held an hour-long phone call with Petru Lungu.', [demonym('Moldovan', 'MD'), person('Ion Rusu', 'Prime Minister'), person('Petru Lungu')]);
    expect(said(noun.lines)).toEqual(['Ion Rusu communicatedWith Petru Lungu']);
    const fronted = await relate('During a video call with Petru Lungu, Ion Rusu promised more grain.', [person('Petru Lungu'), person('Ion Rusu')]);
    expect(said(fronted.lines)).toEqual(['Petru Lungu communicatedWith Ion Rusu']);
    const carried = await relate('Ion Rusu repeated his demands in a telephone conversation with Petru Lungu on May 3.', [person('Ion Rusu'), person('Petru Lungu')]);
    expect(said(carried.lines)).toEqual(['Ion Rusu communicatedWith Petru Lungu']);
    const told = await relate('Ion Rusu congratulated Petru Lungu in a telephone conversation.', [person('Ion Rusu'), person('Petru Lungu')]);
    expect(said(told.lines)).toEqual(['Ion Rusu communicatedWith Petru Lungu']);
    const phoned = await relate('Ion Rusu telephoned Petru Lungu and Ana Vrabie on Friday.', [person('Ion Rusu'), person('Petru Lungu'), person('Ana Vrabie')]);
    expect(said(phoned.lines)).toEqual(['Ion Rusu communicatedWith Ana Vrabie', 'Ion Rusu communicatedWith Petru Lungu']);
  });

  it('reads letters sent, written and received', async () => {
    const sent = await relate('Ion Rusu sent a letter to Petru Lungu on Friday.', [person('Ion Rusu'), person('Petru Lungu')]);
    expect(said(sent.lines)).toEqual(['Ion Rusu communicatedWith Petru Lungu']);
    const received = await relate('Ion Rusu received a message from Petru Lungu.', [person('Ion Rusu'), person('Petru Lungu')]);
    expect(said(received.lines)).toEqual(['Ion Rusu communicatedWith Petru Lungu']);
  });

  it('reads no call still to come, refused or denied, and no name-calling', async () => {
    for (const text of [
      'Ion Rusu is expected to speak with Petru Lungu by phone next week.',
      'Ion Rusu refused to take a call from Petru Lungu.',
      'Ion Rusu did not speak with Petru Lungu during the summit.',
      'Ion Rusu called Petru Lungu a traitor.',
      'Ion Rusu urged Petru Lungu to resign.',
      'Ion Rusu asked Petru Lungu to call him.',
    ]) {
      const { lines } = await relate(text, [person('Ion Rusu'), person('Petru Lungu')]);
      expect(said(lines), text).toEqual([]);
    }
  });

  it('keeps telephone talks a meeting, as the annotation guidelines count them, and states no call beside it', async () => {
    const talks = await relate('Ion Rusu held telephone talks with Petru Lungu.', [person('Ion Rusu'), person('Petru Lungu')]);
    expect(talks.lines).toEqual(['Ion Rusu metWith Petru Lungu']);
  });

  it('is between people only: a body written to is no partner', async () => {
    const { lines } = await relate('Ion Rusu sent a letter to the Security Council.', [person('Ion Rusu'), { text: 'Security Council', type: 'Organization', nth: 0 }]);
    expect(said(lines)).toEqual([]);
  });
});
