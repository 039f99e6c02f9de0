// The server on PostgreSQL (DATABASE_URL=postgres://…), through its public edges: accounts, DMs with
// idempotent retries, groups, history, edits and deletes, read markers and the conversation list, and
// live delivery over a real WebSocket.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';
import { WsClient } from '../helpers/ws-client.js';

describePostgres('the server on PostgreSQL', () => {
  let db: { url: string; drop(): Promise<void> };
  let t: TestApp;
  let f: Factory;
  let ann: TestUser;
  let bo: TestUser;
  let url: string;

  beforeAll(async () => {
    db = await scratchDatabase();
    await migratePostgres(db.url);
    t = await createTestApp({ DATABASE_URL: db.url });
    f = new Factory(t.app);
    url = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    ann = await f.newUser();
    bo = await f.newUser();
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('sends DMs, answers a retried Idempotency-Key with the first message, pages history', async () => {
    const first = await f.dm(ann, bo.username, 'halo', { 'idempotency-key': 'pg-1' });
    expect(first.statusCode).toBe(201);
    const again = await f.dm(ann, bo.username, 'halo', { 'idempotency-key': 'pg-1' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    for (let i = 0; i < 5; i++) expect((await f.dm(bo, ann.username, `balas ${i}`)).statusCode).toBe(201);
    const history = (await f.get(ann, `/api/v1/direct/${bo.username}/messages?limit=3`)).json();
    expect(history.messages.map((m: { seq: number }) => m.seq)).toEqual([6, 5, 4]);
    expect(history.hasMore).toBe(true);
  });

  it('edits, deletes, marks read and lists conversations with unread counts', async () => {
    const sent = (await f.dm(ann, bo.username, 'typo')).json();
    expect((await f.call(ann, 'PATCH', `/api/v1/messages/${sent.id}`, { text: 'fixed' })).json().text).toBe('fixed');
    expect((await f.call(ann, 'DELETE', `/api/v1/messages/${sent.id}`)).json().deleted).toBe(true);
    const list = (await f.get(bo, '/api/v1/conversations')).json();
    const dm = list.conversations.find((c: { id: string }) => c.id === `dm:${ann.username}`);
    expect(dm.unread).toBeGreaterThan(0);
    expect((await f.call(bo, 'POST', `/api/v1/conversations/dm:${ann.username}/read`, { upToSeq: 100 })).statusCode).toBeLessThan(300);
    const after = (await f.get(bo, '/api/v1/conversations')).json();
    expect(after.conversations.find((c: { id: string }) => c.id === `dm:${ann.username}`).unread).toBe(0);
  });

  it('runs groups and delivers live over a WebSocket', async () => {
    const g = await f.newGroup(ann);
    expect((await f.call(bo, 'POST', `/api/v1/groups/${g}/join`)).statusCode).toBeLessThan(300);
    const ws = WsClient.connect(url, { token: bo.token });
    await ws.nextOfType('ready');
    expect((await f.groupSend(ann, g, 'rapat jam 3')).statusCode).toBe(201);
    const frame = await ws.next((x) => x.type === 'message.created');
    expect(frame.data.message).toMatchObject({ conversation: `group:${g}`, text: 'rapat jam 3', seq: 1 });
    ws.socket.terminate();
  });
});
