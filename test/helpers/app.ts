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

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LEGACY_TCP_PORT: '0',
    RATE_LIMIT_REGISTER_PER_HOUR: '100000',
    RATE_LIMIT_SENDS_PER_MINUTE: '100000',
    RATE_LIMIT_UPLOADS_PER_MINUTE: '100000',
    RATE_LIMIT_REQUESTS_PER_MINUTE: '100000',
    ...env,
  });
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, dataDir = freshDataDir()): Promise<TestApp> {
  const config = testConfig(dataDir, env);
  const app = await buildApp({ config, passwordParams: TEST_PASSWORD_PARAMS });
  await app.ready();
  return {
    app,
    config,
    dataDir,
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
