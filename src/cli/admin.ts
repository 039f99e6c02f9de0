// npm run admin -- <command>: account administration on the database of the environment (the same
// variables as the server), safe while the server runs: writes are ordinary transactions, and the
// server notices revoked sessions within two seconds (it polls for them). See admin-commands.ts.
import readline from 'node:readline';
import { ConfigError, loadConfig } from '../config.js';
import { ADMIN_USAGE, isRefusal, runAdminCommand, UsageError } from './admin-commands.js';
import { Database } from '../db/database.js';
import { applyMigrations } from '../db/migrations.js';
import { LocalEventBus } from '../features/events/event-bus.js';
import { AdminService } from '../features/users/admin.service.js';
import { PasswordHasher } from '../features/users/password.js';
import { RegistrationRepository } from '../features/users/registration.repository.js';
import { SessionService } from '../features/users/sessions.service.js';
import { SessionsRepository } from '../features/users/sessions.repository.js';
import { UsersRepository } from '../features/users/users.repository.js';
import { prepareDataDir } from '../startup-checks.js';

const fail = (message: string, code: number): never => {
  process.stderr.write(`admin: ${message}\n`);
  process.exit(code);
};

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
  process.stdout.write(`${ADMIN_USAGE}\n`);
  process.exit(argv.length === 0 ? 2 : 0);
}

let config;
try {
  config = loadConfig(process.env);
} catch (e) {
  fail(e instanceof ConfigError ? e.message : String(e), 78);
}
process.umask(0o077);
prepareDataDir(config!.dataDir);
// The first command on a new data dir (create-admin before the first start) creates the database.
await applyMigrations(config!.databaseUrl);
const db = await Database.open({ url: config!.databaseUrl, synchronous: config!.sqliteSynchronous });
const sessions = new SessionService(db, new SessionsRepository(db.read, db.reads), new LocalEventBus(), config!.sessionTtlMs, (e) =>
  process.stderr.write(`admin: ${String(e)}\n`),
);
const admin = new AdminService(
  db,
  new UsersRepository(db.read, db.reads),
  new RegistrationRepository(db.read),
  sessions,
  new PasswordHasher(),
  config!.federation.adminUsers,
  config!.registration,
);

const readLine = () =>
  new Promise<string>((resolve) => {
    if (process.stdin.isTTY) process.stderr.write('password: ');
    const rl = readline.createInterface({ input: process.stdin });
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(line);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });

let exitCode = 0;
try {
  await runAdminCommand(argv, admin, { out: (line) => process.stdout.write(`${line}\n`), readLine });
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`admin: ${e.message}\n${ADMIN_USAGE}\n`);
    exitCode = 2;
  } else if (isRefusal(e)) {
    process.stderr.write(`admin: ${e.message}\n`);
    exitCode = 1;
  } else throw e;
} finally {
  await sessions.close();
  await db.close();
}
process.exit(exitCode);
