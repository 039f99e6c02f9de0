// npm run backup while the server takes sends, then npm run restore into an empty data dir: every
// message acknowledged before the backup started is there, each conversation's history has no hole,
// files download byte for byte, and the realm keeps its identity (keys).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-backup-'));
const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function npmScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', `src/cli/${script}.ts`, ...args],
      { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function history(
  f: Factory,
  user: TestUser,
  peer: string,
): Promise<Array<{ id: string; seq: number; text: string | null; file: { id: string } | null }>> {
  const all = [];
  let after = 0;
  for (;;) {
    const page = (await f.get(user, `/api/v1/direct/${peer}/messages?after=${after}&limit=200`)).json().messages;
    all.push(...page);
    if (page.length < 200) return all;
    after = page[page.length - 1].seq;
  }
}

describe('backup and restore', () => {
  it('backs up under load and restores into a fresh data dir with every acknowledged message', async () => {
    const live = await createTestApp();
    apps.push(live);
    const f = new Factory(live.app);
    const alice = await f.newUser('alice');
    const bob = await f.newUser('bob');
    const bytes = randomBytes(100_000);
    const uploaded = await request(live.app.server).post('/api/v1/files').set(alice.auth).attach('file', bytes, { filename: 'photo.bin' });
    expect(uploaded.status).toBe(201);
    expect((await f.call(alice, 'POST', `/api/v1/direct/${bob.username}/messages`, { fileId: uploaded.body.id })).statusCode).toBe(201);
    const keys = (await live.app.inject({ url: '/federation/v1/realm' })).json().keys;

    // Four senders keep writing while the backup runs.
    const acked: Array<{ id: string; at: number }> = [];
    let stop = false;
    const senders = [alice, bob, alice, bob].map(async (from, lane) => {
      for (let i = 0; !stop; i++) {
        const res = await f.dm(from, from === alice ? bob.username : alice.username, `lane ${lane} message ${i}`);
        expect(res.statusCode).toBe(201);
        acked.push({ id: res.json().id, at: Date.now() });
      }
    });
    while (acked.length < 200) await new Promise((resolve) => setTimeout(resolve, 10));
    const backupStarted = Date.now();
    const dir = path.join(scratch, 'backup');
    const made = await npmScript('backup', [dir], { DATA_DIR: live.dataDir });
    const afterBackup = acked.length;
    while (acked.length < afterBackup + 50) await new Promise((resolve) => setTimeout(resolve, 10));
    stop = true;
    await Promise.all(senders);
    expect(made, made.stderr).toMatchObject({ code: 0 });
    expect(made.stdout).toMatch(/files: 1 stored object\(s\) copied/);
    const ackedBefore = acked.filter((a) => a.at < backupStarted).map((a) => a.id);
    expect(ackedBefore.length).toBeGreaterThanOrEqual(200);

    const restoredDir = path.join(scratch, 'restored');
    const restored = await npmScript('restore', [dir], { DATA_DIR: restoredDir });
    expect(restored, restored.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining(`into ${restoredDir}`) });

    const back = await createTestApp({}, restoredDir);
    apps.push(back);
    const g = new Factory(back.app);
    const login = await back.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'alice', password: 'password123' } });
    expect(login.statusCode).toBe(200);
    const aliceBack: TestUser = { username: 'alice', token: login.json().token, auth: { authorization: `Bearer ${login.json().token}` } };
    const messages = await history(g, aliceBack, 'bob');
    const ids = new Set(messages.map((m) => m.id));
    expect(ackedBefore.filter((id) => !ids.has(id))).toEqual([]);
    // A consistent snapshot: the history is 1..n without a hole, and holds no more than was acknowledged.
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
    expect(messages.length).toBeLessThanOrEqual(acked.length + 1);

    const withFile = messages.find((m) => m.file)!;
    const download = await request(back.app.server)
      .get(`/api/v1/files/${withFile.file!.id}`)
      .set(aliceBack.auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);
    expect((await back.app.inject({ url: '/federation/v1/realm' })).json().keys).toEqual(keys);
  });

  it('refuses a non-empty target, a used data dir, another realm id, and a damaged backup', async () => {
    const live = await createTestApp();
    apps.push(live);
    await new Factory(live.app).newUser('solo');
    const dir = path.join(scratch, 'second');
    expect((await npmScript('backup', [dir], { DATA_DIR: live.dataDir })).code).toBe(0);
    const again = await npmScript('backup', [dir], { DATA_DIR: live.dataDir });
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('is not empty') });
    const used = await npmScript('restore', [dir], { DATA_DIR: live.dataDir });
    expect(used).toMatchObject({ code: 1, stderr: expect.stringContaining('already holds a realm') });
    const other = await npmScript('restore', [dir], { DATA_DIR: path.join(scratch, 'other'), REALM_ID: 'elsewhere' });
    expect(other).toMatchObject({ code: 1, stderr: expect.stringContaining('REALM_ID=local') });
    const db = path.join(dir, 'chat.db');
    const content = fs.readFileSync(db);
    content[content.length - 100] = content[content.length - 100]! ^ 0xff;
    fs.writeFileSync(db, content);
    const damaged = await npmScript('restore', [dir], { DATA_DIR: path.join(scratch, 'fresh') });
    expect(damaged).toMatchObject({ code: 1, stderr: expect.stringContaining('damaged') });
    expect(fs.existsSync(path.join(scratch, 'fresh', 'chat.db'))).toBe(false);
    expect((await npmScript('backup', [], {})).code).toBe(2);
  });
});
