// The server process: read config, apply pending migrations, build the app, listen, and shut down
// gracefully on SIGTERM/SIGINT (stop accepting, finish in-flight requests, close the database).
import { buildApp } from './app.js';
import { ConfigError, loadConfig, sqlitePath, type Config } from './config.js';
import { isDatabaseDamaged } from './shared/errors.js';
import { applyMigrations } from './db/migrations.js';
import { checkPortsFree, prepareDataDir, StartupError } from './startup-checks.js';

/** A database URL without its password, for the log. */
function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`realm-chat: ${e.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }

  // Whatever the process (and the migration CLI it starts) creates is its own user's only: the data dir
  // holds hashes, messages and keys. Files that exist with looser modes are tightened by Database.open.
  process.umask(0o077);
  // Before anything is written: a port another process holds, or a data dir this user cannot write,
  // is reported plainly instead of after (or in the middle of) creating and migrating the database.
  await checkPortsFree(config);
  prepareDataDir(config.dataDir);
  const migration = await applyMigrations(config.databaseUrl).catch((error: unknown) => {
    if (!isDatabaseDamaged(error)) throw error;
    const file = sqlitePath(config.databaseUrl);
    throw new StartupError(
      `the database ${file} is damaged or not a SQLite database (${(error as Error).message}): restore it from a backup, or move it (and its -wal, -shm files) aside to start empty.`,
      65,
    );
  });
  const app = await buildApp({ config });
  app.log.info({ databaseUrl: redactUrl(config.databaseUrl), migrationsApplied: migration.applied }, 'database ready');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    // A second signal, or a shutdown that hangs, ends the process anyway.
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    app.close().then(
      () => {
        app.log.info('shutdown complete');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (config.legacyTcpPort > 0) await app.legacy.listen(config.legacyTcpPort, config.legacyTcpHost);
  app.log.info({ realm: config.realmId, url: config.realmUrl, dataDir: config.dataDir }, 'realm chat started');
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`realm-chat: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`realm-chat: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
