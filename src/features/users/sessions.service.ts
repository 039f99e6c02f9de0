// Sessions: issue tokens, authenticate them (cached: this runs on every request, socket and legacy
// command), slide expiry with write-behind, and revoke. Revocations are published on the bus so live
// connections (WebSocket, legacy TCP) close at once.
import type { Database, Tx } from '../../db/database.js';
import { LruCache } from '../../shared/lru.js';
import { newId, newToken, sha256Hex } from '../../shared/ids.js';
import type { EventBus } from '../events/event-bus.js';
import type { SessionsRepository } from './sessions.repository.js';

export interface AuthContext {
  userId: number;
  sessionId: string;
  handle: string;
}

interface CachedSession extends AuthContext {
  expiresAt: number;
  /** When lastUsedAt/expiresAt were last written. */
  touchedAt: number;
}

/** Expiry is extended in the database at most this often per session. */
const TOUCH_EVERY_MS = 60_000;
const FLUSH_EVERY_MS = 5_000;
/** Expired or revoked sessions are kept this long (for audit), then deleted. */
const KEEP_DEAD_SESSIONS_MS = 7 * 24 * 3600_000;
const SWEEP_EVERY_MS = 3600_000;

export class SessionService {
  private readonly byTokenHash = new LruCache<string, CachedSession>(100_000);
  private readonly tokenHashById = new LruCache<string, string>(100_000);
  private readonly touches = new Set<string>();
  private readonly flushTimer: NodeJS.Timeout;
  private readonly sweepTimer: NodeJS.Timeout;

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsRepository,
    private readonly bus: EventBus,
    private readonly ttlMs: number,
    private readonly onError: (error: unknown) => void,
  ) {
    // Sessions ended on any instance (the bus carries them across instances) leave this cache too.
    bus.subscribe((message) => {
      if (message.kind === 'sessions.revoked') for (const id of message.sessionIds) this.forget(id);
    });
    this.flushTimer = setInterval(() => void this.flushTouches().catch(this.onError), FLUSH_EVERY_MS);
    this.flushTimer.unref();
    this.sweepTimer = setInterval(() => void this.sweep().catch(this.onError), SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  /** Creates a session inside the caller's transaction; the token is returned once and never stored. */
  async create(tx: Tx, userId: number, origin: 'api' | 'legacy'): Promise<{ token: string; sessionId: string }> {
    const token = newToken();
    const session = await this.sessions.create(tx, {
      id: newId(),
      userId,
      tokenHash: sha256Hex(token),
      origin,
      expiresAt: new Date(Date.now() + this.ttlMs),
    });
    return { token, sessionId: session.id };
  }

  /** The session a token belongs to, or null if unknown, expired or revoked. */
  async authenticate(token: string): Promise<AuthContext | null> {
    if (token.length < 16 || token.length > 256) return null;
    const tokenHash = sha256Hex(token);
    const now = Date.now();
    let cached = this.byTokenHash.get(tokenHash);
    if (!cached) {
      const row = await this.sessions.findByTokenHash(tokenHash);
      if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
      // A revoke may have happened while we were reading: the cache entry must not resurrect it.
      if (this.byTokenHash.get(tokenHash)) cached = this.byTokenHash.get(tokenHash)!;
      else {
        cached = {
          userId: row.userId,
          sessionId: row.id,
          handle: row.user.handle,
          expiresAt: row.expiresAt.getTime(),
          touchedAt: row.lastUsedAt.getTime(),
        };
        this.byTokenHash.set(tokenHash, cached);
        this.tokenHashById.set(row.id, tokenHash);
      }
    }
    if (cached.expiresAt <= now) {
      this.forget(cached.sessionId);
      return null;
    }
    if (now - cached.touchedAt > TOUCH_EVERY_MS) {
      cached.touchedAt = now;
      cached.expiresAt = now + this.ttlMs;
      this.touches.add(cached.sessionId);
    }
    return { userId: cached.userId, sessionId: cached.sessionId, handle: cached.handle };
  }

  /** A live connection counts as use: extends the session like a request would (written behind). */
  touch(sessionId: string): void {
    const tokenHash = this.tokenHashById.get(sessionId);
    const cached = tokenHash ? this.byTokenHash.get(tokenHash) : undefined;
    const now = Date.now();
    if (cached && now - cached.touchedAt > TOUCH_EVERY_MS) {
      cached.touchedAt = now;
      cached.expiresAt = now + this.ttlMs;
      this.touches.add(sessionId);
    }
  }

  async revoke(sessionId: string): Promise<boolean> {
    const revoked = await this.db.write(
      (tx) => this.sessions.revoke(tx, sessionId, new Date()),
      (live) => live && this.announce([sessionId]),
    );
    return revoked;
  }

  /** Revokes every session of the user except `keep` (if given). */
  async revokeAll(userId: number, keep?: string): Promise<string[]> {
    return this.db.write(
      (tx) => this.revokeAllIn(tx, userId, keep),
      (ids) => this.announce(ids),
    );
  }

  /** The same, inside a caller's transaction; the caller announces after commit. */
  revokeAllIn(tx: Tx, userId: number, keep?: string): Promise<string[]> {
    return this.sessions.revokeAllForUser(tx, userId, new Date(), keep);
  }

  /** Drops revoked sessions from the cache and tells live connections to close. */
  announce(sessionIds: readonly string[]): void {
    if (sessionIds.length === 0) return;
    for (const id of sessionIds) this.forget(id);
    this.bus.publish({ kind: 'sessions.revoked', sessionIds });
  }

  countActive(): Promise<number> {
    return this.sessions.countActive(new Date());
  }

  async flushTouches(): Promise<void> {
    if (this.touches.size === 0) return;
    const ids = [...this.touches];
    this.touches.clear();
    const now = new Date();
    await this.db.write((tx) => this.sessions.touch(tx, ids, now, new Date(now.getTime() + this.ttlMs)));
  }

  /** Deletes sessions that expired or were revoked more than a week ago. */
  async sweep(): Promise<number> {
    const before = new Date(Date.now() - KEEP_DEAD_SESSIONS_MS);
    return this.db.write((tx) => this.sessions.deleteStale(tx, before));
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    clearInterval(this.sweepTimer);
    await this.flushTouches();
  }

  private forget(sessionId: string): void {
    const tokenHash = this.tokenHashById.get(sessionId);
    if (tokenHash) this.byTokenHash.delete(tokenHash);
    this.tokenHashById.delete(sessionId);
  }
}
