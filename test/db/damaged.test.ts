// A SQLite file damaged on disk. Damaged in the pages of one table, the server notices on the first
// read that hits them: readiness fails (the load balancer stops routing here), writes are refused
// rather than written into a broken file, clients get 503, and the log says which file and what to do.
// Damaged in its header, the server refuses to start with one line naming the file.
import Sqlite from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { freshDataDir, TEST_PASSWORD_PARAMS, testConfig } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';
import { runMain } from '../helpers/server-process.js';
import { freePort } from '../helpers/realms.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Overwrites the given pages of the (checkpointed) database file with junk. */
function damage(file: string, pages: (db: Sqlite.Database) => number[]): void {
  const db = new Sqlite(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const size = db.pragma('page_size', { simple: true }) as number;
  const targets = pages(db);
  db.close();
  const fd = fs.openSync(file, 'r+');
  for (const page of targets) fs.writeSync(fd, Buffer.alloc(size, 0xab), 0, size, (page - 1) * size);
  fs.closeSync(fd);
}

describe('a damaged database file', () => {
  it('in a table’s pages: readiness fails, writes are refused, clients get 503, the log names the file', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const first = await buildApp({ config: testConfig(dataDir), passwordParams: TEST_PASSWORD_PARAMS });
    const f = new Factory(first);
    const [alice, bob] = [await f.newUser('alice'), await f.newUser('bob')];
    for (let i = 0; i < 60; i++) await f.dm(alice, bob.username, `pesan ${i} ${'x'.repeat(200)}`);
    await first.close();

    damage(path.join(dataDir, 'chat.db'), (db) =>
      (db.prepare(`SELECT pageno FROM dbstat WHERE name = 'Message' AND pagetype = 'leaf'`).all() as Array<{ pageno: number }>).map((r) => r.pageno),
    );

    const lines: string[] = [];
    const app = await buildApp({
      config: testConfig(dataDir, { LOG_LEVEL: 'info' }),
      passwordParams: TEST_PASSWORD_PARAMS,
      logStream: { write: (line) => void lines.push(line) },
    });
    try {
      const g = new Factory(app);
      const history = await g.get(alice, `/api/v1/direct/${bob.username}/messages?limit=200`);
      expect(history.statusCode).toBe(503);
      expect(history.json().error.code).toBe('unavailable');
      expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'database damaged' });
      expect((await g.dm(alice, bob.username, 'setelah rusak')).statusCode).toBe(503);
      const told = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 60);
      expect(told).toHaveLength(1);
      expect(told[0].msg).toContain(path.join(dataDir, 'chat.db'));
      expect(told[0].msg).toMatch(/restore the file from a backup/);
    } finally {
      await app.close();
    }
  });

  it('in its header: the server refuses to start, naming the file and what to do', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const file = path.join(dataDir, 'chat.db');
    damage(file, () => [1]);
    const run = runMain({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(await freePort()), LEGACY_TCP_PORT: '0' });
    expect(await run.exited).toBe(65);
    expect(run.output()).toContain(`the database ${file} is damaged or not a SQLite database`);
    expect(run.output()).toMatch(/restore it from a backup, or move it/);
    expect(run.output()).not.toContain('    at ');
  });
});
