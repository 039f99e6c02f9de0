// Test apps: each gets a fresh copy of the migrated template database in its own temp dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';

/** Cheap argon2 for tests; production uses OWASP parameters. */
export const TEST_PASSWORD_PARAMS = { memoryKiB: 1024, iterations: 1 };

export function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-test-'));
  fs.copyFileSync(inject('templateDb'), path.join(dir, 'chat.db'));
  return dir;
}

/** PostgreSQL mode: the database each data dir's app uses, so a restart on that dir finds its data. */
const postgresByDataDir = new Map<string, string>();

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  const postgres = postgresByDataDir.get(dataDir);
  return loadConfig({
    ...(postgres ? { DATABASE_URL: postgres } : {}),
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LEGACY_TCP_PORT: '0',
    RATE_LIMIT_REGISTER_PER_HOUR: '100000',
    RATE_LIMIT_SENDS_PER_MINUTE: '100000',
    RATE_LIMIT_UPLOADS_PER_MINUTE: '100000',
    RATE_LIMIT_REQUESTS_PER_MINUTE: '100000',
    // Every response is checked against its schema: a drift from the contract fails the test.
    VALIDATE_RESPONSES: 'true',
    ...env,
  });
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * With TEST_DATABASE=postgres (the `postgres` vitest project), each app gets a scratch PostgreSQL
 * database of its own, migrated, instead of the SQLite copy: the same behaviour suites run on both.
 */
export async function postgresFor(env: Record<string, string>, dataDir: string): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (process.env.TEST_DATABASE !== 'postgres' || env.DATABASE_URL || postgresByDataDir.has(dataDir)) return { env, drop: async () => {} };
  const { scratchDatabase } = await import('./postgres.js');
  const { migratePostgres } = await import('../../src/db/migrate-postgres.js');
  const db = await scratchDatabase();
  await migratePostgres(db.url);
  postgresByDataDir.set(dataDir, db.url);
  return {
    env,
    drop: async () => {
      postgresByDataDir.delete(dataDir);
      await db.drop();
    },
  };
}

export async function createTestApp(env: Record<string, string> = {}, dataDir = freshDataDir()): Promise<TestApp> {
  const database = await postgresFor(env, dataDir);
  const config = testConfig(dataDir, database.env);
  const app = await buildApp({ config, passwordParams: TEST_PASSWORD_PARAMS });
  await app.ready();
  return {
    app,
    config,
    dataDir,
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
