import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../src/recognize/recognizers/organization.js';
import { recognizeWith } from './run.js';

const units = async (text: string): Promise<string[]> =>
  (await recognizeWith(organizationRecognizer, text)).filter((m) => m.type === 'MilitaryUnit').map((m) => m.text);

// Guidelines: named multinational forces are UNIT.
describe('mission-force: multinational and peacekeeping forces are units', () => {
  it('reads a "… Force" name holding a mission word, and an acronym ending in FOR', async () => {
    expect(await units('The Multinational Stabilization Force sent troops, and the Northern Peacekeeping Force left.')).toEqual([
      'Multinational Stabilization Force',
      'Peacekeeping Force',
    ]);
    expect(await units('ZEFOR patrols reached the border.')).toEqual(['ZEFOR']);
  });

  it('leaves other "Force" names, a lower-case force, and acronyms of another shape', async () => {
    expect(await units('The Volunteer Force and the Task Force met. An international force arrived. FORD and NAFTA spoke. The Interim Council met.')).toEqual([]);
  });
});
