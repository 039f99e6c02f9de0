// Sessions: token hashes, expiry, revocation.
import type { ReadClient, Tx } from '../../db/database.js';
import { inList } from '../../db/sql.js';
import type { UserRecord } from './users.repository.js';

export interface SessionRecord {
  id: string;
  userId: number;
  tokenHash: string;
  origin: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export class SessionsRepository {
  constructor(private readonly read: ReadClient) {}

  create(tx: Tx, data: { id: string; userId: number; tokenHash: string; origin: string; expiresAt: Date }): Promise<SessionRecord> {
    return tx.session.create({ data });
  }

  findByTokenHash(tokenHash: string): Promise<(SessionRecord & { user: UserRecord }) | null> {
    return this.read.session.findUnique({ where: { tokenHash }, include: { user: true } });
  }

  /** Revokes one session; returns whether it was live. */
  async revoke(tx: Tx, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
    return count > 0;
  }

  /** Revokes all live sessions of a user except `keep`; returns the revoked ids. */
  async revokeAllForUser(tx: Tx, userId: number, at: Date, keep?: string): Promise<string[]> {
    const where = { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) };
    const live = await tx.session.findMany({ where, select: { id: true } });
    if (live.length > 0) await tx.session.updateMany({ where: { id: { in: live.map((s) => s.id) } }, data: { revokedAt: at } });
    return live.map((s) => s.id);
  }

  /** Sliding expiry, written behind in one statement for many sessions. */
  async touch(tx: Tx, ids: readonly string[], usedAt: Date, expiresAt: Date): Promise<void> {
    if (ids.length === 0) return;
    await tx.$executeRaw`UPDATE "Session" SET "lastUsedAt" = ${usedAt}, "expiresAt" = ${expiresAt}
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
