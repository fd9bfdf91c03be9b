import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch prec25 (issue 13): what forces can do or are let do is no attack (capability.ts). */
describe('an attack stated as a capability (capability.ts)', () => {
  it('reads no attack after "ability to" or after "allows … to"', async () => {
    const ability = await relate('Winter weather will reduce Russian forces’ ability to shell Tarnok.', [ru, city('Tarnok')]);
    expect(attacks(ability.lines)).toEqual([]);
    const allows = await relate('The capture of the hill allows Russian forces to attack Tarnok from the east.', [ru, city('Tarnok')]);
    expect(attacks(allows.lines)).toEqual([]);
  });

  it('keeps the attacks whose pace forces keep up, and attacks stated plainly', async () => {
    const pace = await relate('Shortages may impact Russian forces’ ability to maintain their pace of offensive operations near Tarnok.', [ru, city('Tarnok')]);
    expect(attacks(pace.lines)).toEqual(['Russian attacked Tarnok']);
    const plain = await relate('Russian forces shelled Tarnok, which allowed them to advance.', [ru, city('Tarnok')]);
    expect(attacks(plain.lines)).toEqual(['Russian attacked Tarnok']);
  });
});
