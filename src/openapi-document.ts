// Builds the app on a throwaway database and renders its OpenAPI document as YAML: the source of the
// checked-in openapi.yaml (scripts/openapi.ts) and of the test that fails when that file is stale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { migrateDatabase } from './db/migrate.js';

export async function renderOpenApiYaml(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-openapi-'));
  try {
    // Defaults everywhere, so the document does not depend on the machine's environment.
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', LEGACY_TCP_PORT: '0' });
    await migrateDatabase(config.databaseUrl);
    const app = await buildApp({ config });
    await app.ready();
    const yaml = app.swagger({ yaml: true });
    await app.close();
    return yaml;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
