import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newId, newToken, sha256Hex } from '../../src/shared/ids.js';

describe('ids', () => {
  it('newId: 26 Crockford base32 characters, strictly increasing, time-prefixed', () => {
    const ids = Array.from({ length: 20_000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // The first 10 characters encode the millisecond time.
    let t = 0;
    for (const c of ids[0]!.slice(0, 10)) t = t * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c);
    expect(Math.abs(t - Date.now())).toBeLessThan(5000);
  });

  it('newToken: 256 bits, base64url', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
  });

  it('sha256Hex matches createHash', () => {
    expect(sha256Hex('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(sha256Hex(Buffer.from('abc'))).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});
