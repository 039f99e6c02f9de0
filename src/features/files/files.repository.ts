// File rows: the only Prisma access for uploads and who may read them.
import type { ReadClient, Tx } from '../../db/database.js';
import { statement, type SqlReads } from '../../db/statements.js';

export interface FileRecord {
  id: string;
  sha256: string;
  size: number;
  mimeType: string;
  name: string;
  uploaderId: number;
  createdAt: Date;
}

const S = {
  byId: statement<FileRecord>('files.byId', `SELECT "id", "sha256", "size", "mimeType", "name", "uploaderId", "createdAt" FROM "File" WHERE "id" = ?`),
  /** A (not deleted) message carrying the file into a conversation the user is a member of. */
  sharedWith: statement<{ id: string }>(
    'files.sharedWith',
    `SELECT m."id" FROM "Message" m JOIN "Membership" my ON my."conversationId" = m."conversationId" AND my."userId" = ? AND my."role" <> 'invited'
     WHERE m."fileId" = ? AND m."deletedAt" IS NULL LIMIT 1`,
  ),
};

export class FilesRepository {
  constructor(
    private readonly read: ReadClient,
    private readonly sql: SqlReads,
  ) {}

  /** One raw insert: an upload's row is on the send path (a model create cost about a millisecond more). */
  async create(tx: Tx, data: Omit<FileRecord, 'createdAt'>): Promise<FileRecord> {
    const row = { ...data, createdAt: new Date() };
    await tx.$executeRaw`INSERT INTO "File" ("id", "sha256", "size", "mimeType", "name", "uploaderId", "createdAt")
      VALUES (${row.id}, ${row.sha256}, ${row.size}, ${row.mimeType}, ${row.name}, ${row.uploaderId}, ${row.createdAt})`;
    return row;
  }

  async createOrKeep(tx: Tx, data: Omit<FileRecord, 'createdAt'>): Promise<FileRecord> {
    return (await tx.file.findUnique({ where: { id: data.id } })) ?? this.create(tx, data);
  }

  /** Whether a (not deleted) message carries the file into a conversation with members of `realm`. */
  async sharedWithRealm(fileId: string, realm: string): Promise<boolean> {
    const message = await this.read.message.findFirst({
      where: { fileId, deletedAt: null, conversation: { members: { some: { role: { not: 'invited' }, user: { realm } } } } },
      select: { id: true },
    });
    return message !== null;
  }

  async findById(id: string): Promise<FileRecord | null> {
    return (await this.sql.get(S.byId, id)) ?? null;
  }

  /** Whether the user belongs to a conversation where a (not deleted) message carries the file. */
  async sharedWith(fileId: string, userId: number): Promise<boolean> {
    return (await this.sql.get(S.sharedWith, userId, fileId)) !== undefined;
  }

  async usageBytes(uploaderId: number): Promise<number> {
    const { _sum } = await this.read.file.aggregate({ where: { uploaderId }, _sum: { size: true } });
    return _sum.size ?? 0;
  }

  findUnattached(before: Date): Promise<FileRecord[]> {
    return this.read.file.findMany({ where: { createdAt: { lt: before }, messages: { none: {} } } });
  }

  /** Deletes uploads never attached to any message and older than `before`; returns them. */
  async deleteUnattached(tx: Tx, before: Date): Promise<FileRecord[]> {
    const rows = await tx.file.findMany({ where: { createdAt: { lt: before }, messages: { none: {} } } });
    if (rows.length > 0) await tx.file.deleteMany({ where: { id: { in: rows.map((r) => r.id) }, messages: { none: {} } } });
    return rows;
  }

  /** Every sha256 some row (other than `ignoring`) still points at. */
  async referencedHashes(ignoring: readonly string[] = []): Promise<Set<string>> {
    const rows = await this.read.file.findMany({
      where: ignoring.length > 0 ? { id: { notIn: [...ignoring] } } : {},
      distinct: ['sha256'],
      select: { sha256: true },
    });
    // Older versions kept this realm's users' avatars here: kept until copied to the avatar store (at start).
    const avatars = await this.read.user.findMany({
      where: { realm: null, avatarSha256: { not: null } },
      distinct: ['avatarSha256'],
      select: { avatarSha256: true },
    });
    return new Set([...rows.map((r) => r.sha256), ...avatars.map((a) => a.avatarSha256!)]);
  }
}
