// Runs once per `npm test`: applies the migrations to a template database with the Prisma CLI (the
// same path `npm start` takes). Each test file copies the template instead of migrating again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../src/db/migrate.js';

export default async function setup(project: TestProject) {
  // The browser tests load the web client from web/dist: build it if a source changed.
  const { buildWebIfStale } = (await import(pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/web-build.mjs')).href)) as {
    buildWebIfStale: () => boolean;
  };
  buildWebIfStale();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-template-'));
  const file = path.join(dir, 'template.db');
  await migrateDatabase(`file:${file}`);
  project.provide('templateDb', file);
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    // PostgreSQL scratch databases apps were not dropped with (restarts on a data dir, failures).
    const { dropOrphanedScratchDatabases } = await import('./postgres-cleanup.js');
    await dropOrphanedScratchDatabases();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
  }
}
