// npm run seed:demo — creates the seed project's three demo accounts (password "surabaya"), for trying
// the old clients. Never done by default. Uses the same environment variables as the server.
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { createServices } from '../src/services.js';
import { AppError } from '../src/shared/errors.js';
import pino from 'pino';

const DEMO = [
  { username: 'messi', displayName: 'Lionel Messi', country: 'Argentina' },
  { username: 'henderson', displayName: 'Jordan Henderson', country: 'Inggris' },
  { username: 'lineker', displayName: 'Gary Lineker', country: 'Inggris' },
];

const config = loadConfig(process.env);
await migrateDatabase(config.databaseUrl);
const db = await Database.open({ url: config.databaseUrl, synchronous: config.sqliteSynchronous });
const services = createServices({ config, db, logger: pino({ level: 'silent' }) });
try {
  for (const user of DEMO) {
    try {
      await services.users.register({ ...user, password: 'surabaya' }, { ip: 'seed:demo', origin: 'api' });
      process.stdout.write(`created ${user.username} (${user.displayName}, ${user.country}), password surabaya\n`);
    } catch (e) {
      if (e instanceof AppError && e.code === 'conflict') process.stdout.write(`${user.username} already exists: left as it is\n`);
      else throw e;
    }
  }
} finally {
  await services.close();
  await db.close();
}
