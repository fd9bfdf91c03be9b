import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

// Invented sentences.
describe('"<movement> in <place>": a regional branch', () => {
  it('is one organization, without the movement\'s record or the place', async () => {
    const ms = await places('Al-Qaeda in Iraq and Ansar al-Sharia in Libya were blamed, as was the Islamic State in the Sinai Peninsula.');
    expect(find(ms, 'Al-Qaeda in Iraq')?.ref).toMatchObject({ id: 'org:al-qaeda-in-iraq', type: 'Organization', armed: true });
    expect(find(ms, 'Ansar al-Sharia in Libya')?.type).toBe('Organization');
    expect(find(ms, 'Islamic State in the Sinai Peninsula')?.type).toBe('Organization');
    expect(ms.some((m) => m.text === 'Iraq' || m.text === 'Libya')).toBe(false);
  });

  it('is the movement and a place for "Islamic State in <country>", and nothing new without a capitalized place', async () => {
    const ms = await places('The Islamic State in Syria lost ground, and al-Qaeda in its statement said so.');
    expect(find(ms, 'Islamic State')?.ref?.id).toBe('org:islamic-state');
    expect(find(ms, 'Syria')?.ref?.id).toBe('country:SY');
    expect(find(ms, 'al-Qaeda')?.ref?.id).toBe('org:al-qaeda');
  });

  it('reads no other organization so ("Hezbollah in Lebanon")', async () => {
    const ms = await places('Hezbollah in Lebanon rejected the plan.');
    expect(find(ms, 'Hezbollah')?.type).toBe('Organization');
    expect(find(ms, 'Lebanon')?.type).toBe('Place');
  });
});
