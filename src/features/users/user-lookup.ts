// A read-through cache of the user facts every send needs (id, handle, display name). Sends happen
// thousands of times a second; profiles change rarely and only through UsersService (and remote
// profiles through federation), which evict. Other instances of the realm hear of it over the bus
// (`users.changed`, wired in services.ts) and forget their copies.
import { LruCache } from '../../shared/lru.js';
import type { UserRecord, UsersRepository } from './users.repository.js';

export interface UserRef {
  id: number;
  handle: string;
  displayName: string;
  realm: string | null;
  avatarSha256?: string | null;
}

export class UserLookup {
  private readonly byHandleCache = new LruCache<string, UserRef>(50_000);
  private readonly byIdCache = new LruCache<number, UserRef>(50_000);

  /** Set by the composition root: tells other instances (several instances share one database). */
  onEvicted: (user: { id: number; handle: string }) => void = () => {};

  constructor(private readonly users: UsersRepository) {}

  async byHandle(handle: string): Promise<UserRef | null> {
    const cached = this.byHandleCache.get(handle);
    if (cached) return cached;
    const row = await this.users.findByHandle(handle);
    return row ? this.remember(row) : null;
  }

  async byId(id: number): Promise<UserRef | null> {
    const cached = this.byIdCache.get(id);
    if (cached) return cached;
    const row = await this.users.findById(id);
    return row ? this.remember(row) : null;
  }

  evict(user: { id: number; handle: string }): void {
    this.forget(user);
    this.onEvicted({ id: user.id, handle: user.handle });
  }

  /** Drops this instance's copy (another instance changed the user). */
  forget(user: { id: number; handle: string }): void {
    this.byIdCache.delete(user.id);
    this.byHandleCache.delete(user.handle);
  }

  private remember(row: UserRecord): UserRef {
    const ref = { id: row.id, handle: row.handle, displayName: row.displayName, realm: row.realm, avatarSha256: row.avatarSha256 };
    this.byHandleCache.set(ref.handle, ref);
    this.byIdCache.set(ref.id, ref);
    return ref;
  }
}
