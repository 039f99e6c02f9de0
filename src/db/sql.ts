// Raw-SQL helpers that read the same on SQLite and PostgreSQL (INSERT … ON CONFLICT DO NOTHING,
// VALUES lists, IN lists), so repositories keep one statement for both databases. Values go through
// Prisma's parameters, which map Dates to each driver's timestamp format.
//
// Why fragments are built here and not with `Prisma.sql` from '@prisma/client': the PostgreSQL client
// is generated with a runtime of its own, and a client only splices fragments made by its own runtime
// (any other is bound as one parameter, silently: a query then reads NULL where a count was meant).
// The database module selects the runtime at open, so one process serves one database kind at a time;
// opening the other kind while one is open is refused rather than left to give wrong answers.
import { Prisma } from '@prisma/client';

type SqlRuntime = Pick<typeof Prisma, 'sql' | 'join' | 'raw'>;
let runtime: SqlRuntime = Prisma;
let openKind: { kind: string; count: number } | null = null;

/** Called by the database module at open; returns the release to call at close. */
export function useSqlRuntime(kind: 'sqlite' | 'postgres', next: SqlRuntime = Prisma): () => void {
  if (openKind && openKind.kind !== kind && openKind.count > 0) {
    throw new Error(`this process already has a ${openKind.kind} database open; one process serves one database kind (SQL fragments are per client runtime)`);
  }
  if (!openKind || openKind.kind !== kind) openKind = { kind, count: 0 };
  openKind.count++;
  runtime = next;
  let released = false;
  return () => {
    if (released || !openKind) return;
    released = true;
    openKind.count--;
  };
}

export type Sql = Prisma.Sql;

/** A fragment to splice into a tagged $queryRaw/$executeRaw. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return runtime.sql(strings, ...values);
}

/** SQL text spliced as it is (a column list declared in code, never a value). */
export function rawSql(text: string): Sql {
  return runtime.raw(text);
}

/** `(a, b), (c, d)` for an INSERT … VALUES of many rows. */
export function valuesList(rows: ReadonlyArray<ReadonlyArray<unknown>>): Sql {
  return runtime.join(rows.map((row) => runtime.sql`(${runtime.join(row as unknown[])})`));
}

/** `a, b, c` for an `IN (…)`; callers must not pass an empty list. */
export function inList(values: ReadonlyArray<string | number>): Sql {
  return runtime.join(values as Array<string | number>);
}
