import { describe, expect, it } from 'vitest';
import { listHead } from '../../src/relations/list-head.js';
import { addMentions } from './annotate.js';
import { prepare } from '../helpers/prepare.js';
import { city } from './run.js';

/** Branch speed19: listHead keeps the last place's head; asked again, or for another document, it answers as without. */
describe('the last head kept by listHead (list-head.ts)', () => {
  it('gives the same head when the same place is asked twice', async () => {
    const doc = addMentions(await prepare('Freedonian troops advanced near Tarnok, Velmy, and Ostrets.'), [city('Tarnok'), city('Velmy'), city('Ostrets')]);
    const ostrets = doc.mentions.find((m) => m.text === 'Ostrets')!;
    expect(listHead(doc, ostrets).text).toBe('Tarnok');
    expect(listHead(doc, ostrets).text).toBe('Tarnok');
  });

  it('reads the other document when a place of another document with the same offsets is asked', async () => {
    const listed = addMentions(await prepare('Freedonian troops advanced near Tarnok, Velmy, and Ostrets.'), [city('Tarnok'), city('Velmy'), city('Ostrets')]);
    const alone = addMentions(await prepare('Freedonian troops advanced near Tarnok; Velmy, and Ostrets.'), [city('Velmy'), city('Ostrets')]);
    const first = listed.mentions.find((m) => m.text === 'Ostrets')!;
    const second = alone.mentions.find((m) => m.text === 'Ostrets')!;
    expect(listHead(listed, first).text).toBe('Tarnok');
    expect(listHead(alone, second).text).toBe('Velmy');
    expect(listHead(listed, first).text).toBe('Tarnok');
  });
});
