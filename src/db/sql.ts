// Raw-SQL helpers that read the same on SQLite and PostgreSQL (INSERT … ON CONFLICT DO NOTHING,
// VALUES lists, IN lists), so repositories keep one statement for both databases. Values go through
// Prisma's parameters, which map Dates to each driver's timestamp format.
//
// Why fragments are built here and not with `Prisma.sql` from '@prisma/client': the PostgreSQL client
// is generated with a runtime of its own, and a client only splices fragments made by its own runtime
// (any other is bound as one parameter). The database module selects the runtime once, at open.
import { Prisma } from '@prisma/client';

type SqlRuntime = Pick<typeof Prisma, 'sql' | 'join'>;
let runtime: SqlRuntime = Prisma;

/** Called by the database module when it opens a client of another runtime (PostgreSQL). */
export function useSqlRuntime(next: SqlRuntime): void {
  runtime = next;
}

export type Sql = Prisma.Sql;

/** A fragment to splice into a tagged $queryRaw/$executeRaw. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return runtime.sql(strings, ...values);
}

/** `(a, b), (c, d)` for an INSERT … VALUES of many rows. */
export function valuesList(rows: ReadonlyArray<ReadonlyArray<unknown>>): Sql {
  return runtime.join(rows.map((row) => runtime.sql`(${runtime.join(row as unknown[])})`));
}

/** `a, b, c` for an `IN (…)`; callers must not pass an empty list. */
export function inList(values: ReadonlyArray<string | number>): Sql {
  return runtime.join(values as Array<string | number>);
}
