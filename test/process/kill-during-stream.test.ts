// kill -9 in the middle of a stream of pipelined sends: every message the server acknowledged is there
// after a restart, exactly once, and resending the unanswered ones with their clientTxnIds stores each
// of them once (a retry of one that had committed returns it). At FULL (the worker store) and NORMAL
// (the append on the event loop).
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freshDataDir } from '../helpers/app.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function api(url: string, path: string, token?: string, body?: unknown): Promise<any> {
  const res = await fetch(`${url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.json();
}

async function history(url: string, token: string, other: string): Promise<Array<{ id: string; seq: number; text: string }>> {
  const all = [];
  for (let after = 0; ;) {
    const page = await api(url, `/direct/${other}/messages?after=${after}&limit=100`, token);
    all.push(...page.messages);
    if (!page.hasMore) return all;
    after = page.messages.at(-1).seq;
  }
}

function open(url: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api/v1/ws`, { headers: { authorization: `Bearer ${token}` } });
    ws.once('message', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe.each(['FULL', 'NORMAL'])('kill -9 during a stream of sends, synchronous=%s', (synchronous) => {
  it('loses no acknowledged message and doubles none', async () => {
    const dataDir = freshDataDir();
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: synchronous, WS_FRAMES_PER_SECOND: '100000' };
    let server: ServerProcess = await startServer(env);
    const alice = (await api(server.url, '/auth/register', undefined, { username: 'kalice', password: 'password123' })).token as string;
    const bob = (await api(server.url, '/auth/register', undefined, { username: 'kbob', password: 'password123' })).token as string;

    const ws = await open(server.url, alice);
    const sent: string[] = [];
    const acked = new Map<string, string>(); // clientTxnId → message id
    let killed = false;
    const sendOne = () => {
      if (killed) return;
      const txn = `k${sent.length}`;
      sent.push(txn);
      ws.send(JSON.stringify({ type: 'send', data: { to: 'kbob', text: txn, clientTxnId: txn } }));
    };
    const killedAt = new Promise<void>((resolve) => {
      ws.on('message', (raw) => {
        const frame = JSON.parse(String(raw));
        if (frame.type !== 'ack') return;
        acked.set(frame.data.clientTxnId, frame.data.message.id);
        if (acked.size === 400 && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
          resolve();
        }
        sendOne();
      });
    });
    for (let i = 0; i < 32; i++) sendOne();
    await killedAt;
    await new Promise((r) => ws.once('close', r));
    await server.stop();

    server = await startServer(env);
    try {
      const before = await history(server.url, bob, 'kalice');
      const ids = before.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const [, id] of acked) expect(ids).toContain(id);
      expect(before.map((m) => m.seq)).toEqual(before.map((_, i) => i + 1));

      // The client resends what it never heard back about, with the same keys.
      const unanswered = sent.filter((t) => !acked.has(t));
      expect(unanswered.length).toBeGreaterThan(0);
      for (const txn of unanswered) {
        const res = await fetch(`${server.url}/api/v1/direct/kbob/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${alice}`, 'idempotency-key': txn },
          body: JSON.stringify({ text: txn }),
        });
        expect([200, 201]).toContain(res.status);
      }
      const after = await history(server.url, bob, 'kalice');
      expect(after.map((m) => m.text).sort()).toEqual([...sent].sort());
    } finally {
      await server.stop();
    }
  }, 120_000);
});
