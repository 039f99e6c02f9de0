// The PostgreSQL Prisma schema, derived from the SQLite one (prisma/schema.prisma, the single source):
// the same models, another provider, and its own generated client. Pure, so the drift test and the
// generator script (scripts/postgres-schema.ts) share it.

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:postgres\`: do not edit by hand.
// The same models on PostgreSQL (driver adapter: @prisma/adapter-pg). test/db/postgres-schema.test.ts
// fails when this file or prisma/postgres/migrations drift from the SQLite source.
`;

export function postgresSchemaFrom(sqliteSchema: string): string {
  const body = sqliteSchema.replace(/^(\/\/[^\n]*\n)+/, '');
  const generator = /generator client \{[^}]*\}/.exec(body);
  const datasource = /datasource db \{[^}]*\}/.exec(body);
  if (!generator || !datasource) throw new Error('prisma/schema.prisma: expected a "generator client" and a "datasource db" block');
  if (!/provider\s*=\s*"sqlite"/.test(datasource[0])) throw new Error('prisma/schema.prisma: expected the sqlite provider');
  const pgGenerator = generator[0].replace(/\n\}$/, '\n  output     = "../../generated/postgres"\n}');
  const pgDatasource = `datasource db {
  provider = "postgresql"
  // Never read: connections go through the driver adapter (prisma/postgres/prisma.config.ts). A variable,
  // not a literal, only so that the CLI does not warn about a hardcoded URL at every install.
  url      = env("REALM_CHAT_PRISMA_CLI_URL")
}`;
  // Lines written `// @postgres …` in the source are PostgreSQL-only (e.g. a tsvector column): kept here.
  const pgOnly = body.replace(/^(\s*)\/\/ @postgres /gm, '$1');
  return HEADER + '\n' + pgOnly.replace(generator[0], pgGenerator).replace(datasource[0], pgDatasource);
}
