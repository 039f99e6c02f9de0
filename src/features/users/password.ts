// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane). Hashing runs on libuv's
// thread pool, so a login does not block the event loop.
import { invalid } from '../../shared/errors.js';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2 as Algorithm;

export interface PasswordParams {
  memoryKiB: number;
  iterations: number;
}

export const OWASP_ARGON2: PasswordParams = { memoryKiB: 19 * 1024, iterations: 2 };

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export class PasswordHasher {
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly params: PasswordParams = OWASP_ARGON2) {}

  hash(password: string): Promise<string> {
    return hash(password, {
      algorithm: ARGON2ID,
      memoryCost: this.params.memoryKiB,
      timeCost: this.params.iterations,
      parallelism: 1,
    });
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  }

  /** Spends the same time as a real check, so response time does not reveal whether a user exists. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('not-a-real-password');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}

/** The length rule for every password a person chooses (register, change, reset, create-admin). */
export function checkPassword(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN) throw invalid(field, `must be at least ${PASSWORD_MIN} characters`);
  if (password.length > PASSWORD_MAX) throw invalid(field, `must be at most ${PASSWORD_MAX} characters`);
}
