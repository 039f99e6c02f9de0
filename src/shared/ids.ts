// Identifiers and tokens. ULIDs sort by creation time, which keeps message ids readable in logs.
import { createHash, randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';

const ulid = monotonicFactory();

export function newId(): string {
  return ulid();
}

/** 256 random bits, URL- and line-protocol-safe (no spaces, no padding). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}
