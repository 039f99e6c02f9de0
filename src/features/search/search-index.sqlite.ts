// The SQLite search index: the FTS5 table "MessageSearch" (created by its migration; contentless,
// rowid = conversationId << 32 | seq — see the migration for why). Queries go through Prisma.
import type { ReadClient, Tx } from '../../db/database.js';
import { sql } from '../../db/sql.js';
import type { QueryTerm } from '../../shared/search-text.js';
import {
  hydrated,
  storedTexts,
  toHit,
  type HitRow,
  type IndexedMessage,
  type SearchFilter,
  type SearchHit,
  type SearchIndex,
  type StoredText,
} from './search-index.js';

/**
 * An FTS5 query: every term, each a quoted string (its characters are only letters and digits, but
 * quoting keeps FTS5's own syntax — AND, NEAR, column filters — out of a user's words).
 */
export function fts5Match(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `"${t.word}"${t.prefix ? '*' : ''}`).join(' ');
}

const rowid = (conversationId: number, seq: number) => sql`((${conversationId} << 32) | ${seq})`;

export class SqliteSearchIndex implements SearchIndex {
  constructor(private readonly read: ReadClient) {}

  async search(f: SearchFilter): Promise<SearchHit[]> {
    const conversation =
      f.conversationId === undefined ? sql`` : sql`AND s.rowid BETWEEN (${f.conversationId} << 32) AND ((${f.conversationId} << 32) | 4294967295)`;
    const sender = f.senderId === undefined ? sql`` : sql`AND m."senderId" = ${f.senderId}`;
    const after = f.after === undefined ? sql`` : sql`AND m."createdAt" > ${f.after}`;
    const before = f.before === undefined ? sql`` : sql`AND m."createdAt" < ${f.before}`;
    // FTS5 walks the terms' posting lists and the membership list is read once. The message row is
    // joined before the limit only when a filter needs its columns; bm25 is lower for better matches.
    const filtered = f.senderId !== undefined || f.after !== undefined || f.before !== undefined;
    const join = filtered ? sql`JOIN "Message" m ON m."conversationId" = (s.rowid >> 32) AND m."seq" = (s.rowid & 4294967295)` : sql``;
    const rows = await this.read.$queryRaw<HitRow[]>(
      hydrated(sql`
        SELECT (s.rowid >> 32) AS "conversationId", (s.rowid & 4294967295) AS "seq", -bm25("MessageSearch") AS "score", s.rowid AS "ord"
        FROM "MessageSearch" s ${join}
        WHERE "MessageSearch" MATCH ${fts5Match(f.terms)}
          AND (s.rowid >> 32) IN (SELECT "conversationId" FROM "Membership" WHERE "userId" = ${f.userId} AND "role" <> 'invited')
          ${conversation} ${sender} ${after} ${before}
        ORDER BY "score" DESC, s.rowid DESC
        LIMIT ${f.limit} OFFSET ${f.offset}`),
    );
    return rows.map(toHit);
  }

  async put(tx: Tx, m: IndexedMessage): Promise<void> {
    await tx.$executeRaw`DELETE FROM "MessageSearch" WHERE rowid = ${rowid(m.conversationId, m.seq)}`;
    if (m.words !== null) await tx.$executeRaw`INSERT INTO "MessageSearch" (rowid, body) VALUES (${rowid(m.conversationId, m.seq)}, ${m.words})`;
  }

  async remove(tx: Tx, m: Omit<IndexedMessage, 'words'>): Promise<void> {
    await tx.$executeRaw`DELETE FROM "MessageSearch" WHERE rowid = ${rowid(m.conversationId, m.seq)}`;
  }

  async forgetConversation(tx: Tx, conversationId: number): Promise<void> {
    await tx.$executeRaw`DELETE FROM "MessageSearch" WHERE rowid BETWEEN (${conversationId} << 32) AND ((${conversationId} << 32) | 4294967295)`;
  }

  async clear(tx: Tx): Promise<void> {
    await tx.$executeRaw`INSERT INTO "MessageSearch" ("MessageSearch") VALUES ('delete-all')`;
  }

  batch(tx: Tx, from: { conversationId: number; seq: number }, size: number): Promise<StoredText[]> {
    return storedTexts(tx, from, size);
  }

  async putMany(tx: Tx, messages: IndexedMessage[]): Promise<void> {
    for (const m of messages) await this.put(tx, m);
  }
}
