import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerRecognizer } from '../../src/recognize/recognizers/gazetteer.js';
import { prepare } from '../helpers/prepare.js';
import { env, find, places } from './run.js';

function listDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gaz-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const userList = {
  name: 'field-notes',
  source: 'Our own order-of-battle notes',
  entries: [
    { name: 'Steppe Wolves Battalion', aliases: ['Steppe Wolves', 'SWB'], type: 'MilitaryUnit', country: 'UA', sameAs: ['https://example.org/units/steppe-wolves'] },
    { name: 'Verkhnia Balka', type: 'Place', placeKind: 'Place', country: 'UA', lat: 47.1, lon: 36.2 },
  ],
};

describe('user gazetteer files', () => {
  it('loads a file named relative to the pipeline file, next to the built-in lists', async () => {
    const dir = listDir({ 'units.json': userList });
    const recognizer = await gazetteerRecognizer({ lists: ['builtin', 'units.json'] }, { ...env, baseDir: dir });
    const doc = await prepare('The Steppe Wolves moved from Verkhnia Balka towards Kramatorsk; SWB officers confirmed it.');
    const ms = recognizer.recognize(doc, []);
    expect(find(ms, 'Steppe Wolves')).toMatchObject({ type: 'MilitaryUnit', priority: 60, ref: { id: 'unit:steppe-wolves-battalion', source: 'field-notes', sameAs: ['https://example.org/units/steppe-wolves'] } });
    expect(find(ms, 'SWB')?.form).toBe('acronym');
    expect(find(ms, 'Verkhnia Balka')?.ref).toMatchObject({ id: 'region:verkhnia-balka', lat: 47.1, country: 'UA' });
    expect(find(ms, 'Kramatorsk')?.ref?.id).toMatch(/^geonames:/);
  });

  it('selects built-in lists by name', async () => {
    const ms = await places('Delegates from Ukraine met in Kyiv with NATO.', { lists: ['builtin:countries', 'builtin:organizations'] });
    expect(ms.map((m) => m.text)).toEqual(['Ukraine', 'NATO']);
  });

  it('refuses a bad file with a message naming the file and the problem', async () => {
    const bad = { ...userList, entries: [{ name: 'Nowhere', type: 'Town' }] };
    const dir = listDir({ 'bad.json': bad, 'broken.json': '{ "name": ' });
    await expect(async () => gazetteerRecognizer({ lists: ['bad.json'] }, { ...env, baseDir: dir })).rejects.toThrow(/bad\.json.*entries\[0\]\.type must be one of/);
    await expect(async () => gazetteerRecognizer({ lists: ['broken.json'] }, { ...env, baseDir: dir })).rejects.toThrow(/broken\.json: not valid JSON/);
    await expect(async () => gazetteerRecognizer({ lists: ['missing.json'] }, { ...env, baseDir: dir })).rejects.toThrow(/missing\.json: cannot read/);
  });

  it('refuses unknown built-in lists and options', async () => {
    await expect(async () => gazetteerRecognizer({ lists: ['builtin:villages'] }, env)).rejects.toThrow(/unknown built-in list "villages"/);
    await expect(async () => gazetteerRecognizer({ list: ['builtin'] }, env)).rejects.toThrow(/unknown option "list"/);
  });
});
