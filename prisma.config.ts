// Prisma CLI configuration: the JavaScript schema engine with the better-sqlite3 driver adapter, so
// `prisma generate`, `migrate deploy` and `migrate diff` need nothing but the npm registry.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { loadConfig, sqlitePath } from './src/config.js';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    const { databaseUrl } = loadConfig(process.env);
    const file = sqlitePath(databaseUrl);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: `file:${file}` });
  },
});
