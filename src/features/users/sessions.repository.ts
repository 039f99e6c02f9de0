// Sessions and personal access tokens: token hashes, expiry, revocation.
import type { ReadClient, Tx } from '../../db/database.js';
import { inList } from '../../db/sql.js';
import { statement, type SqlReads } from '../../db/statements.js';
import type { UserRecord } from './users.repository.js';

export type SessionKind = 'session' | 'token';

export interface SessionRecord {
  id: string;
  userId: number;
  tokenHash: string;
  origin: string;
  kind: string;
  name: string;
  scopes: string;
  userAgent: string;
  ip: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface NewSession {
  id: string;
  userId: number;
  tokenHash: string;
  origin: string;
  kind: SessionKind;
  name: string;
  scopes: string;
  userAgent: string;
  ip: string;
  expiresAt: Date;
}

const SESSION = `s."id", s."userId", s."tokenHash", s."origin", s."kind", s."name", s."scopes", s."userAgent", s."ip", s."createdAt", s."lastUsedAt", s."expiresAt", s."revokedAt"`;

const S = {
  /** A session with its user's row (the user's columns prefixed "user"). */
  byTokenHash: statement<SessionRecord & { userHandle: string; userIsAdmin: boolean; userDisabledAt: Date | null }>(
    'sessions.byTokenHash',
    `SELECT ${SESSION}, u."handle" AS "userHandle", u."isAdmin" AS "userIsAdmin", u."disabledAt" AS "userDisabledAt"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."tokenHash" = ?`,
  ),
  live: statement<SessionRecord>(
    'sessions.live',
    `SELECT ${SESSION} FROM "Session" s WHERE s."userId" = ? AND s."kind" = ? AND s."revokedAt" IS NULL AND s."expiresAt" > ?
     ORDER BY s."lastUsedAt" DESC, s."id" ASC LIMIT ?`,
  ),
};

export class SessionsRepository {
  constructor(
    private readonly read: ReadClient,
    private readonly sql: SqlReads,
  ) {}

  create(tx: Tx, data: NewSession): Promise<SessionRecord> {
    return tx.session.create({ data });
  }

  /** The session of a token, with what authentication needs of its user. */
  async findByTokenHash(tokenHash: string): Promise<(SessionRecord & { user: Pick<UserRecord, 'handle' | 'isAdmin' | 'disabledAt'> }) | null> {
    const row = await this.sql.get(S.byTokenHash, tokenHash);
    if (!row) return null;
    const { userHandle, userIsAdmin, userDisabledAt, ...session } = row;
    return { ...session, user: { handle: userHandle, isAdmin: Boolean(userIsAdmin), disabledAt: userDisabledAt } };
  }

  /** A user's live sessions or tokens, most recently used first. */
  listLive(userId: number, kind: SessionKind, now: Date, limit: number): Promise<SessionRecord[]> {
    return this.sql.all(S.live, userId, kind, now, limit);
  }

  countLive(tx: Tx, userId: number, kind: SessionKind, now: Date): Promise<number> {
    return tx.session.count({ where: { userId, kind, revokedAt: null, expiresAt: { gt: now } } });
  }

  /** Revokes one session; `userId` limits it to the owner's. Returns whether it was live. */
  async revoke(tx: Tx, id: string, at: Date, userId?: number, kind?: SessionKind): Promise<boolean> {
    const where = { id, revokedAt: null, ...(userId === undefined ? {} : { userId }), ...(kind ? { kind } : {}) };
    const { count } = await tx.session.updateMany({ where, data: { revokedAt: at } });
    return count > 0;
  }

  /** Revokes all live sessions of a user except `keep`; returns the revoked ids. */
  async revokeAllForUser(tx: Tx, userId: number, at: Date, keep?: string): Promise<string[]> {
    const where = { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) };
    const live = await tx.session.findMany({ where, select: { id: true } });
    if (live.length > 0) await tx.session.updateMany({ where: { id: { in: live.map((s) => s.id) } }, data: { revokedAt: at } });
    return live.map((s) => s.id);
  }

  /** Sessions revoked at or after `since` (by any process: the admin CLI writes here too). */
  async revokedSince(since: Date, limit: number): Promise<{ id: string; revokedAt: Date }[]> {
    const rows = await this.read.session.findMany({
      where: { revokedAt: { gte: since } },
      select: { id: true, revokedAt: true },
      orderBy: { revokedAt: 'asc' },
      take: limit,
    });
    return rows.map((r) => ({ id: r.id, revokedAt: r.revokedAt! }));
  }

  /** Write-behind use: last use for all, and sliding expiry for logins (a token's expiry is fixed). */
  async touch(tx: Tx, ids: readonly string[], usedAt: Date, expiresAt: Date): Promise<void> {
    if (ids.length === 0) return;
    await tx.$executeRaw`UPDATE "Session" SET "lastUsedAt" = ${usedAt},
      "expiresAt" = CASE WHEN "kind" = 'session' THEN ${expiresAt} ELSE "expiresAt" END
      WHERE "id" IN (${inList(ids)}) AND "revokedAt" IS NULL`;
  }

  countActive(now: Date): Promise<number> {
    return this.read.session.count({ where: { revokedAt: null, expiresAt: { gt: now } } });
  }

  /** Deletes sessions that expired or were revoked long ago (housekeeping). */
  async deleteStale(tx: Tx, before: Date): Promise<number> {
    const { count } = await tx.session.deleteMany({
      where: { OR: [{ expiresAt: { lt: before } }, { revokedAt: { lt: before } }] },
    });
    return count;
  }
}
