/// <reference types="vite/client" />
// The hot-path statements (src/db/statements.ts) against the schema Prisma owns: every statement
// declared anywhere in src/ prepares on a SQLite database the Prisma migrations built and on a
// PostgreSQL database the PostgreSQL migrations built; and the schema keeps the naming rule the runners
// rely on to give rows one shape (timestamps end in "At", booleans start with "is").
import Database from 'better-sqlite3';
import { Prisma } from '@prisma/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { declaredStatements } from '../../src/db/statements.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';

// Every module of the server, so that each statement it declares is in the registry (entry points and
// worker scripts excluded: they start things when loaded).
await Promise.all(
  Object.values(
    import.meta.glob(['../../src/**/*.ts', '!../../src/main.ts', '!../../src/cli/**', '!../../src/**/*.worker.ts', '!../../src/db/checkpointer*.ts']),
  ).map((load) => load()),
);
const statements = declaredStatements();

describe('hot-path statements', () => {
  it('are declared (the registry saw the modules)', () => {
    expect(statements.length).toBeGreaterThan(10);
  });

  it('prepare against the Prisma-migrated SQLite schema', () => {
    const db = new Database(inject('templateDb'), { readonly: true });
    try {
      const failures = statements.flatMap((s) => {
        try {
          db.prepare(s.sqlite);
          return [];
        } catch (error) {
          return [`${s.name}: ${(error as Error).message}`];
        }
      });
      expect(failures).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('rely on a schema whose timestamps end in "At" and whose booleans start with "is"', () => {
    const misnamed = Prisma.dmmf.datamodel.models.flatMap((model) =>
      model.fields.flatMap((f) => {
        const stamp = f.type === 'DateTime';
        const flag = f.type === 'Boolean';
        const wrong = stamp !== f.name.endsWith('At') || flag !== /^is[A-Z]/.test(f.name);
        return f.kind === 'scalar' && wrong ? [`${model.name}.${f.name}: ${f.type}`] : [];
      }),
    );
    expect(misnamed).toEqual([]);
  });
});

describePostgres('hot-path statements on PostgreSQL', () => {
  let db: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    db = await scratchDatabase();
    await migratePostgres(db.url);
  });
  afterAll(async () => db?.drop());

  it('prepare against the schema the PostgreSQL migrations built', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const failures: string[] = [];
      for (const [i, s] of statements.entries()) {
        try {
          await client.query(`PREPARE check_${i} AS ${s.postgres}`);
          await client.query(`DEALLOCATE check_${i}`);
        } catch (error) {
          failures.push(`${s.name}: ${(error as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
