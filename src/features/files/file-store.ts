// Content-addressed file storage on disk: DATA_DIR/<kind>/ab/cd/<sha256>, one store per kind of object
// (`files` for uploads, `avatars` for avatars: what entered as one is never served as the other). An upload streams into a temp
// file while being hashed (never held whole in memory), is fsynced, then renamed into place; the same
// bytes uploaded twice are stored once. A failed or aborted upload leaves nothing behind.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ensurePrivateDir } from '../../shared/private-files.js';
import { AppError } from '../../shared/errors.js';

export interface IngestedFile {
  sha256: string;
  size: number;
  /** The first bytes, for type checks. */
  head: Buffer;
}

const HEAD_BYTES = 16;

export class FileStore {
  readonly root: string;
  readonly tmp: string;

  constructor(dataDir: string, kind: 'files' | 'avatars' = 'files') {
    this.root = path.join(dataDir, kind);
    this.tmp = path.join(this.root, 'tmp');
    ensurePrivateDir(this.root);
    ensurePrivateDir(this.tmp);
  }

  pathFor(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /**
   * Streams `source` into the store. Over `maxBytes`: 413, and the partial file is removed. With
   * `expect`, bytes of any other hash are not kept either (null is returned).
   */
  async ingest(source: Readable | AsyncIterable<Buffer>, maxBytes: number): Promise<IngestedFile>;
  async ingest(source: Readable | AsyncIterable<Buffer>, maxBytes: number, expect: string): Promise<IngestedFile | null>;
  async ingest(source: Readable | AsyncIterable<Buffer>, maxBytes: number, expect?: string): Promise<IngestedFile | null> {
    const temp = path.join(this.tmp, `${Date.now()}-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    // Hashes, counts and checks the limit on the way through; the write stream below applies
    // backpressure to the upload, so memory stays bounded whatever the file size.
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(tooLarge(maxBytes));
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      // flush: fsync before close, so the object is on disk before its row is committed.
      await pipeline(source, measure, fs.createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true, highWaterMark: 1024 * 1024 }));
      // The stream may end early without an error when a size limit upstream truncated it.
      if ((source as { truncated?: boolean }).truncated) throw tooLarge(maxBytes);
      const sha256 = hash.digest('hex');
      if (expect !== undefined && sha256 !== expect) {
        await fs.promises.rm(temp, { force: true });
        return null;
      }
      await this.place(temp, sha256);
      return { sha256, size, head };
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      throw error;
    }
  }

  /** Copies an object of another store into this one (same bytes, same address). */
  async adopt(from: FileStore, sha256: string): Promise<void> {
    if (this.exists(sha256) || !from.exists(sha256)) return;
    await this.ingest(fs.createReadStream(from.pathFor(sha256)), Number.MAX_SAFE_INTEGER, sha256);
  }

  /** The first `bytes` bytes of a stored object (fewer if it is shorter). */
  async head(sha256: string, bytes: number): Promise<Buffer> {
    const handle = await fs.promises.open(this.pathFor(sha256), 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  exists(sha256: string): boolean {
    return fs.existsSync(this.pathFor(sha256));
  }

  /** Every stored object: sha256, path and modification time (for garbage collection). */
  async *objects(): AsyncGenerator<{ sha256: string; file: string; mtimeMs: number }> {
    for (const a of await readdirSafe(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of await readdirSafe(path.join(this.root, a))) {
        for (const name of await readdirSafe(path.join(this.root, a, b))) {
          const file = path.join(this.root, a, b, name);
          const stat = await fs.promises.stat(file).catch(() => null);
          if (stat?.isFile()) yield { sha256: name, file, mtimeMs: stat.mtimeMs };
        }
      }
    }
  }

  /** Temp files of uploads that never finished (a crash mid-upload). */
  async *temps(): AsyncGenerator<{ file: string; mtimeMs: number }> {
    for (const name of await readdirSafe(this.tmp)) {
      const file = path.join(this.tmp, name);
      const stat = await fs.promises.stat(file).catch(() => null);
      if (stat?.isFile()) yield { file, mtimeMs: stat.mtimeMs };
    }
  }

  private async place(temp: string, sha256: string): Promise<void> {
    const target = this.pathFor(sha256);
    const dir = path.dirname(target);
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
    if (fs.existsSync(target)) {
      // Same bytes already stored: keep the existing object (touch it so GC's grace period restarts).
      await fs.promises.rm(temp, { force: true });
      const now = new Date();
      await fs.promises.utimes(target, now, now).catch(() => {});
      return;
    }
    await fs.promises.rename(temp, target);
    // The rename is only durable once the directory entry is.
    const dirHandle = await fs.promises.open(dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError('payload_too_large', `File too large: the limit is ${maxBytes} bytes`, { maxBytes });
}

async function readdirSafe(dir: string): Promise<string[]> {
  return fs.promises.readdir(dir).catch(() => []);
}
