// Identifiers and tokens.
import { createHash, hash, randomBytes, randomFillSync } from 'node:crypto';

const ENCODING = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32, as ULID uses

// Randomness is drawn from a pooled buffer: one getrandom() call per 4 KiB instead of one per id.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomByte(): number {
  if (poolOffset >= pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++]!;
}

let lastTime = -1;
const lastRandom: number[] = new Array(16).fill(0);

/**
 * A ULID: 48-bit millisecond time + 80 random bits, 26 characters, sortable by creation time (which
 * keeps message ids readable in logs). Within one millisecond the random part is incremented, so ids
 * from this process are strictly increasing (monotonic ULID).
 */
export function newId(): string {
  const now = Date.now();
  if (now === lastTime) {
    for (let i = 15; i >= 0; i--) {
      if (lastRandom[i]! < 31) {
        lastRandom[i]!++;
        break;
      }
      lastRandom[i] = 0;
    }
  } else {
    lastTime = now;
    for (let i = 0; i < 16; i++) lastRandom[i] = randomByte() & 31;
  }
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ENCODING[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  let random = '';
  for (let i = 0; i < 16; i++) random += ENCODING[lastRandom[i]!]!;
  return time + random;
}

/**
 * A 26-character id in the ULID alphabet derived from `seed` alone: the same seed always gives the same
 * id. Used where a retry must produce the same id without a stored mapping (an Idempotency-Key'd send
 * to a group homed on another realm, which is stored here only when the home realm echoes it).
 */
export function derivedId(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let out = '';
  for (let i = 0; i < 26; i++) out += ENCODING[digest[i]! & 31]!;
  return out;
}

/** 256 random bits, URL- and line-protocol-safe (no spaces, no padding). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string | Buffer): string {
  // The one-shot hash() is several times cheaper than createHash() for short inputs (every request
  // hashes its bearer token).
  return typeof value === 'string' ? hash('sha256', value, 'hex') : createHash('sha256').update(value).digest('hex');
}
