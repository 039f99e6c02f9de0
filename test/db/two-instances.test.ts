// Two instances of one realm on one PostgreSQL and one Redis, in one process: a message sent through
// instance 1 reaches a socket on instance 2 live, in stream order and once, and the other way round;
// a socket that moves to the other instance resumes there with no gap and no duplicate; sessions,
// memberships, presence and limits are the same seen from either.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migratePostgres } from '../../src/db/migrate-postgres.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';
import { describePostgres, scratchDatabase } from '../helpers/postgres.js';
import { describeRedis, REDIS_URL, uniquePrefix } from '../helpers/redis.js';
import { WsClient, type Frame } from '../helpers/ws-client.js';
import { TcpClient } from '../helpers/tcp-client.js';

const describeBoth = describePostgres === describeRedis ? describePostgres : describePostgres.skip;

describeBoth('two instances on one PostgreSQL and Redis', () => {
  let db: { url: string; drop(): Promise<void> };
  const apps: TestApp[] = [];
  const urls: string[] = [];
  const sockets: WsClient[] = [];
  let one: Factory;
  let two: Factory;
  let ann: TestUser;
  let bo: TestUser;

  beforeAll(async () => {
    db = await scratchDatabase();
    await migratePostgres(db.url);
    const prefix = uniquePrefix();
    for (let i = 0; i < 2; i++) {
      const t = await createTestApp({ DATABASE_URL: db.url, REDIS_URL: REDIS_URL, REDIS_PREFIX: prefix });
      apps.push(t);
      urls.push((await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws'));
    }
    one = new Factory(apps[0]!.app);
    two = new Factory(apps[1]!.app);
    ann = await one.newUser();
    bo = await two.newUser();
  });
  afterAll(async () => {
    for (const s of sockets) s.socket.terminate();
    for (const t of apps) await t.close();
    await db?.drop();
  });

  const connect = (i: number, user: TestUser, query = '') => {
    const c = WsClient.connect(urls[i]!, { token: user.token, query });
    sockets.push(c);
    return c;
  };
  const created = async (c: WsClient, n: number): Promise<Frame[]> => {
    const got: Frame[] = [];
    while (got.length < n) got.push(await c.next((f) => f.type === 'message.created', 5000));
    return got;
  };

  it('delivers sends through one instance to sockets on the other, in order and once', async () => {
    const boOnTwo = connect(1, bo);
    const annOnOne = connect(0, ann);
    await boOnTwo.nextOfType('ready');
    await annOnOne.nextOfType('ready');
    for (let i = 0; i < 20; i++) expect((await one.dm(ann, bo.username, `dari satu ${i}`)).statusCode).toBe(201);
    const frames = await created(boOnTwo, 20);
    expect(frames.map((f) => f.data.message.text)).toEqual(Array.from({ length: 20 }, (_, i) => `dari satu ${i}`));
    const seqs = frames.map((f) => f.seq!);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

    expect((await two.dm(bo, ann.username, 'dari dua')).statusCode).toBe(201);
    const back = await created(annOnOne, 21); // ann's own 20 copies, then bo's answer
    expect(back.at(-1)!.data.message).toMatchObject({ text: 'dari dua', sender: bo.username });
    await new Promise((r) => setTimeout(r, 200));
    expect(boOnTwo.frames.filter((f) => f.type === 'message.created')).toHaveLength(1); // his own copy only
  });

  it('a socket that moves to the other instance resumes there without a gap or a duplicate', async () => {
    const first = connect(1, bo);
    const ready = await first.nextOfType('ready');
    first.socket.terminate();
    for (let i = 0; i < 5; i++) await one.dm(ann, bo.username, `sementara ${i}`);
    const moved = connect(0, bo, `?since=${ready.data.seq}`);
    const frames = await created(moved, 5);
    expect(frames.map((f) => f.data.message.text)).toEqual(Array.from({ length: 5 }, (_, i) => `sementara ${i}`));
    await one.dm(ann, bo.username, 'langsung');
    expect((await created(moved, 1))[0]!.data.message.text).toBe('langsung');
    await new Promise((r) => setTimeout(r, 200));
    expect(moved.frames.filter((f) => f.type === 'message.created')).toHaveLength(0);
  });

  const eventually = async (check: () => Promise<boolean>, ms = 2000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('not within time');
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('a logout on one instance ends the session on the other: its sockets close, its token stops working', async () => {
    const cy = await one.newUser();
    expect((await two.get(cy, '/api/v1/me')).statusCode).toBe(200); // cached on instance 2 now
    const socket = connect(1, cy);
    await socket.nextOfType('ready');
    const started = Date.now();
    expect((await one.call(cy, 'POST', '/api/v1/auth/logout')).statusCode).toBeLessThan(300);
    await socket.closed;
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await two.get(cy, '/api/v1/me')).statusCode).toBe(401);
  });

  it('a membership change on one instance binds sends through the other at once', async () => {
    const g = await one.newGroup(ann);
    expect((await two.call(bo, 'POST', `/api/v1/groups/${g}/join`)).statusCode).toBeLessThan(300);
    expect((await two.groupSend(bo, g, 'halo semua')).statusCode).toBe(201); // instance 2 caches bo's role
    expect((await one.call(ann, 'DELETE', `/api/v1/groups/${g}/members/${bo.username}`)).statusCode).toBeLessThan(300);
    await eventually(async () => (await two.groupSend(bo, g, 'masih bisa?')).statusCode === 403, 1000);
  });

  it('a profile changed on one instance is what sends through the other carry', async () => {
    const fay = await one.newUser();
    expect((await two.dm(fay, bo.username, 'sebelum')).json().senderName).not.toBe('Fay Baru'); // cached on 2
    expect((await one.call(fay, 'PATCH', '/api/v1/me', { displayName: 'Fay Baru' })).statusCode).toBe(200);
    await eventually(async () => (await two.dm(fay, bo.username, 'sesudah')).json().senderName === 'Fay Baru', 3000);
  });

  it('pages of messages are never stale on one instance after a change through the other (the rendered-message cache)', async () => {
    const gus = await one.newUser();
    const hana = await one.newUser();
    const page = async (f: Factory, user: TestUser, other: string) =>
      (await f.get(user, `/api/v1/direct/${other}/messages?limit=50`)).json().messages as Array<Record<string, any>>;
    const first = (await one.dm(gus, hana.username, 'pertama')).json();
    const reply = (await one.call(hana, 'POST', `/api/v1/direct/${gus.username}/messages`, { text: 'balasan', replyTo: first.id })).json();
    const find = (messages: Array<Record<string, any>>, id: string) => messages.find((m) => m.id === id)!;
    // Rendered (and kept) on instance 1.
    expect(find(await page(one, gus, hana.username), first.id).text).toBe('pertama');
    // Each change through instance 2 is what the next read through instance 1 shows, at once.
    expect((await two.call(gus, 'PATCH', `/api/v1/messages/${first.id}`, { text: 'pertama (diubah)' })).statusCode).toBe(200);
    let now = await page(one, gus, hana.username);
    expect(find(now, first.id).text).toBe('pertama (diubah)');
    expect(find(now, reply.id).replyTo.preview).toBe('pertama (diubah)');
    expect((await two.call(hana, 'PUT', `/api/v1/messages/${first.id}/reactions/${encodeURIComponent('👍')}`)).statusCode).toBeLessThan(300);
    now = await page(one, gus, hana.username);
    expect(find(now, first.id).reactions).toEqual([{ emoji: '👍', count: 1, me: false }]);
    expect(find(await page(one, hana, gus.username), first.id).reactions).toEqual([{ emoji: '👍', count: 1, me: true }]);
    expect((await two.call(hana, 'PUT', `/api/v1/messages/${first.id}/pin`)).statusCode).toBeLessThan(300);
    expect(find(await page(one, gus, hana.username), first.id).pinnedAt).not.toBeNull();
    expect((await two.call(gus, 'PATCH', '/api/v1/me', { displayName: 'Gus Baru' })).statusCode).toBe(200);
    now = await page(one, hana, gus.username);
    expect(find(now, first.id).senderName).toBe('Gus Baru');
    expect(find(now, reply.id).replyTo.senderName).toBe('Gus Baru');
    expect((await two.call(hana, 'POST', `/api/v1/direct/${gus.username}/messages`, { text: 'lagi', replyTo: first.id })).statusCode).toBe(201);
    expect(find(await page(one, gus, hana.username), first.id).replyCount).toBe(2);
    expect((await two.call(gus, 'DELETE', `/api/v1/messages/${first.id}`)).statusCode).toBeLessThan(300);
    now = await page(one, gus, hana.username);
    expect(find(now, first.id)).toMatchObject({ deleted: true, text: null, reactions: [], pinnedAt: null });
    expect(find(now, reply.id).replyTo).toMatchObject({ deleted: true, preview: null });
  });

  it('a legacy TCP session opened on one instance works on the other, and its logout ends it on both', async () => {
    const ports = [await apps[0]!.app.legacy.listen(0, '127.0.0.1'), await apps[1]!.app.legacy.listen(0, '127.0.0.1')];
    const gil = await one.newUser();
    const [onOne, onTwo] = [new TcpClient(ports[0]!), new TcpClient(ports[1]!)];
    await Promise.all([onOne.connected, onTwo.connected]);
    try {
      const { tokenid } = (await onOne.command(`auth ${gil.username} password123\r\n`)) as { tokenid: string };
      expect(await onTwo.command(`send ${tokenid} ${bo.username} lewat tcp\r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
      expect(await onTwo.command(`logout ${tokenid}\r\n`)).toEqual({ status: 'OK' });
      await eventually(async () => ((await onOne.command(`send ${tokenid} ${bo.username} setelah keluar\r\n`)) as { status: string }).status === 'ERROR');
    } finally {
      onOne.close();
      onTwo.close();
    }
  });

  it('typing on one instance is heard on the other', async () => {
    const hal = await one.newUser();
    const ivy = await two.newUser();
    await one.dm(hal, ivy.username, 'halo');
    const typist = connect(0, hal);
    const listener = connect(1, ivy);
    await Promise.all([typist.nextOfType('ready'), listener.nextOfType('ready')]);
    typist.send({ type: 'typing', data: { conversation: `dm:${ivy.username}` } });
    expect((await listener.nextOfType('typing')).data).toEqual({ conversation: `dm:${hal.username}`, user: hal.username });
  });

  it('presence is cluster-wide: online while any instance has a socket, offline once the last one closes', async () => {
    const cy = await one.newUser();
    const dee = await two.newUser();
    await one.dm(cy, dee.username, 'halo'); // contacts hear each other's presence
    const watcher = connect(1, dee);
    await watcher.nextOfType('ready');
    const presence = (status: string) => watcher.next((f) => f.type === 'presence' && f.data.user === cy.username && f.data.status === status, 3000);
    const onlineOn = async (f: Factory) => ((await f.get(dee, '/api/v1/presence')).json().online as Array<{ username: string }>).map((u) => u.username);

    const onOne = connect(0, cy);
    await onOne.nextOfType('ready');
    await presence('online');
    const onTwo = connect(1, cy);
    await onTwo.nextOfType('ready');
    // Connected on both (a close racing a connect elsewhere may announce offline, then online).
    await new Promise((r) => setTimeout(r, 200));
    onOne.socket.terminate(); // cy is still on instance 2: nobody hears "offline"
    await eventually(async () => !apps[0]!.app.services.presence.isConnected((await apps[0]!.app.services.sessions.authenticate(cy.token))!.userId));
    await new Promise((r) => setTimeout(r, 300));
    expect(watcher.frames.filter((f) => f.type === 'presence' && f.data.user === cy.username && f.data.status === 'offline')).toHaveLength(0);
    expect(await onlineOn(one)).toContain(cy.username); // instance 1 has no socket of cy's, but knows
    onTwo.socket.terminate();
    await presence('offline');
  });

  it('a pair locked out by failed logins is locked on every instance', async () => {
    const eve = await one.newUser();
    const login = (f: Factory, password: string) => f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: eve.username, password } });
    for (let i = 0; i < 5; i++) expect((await login(i % 2 ? one : two, 'wrong-password')).statusCode).toBe(401);
    expect((await login(one, 'password123')).statusCode).toBe(429);
    expect((await login(two, 'password123')).statusCode).toBe(429);
  });

  it('request rate limits are one budget for the whole realm, not one per instance', async () => {
    const prefix = uniquePrefix();
    const limited = [];
    for (let i = 0; i < 2; i++)
      limited.push(await createTestApp({ DATABASE_URL: db.url, REDIS_URL: REDIS_URL, REDIS_PREFIX: prefix, RATE_LIMIT_REQUESTS_PER_MINUTE: '6' }));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++)
        statuses.push((await limited[i % 2]!.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${ann.token}` } })).statusCode);
      expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(statuses.slice(6)).toEqual([429, 429]);
    } finally {
      for (const t of limited) await t.close();
    }
  });

  it('an instance shut down gracefully hands its sockets over: they close with 1001 and resume on another, gap-free', async () => {
    const third = await createTestApp({ DATABASE_URL: db.url, REDIS_URL: REDIS_URL, REDIS_PREFIX: apps[0]!.config.redis!.prefix });
    const url = (await third.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const socket = WsClient.connect(url, { token: bo.token });
    sockets.push(socket);
    const ready = await socket.nextOfType('ready');
    const sending = (async () => {
      for (let i = 0; i < 20; i++) await one.dm(ann, bo.username, `selama ${i}`);
    })();
    await new Promise((r) => setTimeout(r, 30));
    const closing = third.close();
    expect(await socket.closed).toBe(1001);
    await closing;
    await sending;
    const last = Math.max(ready.data.seq as number, ...socket.frames.map((f) => f.seq ?? 0));
    const resumed = connect(1, bo, `?since=${last}`);
    const seen = socket.frames.filter((f) => f.type === 'message.created').map((f) => f.data.message.text as string);
    const rest = await created(resumed, 20 - seen.length);
    expect([...seen, ...rest.map((f) => f.data.message.text)]).toEqual(Array.from({ length: 20 }, (_, i) => `selama ${i}`));
  });

  it('is ready when PostgreSQL and Redis answer, and says which one does not', async () => {
    for (const t of apps) expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const noRedis = await createTestApp({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: uniquePrefix() });
    try {
      const res = await noRedis.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'redis unavailable' });
    } finally {
      await noRedis.close();
    }
  });
});
