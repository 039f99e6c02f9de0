// Sessions and personal access tokens: issue them, authenticate them (cached: this runs on every
// request, socket and legacy command), slide a login's expiry with write-behind, and revoke. Revocations
// are published on the bus so live connections (WebSocket, legacy TCP) close at once; revocations made
// outside the server (the admin CLI) are found by polling the Session table.
import type { Database, Tx } from '../../db/database.js';
import { LruCache } from '../../shared/lru.js';
import { newId, newToken, sha256Hex } from '../../shared/ids.js';
import type { EventBus } from '../events/event-bus.js';
import { ALL_SCOPES, formatScopes, parseScopes, type Scope } from './scopes.js';
import type { SessionKind, SessionRecord, SessionsRepository } from './sessions.repository.js';

export interface AuthContext {
  userId: number;
  sessionId: string;
  handle: string;
  /** A login or a personal access token. */
  kind: SessionKind;
  scopes: readonly Scope[];
}

/** What the client said about itself when the session was made (shown in the session list). */
export interface ClientMeta {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

/** A token without expiry is stored with this one (the column is required; nothing outlives it). */
export const NEVER_EXPIRES = new Date('9999-12-31T00:00:00.000Z');

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
/** Revocations written by other processes are found this often. */
const REVOCATION_POLL_MS = 2_000;
/**
 * Each poll looks this far behind the previous one: revokedAt is set before the commit, so a row may
 * become visible later than its timestamp says (and the CLI's clock is read in another process).
 */
const REVOCATION_OVERLAP_MS = 10_000;
const REVOCATION_PAGE = 5_000;

export class SessionService {
  private readonly byTokenHash = new LruCache<string, CachedSession>(100_000);
  private readonly tokenHashById = new LruCache<string, string>(100_000);
  private readonly touches = new Set<string>();
  /** Revocations already announced (here or by another instance): polling must not repeat them. */
  private readonly announced = new LruCache<string, true>(50_000);
  private pollSince = new Date(Date.now() - REVOCATION_OVERLAP_MS);
  private readonly flushTimer: NodeJS.Timeout;
  private readonly sweepTimer: NodeJS.Timeout;
  private readonly pollTimer: NodeJS.Timeout;

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsRepository,
    private readonly bus: EventBus,
    private readonly ttlMs: number,
    private readonly onError: (error: unknown) => void,
  ) {
    // Sessions ended on any instance (the bus carries them across instances) leave this cache too.
    bus.subscribe((message) => {
      if (message.kind !== 'sessions.revoked') return;
      for (const id of message.sessionIds) {
        this.forget(id);
        this.announced.set(id, true);
      }
    });
    this.flushTimer = setInterval(() => void this.flushTouches().catch(this.onError), FLUSH_EVERY_MS);
    this.flushTimer.unref();
    this.sweepTimer = setInterval(() => void this.sweep().catch(this.onError), SWEEP_EVERY_MS);
    this.sweepTimer.unref();
    this.pollTimer = setInterval(() => void this.pollRevocations().catch(this.onError), REVOCATION_POLL_MS);
    this.pollTimer.unref();
  }

  /** Creates a login session inside the caller's transaction; the token is returned once and never stored. */
  async create(tx: Tx, userId: number, origin: 'api' | 'legacy', client: ClientMeta = {}): Promise<{ token: string; sessionId: string }> {
    const { token, record } = await this.insert(tx, userId, {
      origin,
      kind: 'session',
      name: '',
      scopes: ALL_SCOPES,
      client,
      expiresAt: new Date(Date.now() + this.ttlMs),
    });
    return { token, sessionId: record.id };
  }

  /** A personal access token: fixed expiry (or none), the scopes given. Shown once. */
  createToken(
    tx: Tx,
    userId: number,
    input: { name: string; scopes: readonly Scope[]; expiresAt: Date | null; client: ClientMeta },
  ): Promise<{ token: string; record: SessionRecord }> {
    return this.insert(tx, userId, { origin: 'api', kind: 'token', ...input, expiresAt: input.expiresAt ?? NEVER_EXPIRES });
  }

  /** A user's live logins or tokens, most recently used first. */
  list(userId: number, kind: SessionKind, limit = 200): Promise<SessionRecord[]> {
    return this.sessions.listLive(userId, kind, new Date(), limit);
  }

  countLive(tx: Tx, userId: number, kind: SessionKind): Promise<number> {
    return this.sessions.countLive(tx, userId, kind, new Date());
  }

  /** Revokes one of the user's own sessions or tokens; false when it is not theirs or already ended. */
  async revokeOwn(userId: number, sessionId: string, kind: SessionKind): Promise<boolean> {
    return this.db.write(
      (tx) => this.sessions.revoke(tx, sessionId, new Date(), userId, kind),
      (live) => live && this.announce([sessionId]),
    );
  }

  private async insert(
    tx: Tx,
    userId: number,
    input: { origin: string; kind: SessionKind; name: string; scopes: readonly Scope[]; client: ClientMeta; expiresAt: Date },
  ): Promise<{ token: string; record: SessionRecord }> {
    const token = newToken();
    const record = await this.sessions.create(tx, {
      id: newId(),
      userId,
      tokenHash: sha256Hex(token),
      origin: input.origin,
      kind: input.kind,
      name: input.name,
      scopes: formatScopes(input.scopes),
      userAgent: (input.client.userAgent ?? '').slice(0, 256),
      ip: (input.client.ip ?? '').slice(0, 64),
      expiresAt: input.expiresAt,
    });
    return { token, record };
  }

  /** The session a token belongs to, or null if unknown, expired or revoked. */
  async authenticate(token: string): Promise<AuthContext | null> {
    if (token.length < 16 || token.length > 256) return null;
    const tokenHash = sha256Hex(token);
    const now = Date.now();
    let cached = this.byTokenHash.get(tokenHash);
    if (!cached) {
      const row = await this.sessions.findByTokenHash(tokenHash);
      if (!row || row.revokedAt || row.expiresAt.getTime() <= now || row.user.disabledAt) return null;
      // A revoke may have happened while we were reading: the cache entry must not resurrect it.
      if (this.byTokenHash.get(tokenHash)) cached = this.byTokenHash.get(tokenHash)!;
      else {
        cached = {
          userId: row.userId,
          sessionId: row.id,
          handle: row.user.handle,
          kind: row.kind === 'token' ? 'token' : 'session',
          scopes: parseScopes(row.scopes),
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
    this.noteUse(cached, now);
    return { userId: cached.userId, sessionId: cached.sessionId, handle: cached.handle, kind: cached.kind, scopes: cached.scopes };
  }

  /** Use is written behind; a login's expiry slides with it, a token's stays where its owner set it. */
  private noteUse(cached: CachedSession, now: number): void {
    if (now - cached.touchedAt <= TOUCH_EVERY_MS) return;
    cached.touchedAt = now;
    if (cached.kind === 'session') cached.expiresAt = now + this.ttlMs;
    this.touches.add(cached.sessionId);
  }

  /** A live connection counts as use: extends the session like a request would (written behind). */
  touch(sessionId: string): void {
    const tokenHash = this.tokenHashById.get(sessionId);
    const cached = tokenHash ? this.byTokenHash.get(tokenHash) : undefined;
    if (cached) this.noteUse(cached, Date.now());
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
    for (const id of sessionIds) {
      this.forget(id);
      this.announced.set(id, true);
    }
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

  /**
   * Announces sessions revoked by another process (the admin CLI on the same database) that no
   * instance announced yet: their cached entries and live connections end within a poll.
   */
  async pollRevocations(): Promise<void> {
    const startedAt = Date.now();
    const since = this.pollSince;
    const rows = await this.sessions.revokedSince(since, REVOCATION_PAGE);
    const last = rows[rows.length - 1]?.revokedAt;
    // A full page: the next poll starts where this one stopped instead of skipping ahead (unless the
    // whole page shares one timestamp, as a revoke-all of thousands does: then it moves on).
    this.pollSince = rows.length === REVOCATION_PAGE && last && last.getTime() > since.getTime() ? last : new Date(startedAt - REVOCATION_OVERLAP_MS);
    this.announce(rows.filter((row) => !this.announced.get(row.id)).map((row) => row.id));
  }

  async close(): Promise<void> {
    clearInterval(this.flushTimer);
    clearInterval(this.sweepTimer);
    clearInterval(this.pollTimer);
    await this.flushTouches();
  }

  private forget(sessionId: string): void {
    const tokenHash = this.tokenHashById.get(sessionId);
    if (tokenHash) this.byTokenHash.delete(tokenHash);
    this.tokenHashById.delete(sessionId);
  }
}
