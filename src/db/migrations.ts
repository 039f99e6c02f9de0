// Pending migrations for whichever database the URL names (the server at start, and the admin and
// backup commands, which may be the first to touch a new data dir).
import { isPostgresUrl } from './database.js';
import { migrateDatabase, type MigrationResult } from './migrate.js';

export async function applyMigrations(databaseUrl: string): Promise<MigrationResult> {
  // The PostgreSQL runner (and pg) is loaded only for a PostgreSQL URL.
  return isPostgresUrl(databaseUrl) ? (await import('./migrate-postgres.js')).migratePostgres(databaseUrl) : migrateDatabase(databaseUrl);
}
