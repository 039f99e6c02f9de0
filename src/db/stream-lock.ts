// The cluster-wide stream lock (PostgreSQL). Every transaction that appends to the event stream takes
// it first (pg_advisory_xact_lock, released at commit), so stream seqs commit in seq order across
// instances, and a reader that knows seq S committed knows every lower seq is final
// (features/events/ordered-feed.ts). Its own module: the append store needs it without loading the
// PostgreSQL client.
export const STREAM_LOCK = 0x52434150; // "RCAP"
// The cast: Prisma cannot read a column of type void.
export const STREAM_LOCK_SQL = `SELECT pg_advisory_xact_lock(${STREAM_LOCK})::text AS "locked"`;
