import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineDecoder, encodeReply, pythonJson } from '../../src/legacy/line-codec.js';

/** Splits `bytes` at the given cut points. */
function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  out.push(bytes.subarray(prev));
  return out;
}

const decodeAll = (max: number, chunks: Buffer[]) => {
  const d = new LineDecoder(max);
  return chunks.flatMap((c) => d.push(c));
};

describe('LineDecoder', () => {
  it('splits commands on \\r\\n, several per chunk, and across chunks', () => {
    const d = new LineDecoder(1000);
    expect(d.push(Buffer.from('auth a b \r\nsend t bob  hi \r\npart'))).toEqual([
      { ok: true, line: 'auth a b ' },
      { ok: true, line: 'send t bob  hi ' },
    ]);
    expect(d.push(Buffer.from('ial line\r'))).toEqual([]);
    expect(d.push(Buffer.from('\ninfo\r\n'))).toEqual([
      { ok: true, line: 'partial line' },
      { ok: true, line: 'info' },
    ]);
    expect(d.buffered).toBe(0);
  });

  it('keeps a bare \\n inside the line', () => {
    expect(decodeAll(100, [Buffer.from('a\nb\r\n')])).toEqual([{ ok: true, line: 'a\nb' }]);
  });

  it('decodes UTF-8 split across chunks, and rejects invalid UTF-8', () => {
    const bytes = Buffer.from('send t b héllo 😀\r\n');
    expect(decodeAll(100, chunked(bytes, [16, 17, 20]))).toEqual([{ ok: true, line: 'send t b héllo 😀' }]);
    expect(decodeAll(100, [Buffer.from([0x61, 0xff, 0xfe, 0x0d, 0x0a])])).toEqual([{ ok: false, error: 'invalid_utf8' }]);
  });

  it('rejects an over-long line once, and frames nothing after it', () => {
    const d = new LineDecoder(10);
    expect(d.push(Buffer.from('0123456789A'))).toEqual([{ ok: false, error: 'too_long' }]);
    expect(d.push(Buffer.from('\r\ninfo\r\n'))).toEqual([]);
    expect(decodeAll(10, [Buffer.from('0123456789AB\r\n')])).toEqual([{ ok: false, error: 'too_long' }]);
    expect(decodeAll(10, [Buffer.from('0123456789\r\n')])).toEqual([{ ok: true, line: '0123456789' }]);
  });

  it('any chunking of a byte stream yields the same lines (property)', () => {
    const line = fc
      .string({ unit: fc.constantFrom('a', ' ', 'é', '😀', '\n', '\r', 'x'), maxLength: 30 })
      .filter((s) => !s.includes('\r\n') && !s.endsWith('\r'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), (lines, cuts) => {
        const bytes = Buffer.from(lines.map((l) => `${l}\r\n`).join(''));
        const expected = lines.map((l) => ({ ok: true, line: l }));
        expect(decodeAll(10_000, [bytes])).toEqual(expected);
        expect(decodeAll(10_000, chunked(bytes, cuts))).toEqual(expected);
        // Byte by byte, the extreme chunking.
        expect(
          decodeAll(
            10_000,
            [...bytes].map((b) => Buffer.from([b])),
          ),
        ).toEqual(expected);
      }),
    );
  });

  it('never throws, whatever the bytes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 10 }), fc.integer({ min: 1, max: 50 }), (chunks, max) => {
        const d = new LineDecoder(max);
        for (const c of chunks) for (const l of d.push(Buffer.from(c))) if (l.ok) expect(Buffer.byteLength(l.line)).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('rejects every line longer than the maximum, however it is chunked (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 20 }), fc.array(fc.nat(), { maxLength: 6 }), (max, extra, cuts) => {
        const bytes = Buffer.from(`${'x'.repeat(max + extra)}\r\n`);
        expect(decodeAll(max, chunked(bytes, cuts))).toEqual([{ ok: false, error: 'too_long' }]);
      }),
    );
  });
});

describe('replies', () => {
  it('are written as Python json.dumps does, ASCII only, with the \\r\\n\\r\\n terminator', () => {
    expect(encodeReply({ status: 'OK', tokenid: 'abc' }).toString()).toBe('{"status": "OK", "tokenid": "abc"}\r\n\r\n');
    expect(pythonJson({ m: ['héllo 😀', 1, true, null], n: { a: 'x"\n' } })).toBe(
      '{"m": ["h\\u00e9llo \\ud83d\\ude00", 1, true, null], "n": {"a": "x\\"\\n"}}',
    );
    expect([...encodeReply({ msg: 'Ünïcödé' })].every((b) => b < 0x80)).toBe(true);
  });
});
