import { describe, expect, it } from 'vitest';
import { cleanSurface } from '../../src/resolve/surface.js';
import { mentionAt } from '../helpers/mention.js';

const surface = (text: string): string => cleanSurface({ ...mentionAt(0, text.length), text });

describe('a name whose first part is quoted reads without the quotes (resolve/surface.ts)', () => {
  it('drops the quote pair around the first part of a longer name', () => {
    expect(surface('\u201cOrlan\u201d Volunteer Battalion')).toBe('Orlan Volunteer Battalion');
    expect(surface('\u201dOrlan Sokil\u201d Battalion')).toBe('Orlan Sokil Battalion');
  });

  it('keeps names with no quoted part, and quotes around the whole name go as before', () => {
    expect(surface('\u201cOrlan\u201d')).toBe('Orlan');
    expect(surface('People\u2019s Militia')).toBe('People\u2019s Militia');
    expect(surface('the Orlan Battalion')).toBe('Orlan Battalion');
  });
});
