// Framing of the legacy protocol. Client → server: commands ending in "\r\n", arriving in any
// chunking; several per chunk, or one split across many. Server → client: one JSON object per command
// followed by "\r\n\r\n". Lines are kept as chunk lists until complete, so a multi-megabyte line (a file
// in base64) is copied once, not once per chunk.

export type DecodedLine = { ok: true; line: string } | { ok: false; error: 'too_long' | 'invalid_utf8' };

const CR = 0x0d;
const LF = 0x0a;

export class LineDecoder {
  private chunks: Buffer[] = [];
  private length = 0;
  /** Set after an over-long line: the rest of the stream is not framed any more. */
  private failed = false;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly maxLineBytes: number) {}

  /** Bytes of the incomplete line held so far. */
  get buffered(): number {
    return this.length;
  }

  /** Feeds a chunk; returns the lines it completed, in order. Never throws. */
  push(chunk: Buffer): DecodedLine[] {
    if (this.failed) return [];
    const out: DecodedLine[] = [];
    let start = 0;
    // A "\r" that ended the previous chunk and a "\n" that starts this one end a line.
    if (chunk.length > 0 && chunk[0] === LF && this.endsWithCr()) {
      out.push(this.take(Buffer.alloc(0), true));
      start = 1;
    }
    let from = start;
    while (!this.failed) {
      const lf = chunk.indexOf(LF, from);
      if (lf < 0) break;
      if (lf > start && chunk[lf - 1] === CR) {
        out.push(this.take(chunk.subarray(start, lf - 1), false));
        start = lf + 1;
      }
      // Otherwise a bare "\n": part of the line (only "\r\n" ends one).
      from = lf + 1;
    }
    if (!this.failed && start < chunk.length) this.append(chunk.subarray(start));
    if (this.failed && !out.some((l) => !l.ok && l.error === 'too_long')) out.push({ ok: false, error: 'too_long' });
    return out;
  }

  private endsWithCr(): boolean {
    const last = this.chunks[this.chunks.length - 1];
    return last !== undefined && last.length > 0 && last[last.length - 1] === CR;
  }

  private append(part: Buffer): void {
    this.length += part.length;
    if (this.length > this.maxLineBytes) {
      this.failed = true;
      this.chunks = [];
      this.length = 0;
      return;
    }
    if (part.length > 0) this.chunks.push(part);
  }

  /** Completes the line: the held chunks plus `tail` (minus a held trailing "\r" if `dropHeldCr`). */
  private take(tail: Buffer, dropHeldCr: boolean): DecodedLine {
    const total = this.length + tail.length - (dropHeldCr ? 1 : 0);
    if (total > this.maxLineBytes) {
      this.failed = true;
      this.chunks = [];
      this.length = 0;
      return { ok: false, error: 'too_long' };
    }
    const parts = tail.length > 0 ? [...this.chunks, tail] : this.chunks;
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, this.length + tail.length);
    if (dropHeldCr) bytes = bytes.subarray(0, bytes.length - 1);
    this.chunks = [];
    this.length = 0;
    try {
      return { ok: true, line: this.utf8.decode(bytes) };
    } catch {
      return { ok: false, error: 'invalid_utf8' };
    }
  }
}

/** A reply as the seed's server wrote it: json.dumps(reply) + "\r\n\r\n". */
export function encodeReply(reply: Record<string, unknown>): Buffer {
  return Buffer.from(`${pythonJson(reply)}\r\n\r\n`, 'latin1');
}

/**
 * JSON as Python's json.dumps writes it by default: ", " and ": " separators and ensure_ascii (every
 * non-ASCII character as \\uXXXX). The old clients decode each 1 KiB recv() chunk on its own, so a
 * multi-byte UTF-8 character split across two chunks would crash them; pure ASCII cannot be split.
 */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return asciiString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${asciiString(k)}: ${pythonJson(v)}`).join(', ')}}`;
  }
  return 'null';
}

function asciiString(s: string): string {
  return JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
