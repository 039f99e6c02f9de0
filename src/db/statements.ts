// Statements of the hot read paths, written once in SQL and run as prepared statements on each
// database's own driver (better-sqlite3, pg), outside the ORM: Prisma spends about a millisecond of
// query compilation and adapter work on each query, which made the reads every screen makes 10–100×
// slower than a bare route (docs/performance.md, "Reads"). Prisma still owns the schema, the migrations
// and the cold paths.
//
// How a statement is written:
// - `?` placeholders, in order (turned into $1, $2… for PostgreSQL). No `?` inside string literals.
// - Lists as one parameter: `x ${d.inInts}` / `x ${d.inTexts}` with `list(values)` (json_each on SQLite,
//   = ANY(array) on PostgreSQL). Anything else dialect-specific is written with `d.sqlite ? … : …`.
// - Result columns keep the schema's names: a column ending in "At" is a timestamp (read as a Date),
//   one starting with "is" a boolean; counts come back as numbers. The schema test checks that the
//   Prisma schema keeps to these names (test/db/statements.test.ts), and prepares every statement
//   against the Prisma-migrated schema on both databases.

export type Dialect = 'sqlite' | 'postgres';

export interface DialectSql {
  readonly sqlite: boolean;
  /** `IN (…)` over a list() of integers. */
  readonly inInts: string;
  /** `IN (…)` over a list() of strings. */
  readonly inTexts: string;
  /** Case-insensitive "contains" on a column, its pattern a parameter made by `contains()`. */
  readonly ilike: string;
}

const DIALECTS: Record<Dialect, DialectSql> = {
  sqlite: {
    sqlite: true,
    inInts: 'IN (SELECT value FROM json_each(?))',
    inTexts: 'IN (SELECT value FROM json_each(?))',
    ilike: "LIKE ? ESCAPE '\\'",
  },
  postgres: {
    sqlite: false,
    inInts: '= ANY(?::int[])',
    inTexts: '= ANY(?::text[])',
    ilike: "ILIKE ? ESCAPE '\\'",
  },
};

export interface Statement<Row> {
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
  /** Phantom: the row type, for the runner's result. */
  readonly row?: Row;
}

const registry = new Map<string, Statement<unknown>>();

/** Numbers `?` placeholders as $1, $2… (PostgreSQL). */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/**
 * Declares a statement. Names are unique across the program (they name PostgreSQL's prepared
 * statements), and every statement is listed for the schema test.
 */
export function statement<Row>(name: string, text: string | ((d: DialectSql) => string)): Statement<Row> {
  if (registry.has(name)) throw new Error(`statement ${name} is declared twice`);
  const of = (d: Dialect) => (typeof text === 'string' ? text : text(DIALECTS[d]));
  const s: Statement<Row> = { name, sqlite: of('sqlite'), postgres: numbered(of('postgres')) };
  registry.set(name, s as Statement<unknown>);
  return s;
}

/** Every statement declared so far (the schema test imports every module first). */
export function declaredStatements(): Statement<unknown>[] {
  return [...registry.values()];
}

/** A list parameter (see DialectSql.inInts). */
export class ListParam {
  constructor(readonly values: ReadonlyArray<string | number>) {}
}
export const list = (values: ReadonlyArray<string | number>) => new ListParam(values);

/** The LIKE pattern for "contains `text`", with LIKE's own characters escaped. */
export function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type Param = string | number | boolean | null | Date | ListParam;

export interface SqlReads {
  readonly dialect: Dialect;
  all<Row>(statement: Statement<Row>, ...params: Param[]): Promise<Row[]>;
  get<Row>(statement: Statement<Row>, ...params: Param[]): Promise<Row | undefined>;
  close(): Promise<void>;
}
