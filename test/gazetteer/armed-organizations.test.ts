import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerRecognizer } from '../../src/recognize/recognizers/gazetteer.js';
import { prepare } from '../helpers/prepare.js';
import { env, find, places } from './run.js';

function listDir(name: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-armed-'));
  writeFileSync(join(dir, name), JSON.stringify(content));
  return dir;
}

const list = (entries: unknown[]): unknown => ({ name: 'field-groups', source: 'Our own notes on armed groups', entries });

describe('an organization a list marks armed', () => {
  it('carries the mark to its mentions, and a civil one does not', async () => {
    const dir = listDir('groups.json', list([
      { name: 'Crimson Banner Front', aliases: ['CBF'], type: 'Organization', armed: true },
      { name: 'Crimson Relief Society', type: 'Organization' },
    ]));
    const recognizer = await gazetteerRecognizer({ lists: ['builtin', 'groups.json'] }, { ...env, baseDir: dir });
    const doc = await prepare('CBF fighters shelled a clinic of the Crimson Relief Society on Monday.');
    const ms = recognizer.recognize(doc, []);
    expect(find(ms, 'CBF')?.ref).toMatchObject({ id: 'org:crimson-banner-front', armed: true });
    expect(find(ms, 'Crimson Relief Society')?.ref?.armed).toBeUndefined();
  });

  it('marks the armed groups of the curated organizations list, not its civil bodies', async () => {
    const ms = await places('Hezbollah and the Houthis were condemned by Amnesty International and the UN.');
    expect(find(ms, 'Hezbollah')?.ref?.armed).toBe(true);
    expect(find(ms, 'Houthis')?.ref?.armed).toBe(true);
    expect(find(ms, 'Amnesty International')?.ref?.armed).toBeUndefined();
    expect(find(ms, 'UN')?.ref?.armed).toBeUndefined();
  });

  it('marks the armed movements of the wire-news list, not its parties', async () => {
    const ms = await places('The SPLA and the Shining Path were named beside the SPLM and the Awami League.');
    expect(find(ms, 'SPLA')?.ref?.armed).toBe(true);
    expect(find(ms, 'Shining Path')?.ref?.armed).toBe(true);
    expect(find(ms, 'SPLM')?.ref?.armed).toBeUndefined();
    expect(find(ms, 'Awami League')?.ref?.armed).toBeUndefined();
  });

  it('refuses the mark on a place, or as anything but true', async () => {
    const place = listDir('bad.json', list([{ name: 'Qarqur', type: 'Place', armed: true }]));
    await expect(async () => gazetteerRecognizer({ lists: ['bad.json'] }, { ...env, baseDir: place })).rejects.toThrow(/entries\[0\]\.armed is only for type Organization/);
    const word = listDir('bad.json', list([{ name: 'Crimson Banner Front', type: 'Organization', armed: 'yes' }]));
    await expect(async () => gazetteerRecognizer({ lists: ['bad.json'] }, { ...env, baseDir: word })).rejects.toThrow(/armed is only for type Organization and must be true/);
  });
});
