import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition, sanitizeFileName, sanitizeMimeType, verifiedMimeType } from '../../src/features/files/file-names.js';
import { etagMatches, parseRange } from '../../src/features/files/range.js';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['/abs/path/x.txt', 'x.txt'],
    ['a\u0000b', 'ab'],
    ['\u202Egpj.exe', 'gpj.exe'],
    ['  spaced   name .txt ', 'spaced name .txt'],
    ['..', 'file'],
    ['', 'file'],
    [undefined, 'file'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitizeFileName(raw)).toBe(expected);
  });

  it('never yields a separator, a control character, "..", or more than 255 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (raw) => {
        const name = sanitizeFileName(raw);
        expect(name).not.toMatch(/[/\\\u0000-\u001f\u007f]/);
        expect(name).not.toBe('..');
        expect([...name].length).toBeLessThanOrEqual(255);
        expect(name.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('mime types', () => {
  it('keeps type/subtype, drops parameters and junk', () => {
    expect(sanitizeMimeType('Text/HTML; charset=utf-8')).toBe('text/html');
    expect(sanitizeMimeType('nonsense')).toBe('application/octet-stream');
    expect(sanitizeMimeType(undefined)).toBe('application/octet-stream');
  });

  it('believes an inline-image claim only when the bytes agree', () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    expect(verifiedMimeType('image/png', png)).toBe('image/png');
    expect(verifiedMimeType('image/png', Buffer.from('<html>'))).toBe('application/octet-stream');
    expect(verifiedMimeType('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(verifiedMimeType('image/svg+xml', Buffer.from('<svg/>'))).toBe('image/svg+xml');
  });
});

describe('contentDisposition', () => {
  it('escapes quotes and non-ASCII in the fallback and percent-encodes the UTF-8 name', () => {
    expect(contentDisposition('a "b".txt', false)).toBe(`attachment; filename="a _b_.txt"; filename*=UTF-8''a%20%22b%22.txt`);
    expect(contentDisposition("it's (1)*.png", true)).toBe(`inline; filename="it's (1)*.png"; filename*=UTF-8''it%27s%20%281%29%2A.png`);
  });
});

describe('parseRange', () => {
  it.each([
    [undefined, { kind: 'full' }],
    ['bytes=0-99', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=900-', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-100', { kind: 'partial', start: 900, end: 999 }],
    ['bytes=-5000', { kind: 'partial', start: 0, end: 999 }],
    ['bytes=500-99999', { kind: 'partial', start: 500, end: 999 }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=5-1', { kind: 'full' }],
    ['bytes=0-1,5-6', { kind: 'full' }],
    ['items=0-1', { kind: 'full' }],
    ['garbage', { kind: 'full' }],
  ])('%j on 1000 bytes → %j', (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });

  it('matches ETags weakly and with *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc", "x"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});
