import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let alice: TestUser;

const upload = (user: TestUser, body: Buffer, name = 'f.bin') => request(t.app.server).post('/api/v1/files').set(user.auth).attach('file', body, name);

beforeAll(async () => {
  t = await createTestApp({ STORAGE_QUOTA_BYTES: '10000', RATE_LIMIT_UPLOADS_PER_MINUTE: '8' });
  f = new Factory(t.app);
  alice = await f.newUser();
});
afterAll(() => t.close());

describe('limits', () => {
  it('enforces the per-user storage quota with 507 and keeps nothing of the refused upload', async () => {
    const bob = await f.newUser();
    expect((await upload(bob, Buffer.alloc(6000, 1))).status).toBe(201);
    const over = await upload(bob, Buffer.alloc(6000, 2));
    expect(over.status).toBe(507);
    expect(over.body.error.code).toBe('quota_exceeded');
    expect(fs.readdirSync(path.join(t.dataDir, 'files', 'tmp'))).toEqual([]);
    expect((await upload(bob, Buffer.alloc(4000, 3))).status).toBe(201);
    expect((await upload(bob, Buffer.alloc(1, 4))).status).toBe(507);
    // Another user has their own quota.
    expect((await upload(alice, Buffer.alloc(6000, 5))).status).toBe(201);
  });

  it('rate-limits uploads per user', async () => {
    const carol = await f.newUser();
    const codes: number[] = [];
    for (let i = 0; i < 9; i++) codes.push((await upload(carol, Buffer.from([i]))).status);
    expect(codes.slice(0, 8).every((c) => c === 201)).toBe(true);
    expect(codes[8]).toBe(429);
  });
});

describe('npm run files:gc', () => {
  it('removes unattached uploads, then objects no row points at, and reports them', async () => {
    const dave = await f.newUser();
    const kept = (await upload(dave, Buffer.from('attached bytes'))).body;
    await t.app.inject({ method: 'POST', url: `/api/v1/direct/${dave.username}/messages`, headers: dave.auth, payload: { fileId: kept.id } });
    const orphan = (await upload(dave, Buffer.from('orphan bytes'), 'orphan.txt')).body;
    const objectPath = path.join(t.dataDir, 'files', orphan.sha256.slice(0, 2), orphan.sha256.slice(2, 4), orphan.sha256);
    fs.writeFileSync(path.join(t.dataDir, 'files', 'tmp', 'crashed-upload'), 'partial');

    const run = (args: string[], database: Record<string, string> = { DATABASE_URL: t.config.databaseUrl }) =>
      new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['--import', 'tsx', 'scripts/files-gc.ts', ...args],
          {
            cwd: path.resolve(import.meta.dirname, '../..'),
            env: { PATH: process.env.PATH, DATA_DIR: t.dataDir, ...database, LOG_LEVEL: 'silent' },
          },
          (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)),
        ),
      );

    // Pointed at a database that is not there (a PostgreSQL realm run without its DATABASE_URL), it
    // refuses rather than treat every object as unreferenced.
    const elsewhere = path.join(t.dataDir, 'missing', 'chat.db');
    await expect(run(['--unattached-hours', '0', '--grace-minutes', '0'], { DATABASE_URL: `file:${elsewhere}` })).rejects.toThrow(/no database at/);
    expect(fs.existsSync(objectPath)).toBe(true);

    const dry = await run(['--dry-run', '--unattached-hours', '0', '--grace-minutes', '0']);
    expect(dry).toContain(`would remove unattached upload ${orphan.id} "orphan.txt"`);
    expect(dry).toContain(`would remove object ${orphan.sha256}`);
    expect(fs.existsSync(objectPath)).toBe(true);

    const real = await run(['--unattached-hours', '0', '--grace-minutes', '0']);
    expect(real).toContain(`removed unattached upload ${orphan.id}`);
    expect(real).toMatch(/1 temp file/);
    expect(fs.existsSync(objectPath)).toBe(false);
    expect(fs.readdirSync(path.join(t.dataDir, 'files', 'tmp'))).toEqual([]);
    expect((await f.get(dave, `/api/v1/files/${orphan.id}/meta`)).statusCode).toBe(404);
    // The attached file is untouched and still downloads.
    const res = await request(t.app.server).get(`/api/v1/files/${kept.id}`).set(dave.auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('attached bytes'.length));
  });
});
