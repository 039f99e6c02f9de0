// Raw-SQL helpers that read the same on SQLite and PostgreSQL (INSERT … ON CONFLICT DO NOTHING,
// VALUES lists, IN lists), so repositories keep one statement for both databases. Values go through
// Prisma's parameters, which map Dates to each driver's timestamp format.
import { Prisma } from '@prisma/client';

/** `(a, b), (c, d)` for an INSERT … VALUES of many rows. */
export function valuesList(rows: ReadonlyArray<ReadonlyArray<unknown>>): Prisma.Sql {
  return Prisma.join(rows.map((row) => Prisma.sql`(${Prisma.join(row as unknown[])})`));
}

/** `a, b, c` for an `IN (…)`; callers must not pass an empty list. */
export function inList(values: ReadonlyArray<string | number>): Prisma.Sql {
  return Prisma.join(values as Array<string | number>);
}
