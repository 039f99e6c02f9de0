// Users: the only Prisma access for accounts and profiles.
import type { ReadClient, Tx } from '../../db/database.js';
import { contains, list, statement, type SqlReads } from '../../db/statements.js';

export interface UserRecord {
  id: number;
  handle: string;
  username: string;
  realm: string | null;
  displayName: string;
  country: string;
  passwordHash: string | null;
  isAdmin: boolean;
  disabledAt: Date | null;
  avatarSha256: string | null;
  avatarType: string | null;
  createdAt: Date;
}

const USER = `"id", "handle", "username", "realm", "displayName", "country", "passwordHash", "isAdmin", "disabledAt", "avatarSha256", "avatarType", "createdAt"`;

const S = {
  byHandle: statement<UserRecord>('users.byHandle', `SELECT ${USER} FROM "User" WHERE "handle" = ?`),
  byId: statement<UserRecord>('users.byId', `SELECT ${USER} FROM "User" WHERE "id" = ?`),
  byIds: statement<UserRecord>('users.byIds', (d) => `SELECT ${USER} FROM "User" WHERE "id" ${d.inInts}`),
  /** Local users whose handle or display name contains q ('' for all), by handle after a cursor ('' first). */
  search: statement<UserRecord>(
    'users.search',
    (d) => `SELECT ${USER} FROM "User" WHERE "realm" IS NULL AND "handle" > ?
      AND (${d.sqlite ? '?' : '?::text'} = '' OR "handle" ${d.ilike} OR "displayName" ${d.ilike})
      ORDER BY "handle" LIMIT ?`,
  ),
};

export class UsersRepository {
  constructor(
    private readonly read: ReadClient,
    /** The hot reads: prepared statements (db/statements.ts). */
    private readonly sql: SqlReads,
  ) {}

  createLocal(tx: Tx, data: { username: string; displayName: string; country: string; passwordHash: string; isAdmin: boolean }): Promise<UserRecord> {
    return tx.user.create({ data: { ...data, handle: data.username, realm: null } });
  }

  /** The shadow row of a remote user (created on first sight; the display name follows their realm). */
  /** A shadow user of another realm; `avatar`, when given, is the address its realm says it shows. */
  upsertRemote(tx: Tx, data: { username: string; realm: string; displayName: string; avatar?: { sha256: string; type: string } }): Promise<UserRecord> {
    const handle = `${data.username}@${data.realm}`;
    const avatar = data.avatar ? { avatarSha256: data.avatar.sha256, avatarType: data.avatar.type } : {};
    return tx.user.upsert({
      where: { handle },
      create: { handle, username: data.username, realm: data.realm, displayName: data.displayName, country: '', ...avatar },
      update: { displayName: data.displayName, ...avatar },
    });
  }

  countLocal(tx: Tx): Promise<number> {
    return tx.user.count({ where: { realm: null } });
  }

  async findByHandle(handle: string): Promise<UserRecord | null> {
    return (await this.sql.get(S.byHandle, handle)) ?? null;
  }

  async findById(id: number): Promise<UserRecord | null> {
    return (await this.sql.get(S.byId, id)) ?? null;
  }

  async findManyByIds(ids: readonly number[]): Promise<UserRecord[]> {
    return ids.length === 0 ? [] : this.sql.all(S.byIds, list(ids));
  }

  /**
   * Local users whose handle or display name contains q, ordered by handle, after a cursor: the
   * directory and the admin list alike (disabled accounts included).
   */
  search(q: string | undefined, after: string | undefined, limit: number): Promise<UserRecord[]> {
    return this.sql.all(S.search, after ?? '', q ?? '', contains(q ?? ''), contains(q ?? ''), limit);
  }

  findLocal(tx: Tx, handle: string): Promise<UserRecord | null> {
    return tx.user.findFirst({ where: { handle, realm: null } });
  }

  setDisabled(tx: Tx, id: number, disabledAt: Date | null): Promise<UserRecord> {
    return tx.user.update({ where: { id }, data: { disabledAt } });
  }

  setAdmin(tx: Tx, id: number, isAdmin: boolean): Promise<UserRecord> {
    return tx.user.update({ where: { id }, data: { isAdmin } });
  }

  /** Enabled local users marked isAdmin, with their handles (ADMIN_USERS are counted by the caller). */
  activeAdmins(tx: Tx): Promise<{ handle: string }[]> {
    return tx.user.findMany({ where: { realm: null, isAdmin: true, disabledAt: null }, select: { handle: true } });
  }

  updateProfile(tx: Tx, id: number, data: { displayName?: string; country?: string }): Promise<UserRecord> {
    return tx.user.update({ where: { id }, data });
  }

  setAvatar(tx: Tx, id: number, avatar: { sha256: string; type: string } | null): Promise<UserRecord> {
    return tx.user.update({ where: { id }, data: { avatarSha256: avatar?.sha256 ?? null, avatarType: avatar?.type ?? null } });
  }

  /**
   * Who shows this avatar: its type if a user of this realm does (its image is here), and a few of the
   * other realms whose users' profiles name it (one of them has to send it).
   */
  async avatarOwners(sha256: string): Promise<{ localType: string | null; remote: Array<{ realm: string; type: string }> }> {
    const rows = await this.read.user.findMany({
      where: { avatarSha256: sha256, avatarType: { not: null } },
      select: { avatarType: true, realm: true },
      distinct: ['realm'],
      orderBy: { realm: { sort: 'asc', nulls: 'first' } },
      take: 4,
    });
    const local = rows.find((r) => r.realm === null);
    return { localType: local?.avatarType ?? null, remote: rows.flatMap((r) => (r.realm ? [{ realm: r.realm, type: r.avatarType! }] : [])) };
  }

  /** The avatars this realm's users show. */
  async localAvatars(): Promise<string[]> {
    const rows = await this.read.user.findMany({
      where: { realm: null, avatarSha256: { not: null } },
      distinct: ['avatarSha256'],
      select: { avatarSha256: true },
    });
    return rows.map((r) => r.avatarSha256!);
  }

  setPasswordHash(tx: Tx, id: number, passwordHash: string): Promise<UserRecord> {
    return tx.user.update({ where: { id }, data: { passwordHash } });
  }
}
