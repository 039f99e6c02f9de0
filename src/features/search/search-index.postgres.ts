// The PostgreSQL search index: "Message"."searchVector" (to_tsvector('simple', folded words)) with a
// GIN index. 'simple' only splits and lower-cases: the words arrive folded (shared/search-text.ts),
// and no language's stemmer is applied (see there).
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

/** A tsquery: every term as a quoted lexeme, a prefix where it is one (`'makan':* & 'nasi'`). */
export function tsQuery(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `'${t.word}'${t.prefix ? ':*' : ''}`).join(' & ');
}

export class PostgresSearchIndex implements SearchIndex {
  constructor(private readonly read: ReadClient) {}

  async search(f: SearchFilter): Promise<SearchHit[]> {
    const conversation = f.conversationId === undefined ? sql`` : sql`AND m."conversationId" = ${f.conversationId}`;
    const sender = f.senderId === undefined ? sql`` : sql`AND m."senderId" = ${f.senderId}`;
    const after = f.after === undefined ? sql`` : sql`AND m."createdAt" > ${f.after}`;
    const before = f.before === undefined ? sql`` : sql`AND m."createdAt" < ${f.before}`;
    // The member conversations as one array (an InitPlan, read once): as an IN (subquery) the planner
    // chose a nested loop that repeated the whole GIN scan per conversation (1.3 s instead of 38 ms on
    // the 1M-message benchmark).
    const rows = await this.read.$queryRaw<HitRow[]>(
      hydrated(sql`
        SELECT m."conversationId", m."seq", ts_rank(m."searchVector", q)::float8 AS "score", (m."conversationId"::bigint << 32) | m."seq" AS "ord"
        FROM "Message" m, to_tsquery('simple', ${tsQuery(f.terms)}) q
        WHERE m."searchVector" @@ q
          AND m."conversationId" = ANY((SELECT array_agg("conversationId") FROM "Membership" WHERE "userId" = ${f.userId} AND "role" <> 'invited')::int[])
          ${conversation} ${sender} ${after} ${before}
        ORDER BY "score" DESC, "ord" DESC
        LIMIT ${f.limit} OFFSET ${f.offset}`),
    );
    return rows.map(toHit);
  }

  async put(tx: Tx, m: IndexedMessage): Promise<void> {
    await tx.$executeRaw`UPDATE "Message" SET "searchVector" = to_tsvector('simple', ${m.words}::text) WHERE "id" = ${m.id}`;
  }

  async remove(tx: Tx, m: Omit<IndexedMessage, 'words'>): Promise<void> {
    await tx.$executeRaw`UPDATE "Message" SET "searchVector" = NULL WHERE "id" = ${m.id}`;
  }

  async forgetConversation(): Promise<void> {
    // The vectors are columns of the messages: they go with them.
  }

  async clear(): Promise<void> {
    // Every batch overwrites each row's vector (NULL where there is no text): nothing to empty first.
  }

  batch(tx: Tx, from: { conversationId: number; seq: number }, size: number): Promise<StoredText[]> {
    return storedTexts(tx, from, size);
  }

  async putMany(tx: Tx, messages: IndexedMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await tx.$executeRaw`
      UPDATE "Message" m SET "searchVector" = to_tsvector('simple', v.words)
      FROM unnest(${messages.map((x) => x.id)}::text[], ${messages.map((x) => x.words)}::text[]) AS v(id, words)
      WHERE m."id" = v.id`;
  }
}
