import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a BOM', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Durrës port'))).toEqual({ ok: true, text: 'Durrës port', encoding: 'utf-8' });
  });

  it('normalizes CRLF and lone CR to LF', () => {
    const r = decodeBytes(bytes('Kyiv\r\n\r\nKharkiv\rSumy'));
    expect(r.ok && r.text).toBe('Kyiv\n\nKharkiv\nSumy');
  });

  it('reads UTF-16 with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Odesa 🚢', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: 'Odesa 🚢', encoding: 'utf-16le' });
  });

  it('refuses binary data with the offset of the NUL byte', () => {
    const r = decodeBytes(bytes('PK', [0x03, 0x04, 0x00, 0x00]));
    expect(r).toEqual({ ok: false, reason: 'binary file: NUL byte at offset 4' });
  });

  it('refuses invalid UTF-8 and says where', () => {
    const r = decodeBytes(bytes('Caf', [0xe9], ' au lait'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('not valid UTF-8: bad byte sequence at offset 3');
  });

  it('refuses text that is mostly control characters', () => {
    const r = decodeBytes(bytes([1, 2, 3, 4, 5], 'abc'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^not text: 5 control characters/);
  });
});
