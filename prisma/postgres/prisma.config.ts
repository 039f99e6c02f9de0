// Prisma CLI configuration for the PostgreSQL schema (generated from prisma/schema.prisma): the
// JavaScript schema engine with the pg driver adapter, on DATABASE_URL (or the local server).
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// The schema's datasource names a variable rather than a literal URL (a literal makes the CLI warn
// about hardcoded credentials at every install); it is never used to connect, but must resolve.
process.env.REALM_CHAT_PRISMA_CLI_URL ??= 'postgresql://localhost/realm_chat';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  async adapter() {
    const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgresql://postgres@127.0.0.1:5432/postgres';
    return new PrismaPg({ connectionString: url });
  },
});
