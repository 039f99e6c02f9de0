// The runners of the hot-path statements (statements.ts): better-sqlite3 on a read-only connection of
// its own (WAL: each statement sees what had committed when it began), and the pg pool with named
// statements (prepared once per connection). Both return rows in one shape: timestamps as Dates,
// booleans as booleans, counts as numbers.
import Database from 'better-sqlite3';
import type pg from 'pg';
import { ListParam, type Param, type SqlReads, type Statement } from './statements.js';

type Row = Record<string, unknown>;
type Convert = (row: Row) => Row;

/** Timestamps and booleans by the schema's naming rule (statements.ts). */
function converterFor(columns: readonly string[], fromText: boolean): Convert | null {
  const dates = columns.filter((c) => c.endsWith('At'));
  const flags = fromText ? columns.filter((c) => /^is[A-Z]/.test(c)) : [];
  if (dates.length === 0 && flags.length === 0) return null;
  return (row) => {
    for (const c of dates) {
      const v = row[c];
      if (typeof v === 'string') row[c] = new Date(v);
    }
    for (const c of flags) if (typeof row[c] === 'number') row[c] = row[c] !== 0;
    return row;
  };
}

/** DateTime as Prisma's better-sqlite3 adapter writes it (ISO 8601 with +00:00): comparisons are textual. */
export const sqliteDateTime = (d: Date) => d.toISOString().replace('Z', '+00:00');

export class SqliteReads implements SqlReads {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly prepared = new Map<string, { statement: Database.Statement; convert: Convert | null }>();

  constructor(file: string, busyTimeoutMs: number) {
    this.db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  }

  private prepare(s: Statement<unknown>) {
    let p = this.prepared.get(s.name);
    if (!p) {
      const statement = this.db.prepare(s.sqlite);
      p = { statement, convert: converterFor(statement.reader ? statement.columns().map((c) => c.name) : [], true) };
      this.prepared.set(s.name, p);
    }
    return p;
  }

  all<R>(s: Statement<R>, ...params: Param[]): Promise<R[]> {
    try {
      const { statement, convert } = this.prepare(s);
      const rows = statement.all(...params.map(toSqlite)) as Row[];
      if (convert) for (const row of rows) convert(row);
      return Promise.resolve(rows as R[]);
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
