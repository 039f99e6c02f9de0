// Helpers for batch statements on the hot path. A batch travels as ONE JSON parameter that SQLite
// expands with json_each(): Prisma's cost is per bound parameter (~4 µs each here), so a 64-row insert
// with 7 columns would otherwise pay for 448 of them. PostgreSQL has the same shape
// (jsonb_array_elements); a Postgres repository needs its own variant of these statements.

/** DateTime exactly as the better-sqlite3 adapter stores it (ISO 8601 with +00:00), so Prisma reads it back. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/** Rows as a JSON array of arrays: column i of a row is json_extract(value, '$[i]'). */
export function jsonRows(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return JSON.stringify(rows);
}
