// Which database a benchmark's realm runs on: SQLite by default (SQLITE_SYNCHRONOUS passed through), or
// PostgreSQL with BENCH_DATABASE=postgres (a scratch database on BENCH_POSTGRES_URL, dropped afterwards).
import { createScratchDatabase } from '../../tools/scratch-postgres.js';
import { startRealm, type Running } from './processes.js';

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface ChosenDatabase {
  label: string;
  start: () => Promise<Running>;
  /** The same realm again (stopped first by the caller) on its data, with these node flags. */
  restart: (realm: Running, nodeArgs: string[]) => Promise<Running>;
}

/** `kind` overrides the environment: 'full' or 'normal' (SQLite's synchronous) or 'postgres'. */
export function realmOnChosenDatabase(env: Record<string, string> = {}, kind?: 'full' | 'normal' | 'postgres'): ChosenDatabase {
  const synchronous = kind === 'full' || kind === 'normal' ? kind.toUpperCase() : (process.env.SQLITE_SYNCHRONOUS ?? 'FULL');
  const base = { SQLITE_SYNCHRONOUS: synchronous, ...env };
  if ((kind ?? process.env.BENCH_DATABASE) !== 'postgres') {
    return {
      label: `SQLite, synchronous=${synchronous}`,
      start: () => startRealm(base),
      restart: (realm, nodeArgs) => startRealm(base, { dataDir: realm.dataDir!, nodeArgs }),
    };
  }
  let db: { url: string; drop(): Promise<void> } | null = null;
  const withDrop = (realm: Running): Running => ({
    ...realm,
    async cleanup() {
      await realm.cleanup();
      await db?.drop();
    },
  });
  return {
    label: 'PostgreSQL',
    async start() {
      db = await createScratchDatabase(POSTGRES_URL, `rc_bench_${process.pid}_${Date.now().toString(36)}`);
      return withDrop(await startRealm({ ...base, DATABASE_URL: db.url }));
    },
    restart: async (realm, nodeArgs) => withDrop(await startRealm({ ...base, DATABASE_URL: db!.url }, { dataDir: realm.dataDir!, nodeArgs })),
  };
}
