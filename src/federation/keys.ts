// This realm's Ed25519 signing keys, created at first start in DATA_DIR (file mode 0600). The current
// key signs; earlier keys stay listed (with their end of validity) so peers can follow a rotation.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir } from '../shared/private-files.js';
import { newId } from '../shared/ids.js';

interface StoredKey {
  id: string;
  privateKeyPem: string;
  createdAt: string;
  /** Set when rotated out. */
  validUntil?: string;
}

export interface PublicKeyInfo {
  id: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  validUntil: string | null;
}

/** Raw public key bytes (base64) of an Ed25519 key object. */
export function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' }) as { x: string };
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** A KeyObject from raw public key bytes (base64). */
export function publicKeyFromRaw(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw, 'base64').toString('base64url') }, format: 'jwk' });
}

export class RealmKeys {
  private keys: StoredKey[];
  private privateKey: KeyObject;

  private constructor(
    private readonly file: string,
    keys: StoredKey[],
  ) {
    this.keys = keys;
    this.privateKey = createPrivateKey(keys[keys.length - 1]!.privateKeyPem);
  }

  static load(dataDir: string): RealmKeys {
    const file = path.join(dataDir, 'realm-keys.json');
    if (fs.existsSync(file)) return new RealmKeys(file, JSON.parse(fs.readFileSync(file, 'utf8')) as StoredKey[]);
    ensurePrivateDir(dataDir);
    const keys = [RealmKeys.generate()];
    // Instances sharing DATA_DIR may start together: the file appears whole (written aside, then
    // linked, which fails if it exists) and whoever loses the race loads the winner's keys.
    const aside = `${file}.${process.pid}.${newId()}.tmp`;
    fs.writeFileSync(aside, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' });
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return new RealmKeys(file, JSON.parse(fs.readFileSync(file, 'utf8')) as StoredKey[]);
    } finally {
      fs.rmSync(aside, { force: true });
    }
    return new RealmKeys(file, keys);
  }

  private static generate(): StoredKey {
    const { privateKey } = generateKeyPairSync('ed25519');
    return { id: `ed25519:${newId()}`, privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), createdAt: new Date().toISOString() };
  }

  get currentKeyId(): string {
    return this.keys[this.keys.length - 1]!.id;
  }

  sign(data: Buffer | string, keyId = this.currentKeyId): Buffer {
    const stored = this.keys.find((k) => k.id === keyId);
    if (!stored) throw new Error(`no key ${keyId}`);
    const key = keyId === this.currentKeyId ? this.privateKey : createPrivateKey(stored.privateKeyPem);
    return sign(null, Buffer.isBuffer(data) ? data : Buffer.from(data), key);
  }

  /** The keys to publish: the current one and those rotated out less than a week ago. */
  published(): PublicKeyInfo[] {
    const now = Date.now();
    return this.keys
      .filter((k) => !k.validUntil || Date.parse(k.validUntil) > now)
      .map((k) => ({ id: k.id, publicKey: rawPublicKey(createPublicKey(createPrivateKey(k.privateKeyPem))), validUntil: k.validUntil ?? null }));
  }

  /** Re-reads the key file: another instance sharing DATA_DIR rotated the keys. */
  reload(): void {
    this.keys = JSON.parse(fs.readFileSync(this.file, 'utf8')) as StoredKey[];
    this.privateKey = createPrivateKey(this.keys[this.keys.length - 1]!.privateKeyPem);
  }

  /** Makes a new current key; the old one stays valid for a week. Returns [old, new] key ids. */
  rotate(): { previous: StoredKey; next: PublicKeyInfo } {
    const previous = this.keys[this.keys.length - 1]!;
    previous.validUntil = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
    const next = RealmKeys.generate();
    this.keys.push(next);
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.keys, null, 2), { mode: 0o600 });
    fs.renameSync(temp, this.file);
    this.privateKey = createPrivateKey(next.privateKeyPem);
    return { previous, next: this.published().find((k) => k.id === next.id)! };
  }
}
