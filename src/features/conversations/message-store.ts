// The message-append hot path as a storage interface: one call commits a batch of sends in one
// transaction and reports, per row, the seq it got or the earlier message it duplicates. Each SQL
// dialect implements it with statements prepared once on the driver Prisma's adapter wraps
// (message-append.sqlite.ts; a PostgreSQL twin sits beside it). Prisma still owns the schema: a test
// prepares every statement against a Prisma-migrated database.

export interface AppendRow {
  id: string;
  conversationId: number;
  senderId: number;
  text: string | null;
  fileId: string | null;
  /** Idempotency key: unique per sender; a row whose key was used before is not inserted. */
  clientTxnId: string | null;
  /** A reply: the message it answers, and the root of its thread (whose reply count goes up). */
  replyToId: string | null;
  threadId: string | null;
  /** Users mentioned who can read the conversation, and their handles as the message shows them. */
  mentions: { userIds: number[]; handles: string[] } | null;
  /** Its folded words for the search index (shared/search-text.ts); null: nothing to index. */
  words: string | null;
  /** A federation event to queue with the message (a DM to another realm's user). */
  outbox?: { destination: string; type: string; payload: string } | undefined;
  /** Queue one group.message per member realm (a group homed here with remote members). */
  fanOut?: boolean | undefined;
}

export interface AppendRequest {
  rows: AppendRow[];
  /** Commit time, ISO 8601: every row and event of the batch carries it. */
  at: string;
  /** This realm's id, for group fan-out payloads. */
  selfRealm: string;
  /** Conversations whose members the caller does not know (groups): read inside the transaction. */
  audienceOf: number[];
}

export type AppendOutcome =
  | { kind: 'created'; seq: number; eventSeq: number }
  /** The sender used this clientTxnId before: nothing was written; this is the earlier message. */
  | { kind: 'duplicate'; id: string; conversationId: number }
  /** The conversation was deleted before the batch committed. */
  | { kind: 'gone' };

export interface AppendResult {
  outcomes: AppendOutcome[];
  /** Members (not invited) of each conversation in `audienceOf`, as of the commit. */
  members: Array<[number, number[]]>;
  /** Peers that got new outbox rows: their delivery should start. */
  destinations: string[];
}

export interface MessageStore {
  append(request: AppendRequest): Promise<AppendResult>;
  close(): Promise<void>;
}
