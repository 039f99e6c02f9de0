// Who may register: the realm-wide registration mode (RealmSetting) and one-use invites.
import type { ReadClient, Tx } from '../../db/database.js';

export type RegistrationMode = 'open' | 'invite' | 'closed';

const MODE_KEY = 'registration';

export class RegistrationRepository {
  constructor(private readonly read: ReadClient) {}

  async mode(): Promise<RegistrationMode | null> {
    const row = await this.read.realmSetting.findUnique({ where: { key: MODE_KEY } });
    return row && ['open', 'invite', 'closed'].includes(row.value) ? (row.value as RegistrationMode) : null;
  }

  async setMode(tx: Tx, mode: RegistrationMode): Promise<void> {
    await tx.realmSetting.upsert({ where: { key: MODE_KEY }, create: { key: MODE_KEY, value: mode }, update: { value: mode } });
  }

  async createInvite(tx: Tx, data: { id: string; codeHash: string; createdById: number | null; expiresAt: Date }): Promise<void> {
    await tx.invite.create({ data });
  }

  /** Uses up an invite if it is unused and unexpired; false otherwise (one statement: no double use). */
  async consumeInvite(tx: Tx, codeHash: string, usedById: number, now: Date): Promise<boolean> {
    const { count } = await tx.invite.updateMany({
      where: { codeHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now, usedById },
    });
    return count === 1;
  }
}
