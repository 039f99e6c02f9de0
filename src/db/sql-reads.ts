// The runners of the hot-path statements (statements.ts): better-sqlite3 on a read-only connection of
// its own (WAL: each statement sees what had committed when it began), and the pg pool with named
// statements (prepared once per connection). Both return rows in one shape: timestamps as Dates,
// booleans as booleans, counts as numbers.
import Database from 'better-sqlite3';
import type pg from 'pg';
import { ListParam, type Param, type SqlReads, type Statement } from './statements.js';

type Row = Record<string, unknown>;

/**
 * Builds a row object from better-sqlite3's raw array, timestamps and booleans converted by the schema's
 * naming rule (statements.ts). Generated once per statement: one object shape per statement is several
 * times faster than letting the driver make an object per row (half the cost of a 50-message page).
 */
function rowBuilder(columns: readonly string[]): (values: unknown[]) => Row {
  const fields = columns.map((c, i) => {
    const v = `v[${i}]`;
    const value = c.endsWith('At') ? `(typeof ${v} === 'string' ? new Date(${v}) : ${v})` : /^is[A-Z]/.test(c) ? `(${v} === null ? null : ${v} !== 0)` : v;
    return `${JSON.stringify(c)}: ${value}`;
  });
  // Column names come from our own SQL (quoted by JSON.stringify), never from input.
  return new Function('v', `return { ${fields.join(', ')} };`) as (values: unknown[]) => Row;
}

/** DateTime as Prisma's better-sqlite3 adapter writes it (ISO 8601 with +00:00): comparisons are textual. */
export const sqliteDateTime = (d: Date) => d.toISOString().replace('Z', '+00:00');

export class SqliteReads implements SqlReads {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly prepared = new Map<string, { statement: Database.Statement; build: (values: unknown[]) => Row }>();

  constructor(file: string, busyTimeoutMs: number) {
    this.db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  }

  private prepare(s: Statement<unknown>) {
    let p = this.prepared.get(s.name);
    if (!p) {
      const statement = this.db.prepare(s.sqlite).raw(true);
      p = { statement, build: rowBuilder(statement.columns().map((c) => c.name)) };
      this.prepared.set(s.name, p);
    }
    return p;
  }

  all<R>(s: Statement<R>, ...params: Param[]): Promise<R[]> {
    try {
      const { statement, build } = this.prepare(s);
      const rows = statement.all(...params.map(toSqlite)) as unknown[][];
      return Promise.resolve(rows.map(build) as R[]);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async get<R>(s: Statement<R>, ...params: Param[]): Promise<R | undefined> {
    return (await this.all(s, ...params))[0];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toSqlite(p: Param): unknown {
  if (p instanceof ListParam) return JSON.stringify(p.values);
  if (p instanceof Date) return sqliteDateTime(p);
  if (typeof p === 'boolean') return p ? 1 : 0;
  return p;
}

/** timestamp(3) columns hold UTC wall-clock time (as Prisma's adapter-pg writes them); counts are int8. */
const TIMESTAMP = 1114;
const INT8 = 20;
function typesOf(pgModule: Pick<typeof pg, 'types'>): pg.CustomTypesConfig {
  const parseTimestamp = (v: string) => new Date(`${v.replace(' ', 'T')}Z`);
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === TIMESTAMP) return parseTimestamp;
      if (oid === INT8) return Number;
      return pgModule.types.getTypeParser(oid, format);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** A timestamp(3) parameter: UTC wall-clock time, as the columns hold it. */
export const pgTimestamp = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

export class PostgresReads implements SqlReads {
  readonly dialect = 'postgres' as const;
  private readonly types: pg.CustomTypesConfig;

  constructor(
    private readonly pool: pg.Pool,
    /** Passed in: a SQLite server never loads the PostgreSQL driver. */
    pgModule: Pick<typeof pg, 'types'>,
  ) {
    this.types = typesOf(pgModule);
  }

  async all<R>(s: Statement<R>, ...params: Param[]): Promise<R[]> {
    const result = await this.pool.query({ name: s.name, text: s.postgres, values: params.map(toPostgres), types: this.types });
    return result.rows as R[];
  }

  async get<R>(s: Statement<R>, ...params: Param[]): Promise<R | undefined> {
    return (await this.all(s, ...params))[0];
  }

  async close(): Promise<void> {
    // The pool belongs to the database module, which ends it.
  }
}

function toPostgres(p: Param): unknown {
  if (p instanceof ListParam) return p.values;
  if (p instanceof Date) return pgTimestamp(p);
  return p;
}
