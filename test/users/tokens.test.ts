// My sessions (devices) and personal access tokens, through HTTP, a real WebSocket and legacy TCP:
// a token does what its scopes allow and nothing more, and never manages credentials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';
import { TcpClient } from '../helpers/tcp-client.js';
import { WsClient } from '../helpers/ws-client.js';

let t: TestApp;
let f: Factory;
let admin: TestUser;
let wsUrl: string;
let tcpPort: number;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  admin = await f.newUser('tokadmin');
  wsUrl = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  tcpPort = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const asToken = (token: string): TestUser => ({ username: 'token', token, auth: bearer(token) });

async function makeToken(user: TestUser, body: Record<string, unknown>) {
  const res = await f.call(user, 'POST', '/api/v1/me/tokens', body);
  if (res.statusCode !== 201) throw new Error(`token: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; token: string; scopes: string[]; expiresAt: string | null };
}

describe('my sessions', () => {
  it('lists each login with its device, and revoking one ends it on every edge', async () => {
    const alice = await f.newUser();
    const phone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'user-agent': 'RealmPhone/2.0' },
      payload: { username: alice.username, password: 'password123' },
    });
    const phoneToken = phone.json().token as string;
    const list = await f.get(alice, '/api/v1/me/sessions');
    expect(list.statusCode).toBe(200);
    const sessions = list.json().sessions as Array<{ id: string; current: boolean; userAgent: string; ip: string; origin: string }>;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const other = sessions.find((s) => s.userAgent === 'RealmPhone/2.0')!;
    expect(other).toMatchObject({ current: false, origin: 'api', ip: '127.0.0.1', createdAt: expect.any(String), lastUsedAt: expect.any(String) });

    const ws = WsClient.connect(wsUrl, { token: phoneToken });
    await ws.nextOfType('ready');
    expect((await f.call(alice, 'DELETE', `/api/v1/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect(await ws.closed).toBe(4401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(phoneToken) })).statusCode).toBe(401);
    expect((await f.get(alice, '/api/v1/me')).statusCode).toBe(200);
    expect((await f.get(alice, '/api/v1/me/sessions')).json().sessions).toHaveLength(1);
  });

  it('cannot see or end another user’s session', async () => {
    const alice = await f.newUser();
    const mallory = await f.newUser();
    const [aliceSession] = (await f.get(alice, '/api/v1/me/sessions')).json().sessions;
    expect((await f.get(mallory, '/api/v1/me/sessions')).json().sessions.map((s: { id: string }) => s.id)).not.toContain(aliceSession.id);
    expect((await f.call(mallory, 'DELETE', `/api/v1/me/sessions/${aliceSession.id}`)).statusCode).toBe(404);
    expect((await f.get(alice, '/api/v1/me')).statusCode).toBe(200);
  });
});

describe('personal access tokens', () => {
  it('is shown once, listed without its secret, and revocable', async () => {
    const bot = await f.newUser();
    const created = await makeToken(bot, { name: 'ci bot', scopes: ['read', 'write'] });
    expect(created).toMatchObject({ name: 'ci bot', scopes: ['read', 'write'], expiresAt: null, token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const listed = (await f.get(bot, '/api/v1/me/tokens')).json().tokens;
    expect(listed).toEqual([expect.objectContaining({ id: created.id, name: 'ci bot' })]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    // Tokens are not logins: the session list does not show them.
    expect((await f.get(bot, '/api/v1/me/sessions')).json().sessions).toHaveLength(1);

    expect((await f.get(asToken(created.token), '/api/v1/me')).statusCode).toBe(200);
    expect((await f.call(bot, 'DELETE', `/api/v1/me/tokens/${created.id}`)).statusCode).toBe(204);
    expect((await f.get(asToken(created.token), '/api/v1/me')).statusCode).toBe(401);
    expect((await f.call(bot, 'DELETE', `/api/v1/me/tokens/${created.id}`)).statusCode).toBe(404);
  });

  it('a read token reads over REST and WebSocket, and cannot write on any edge', async () => {
    const owner = await f.newUser();
    const friend = await f.newUser();
    const { token } = await makeToken(owner, { name: 'reader', scopes: ['read'] });
    const reader = asToken(token);
    expect((await f.get(reader, '/api/v1/conversations')).statusCode).toBe(200);
    const refused = await f.dm(reader, friend.username, 'hi');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/write scope/);
    expect((await f.call(reader, 'PATCH', '/api/v1/me', { displayName: 'x' })).statusCode).toBe(403);

    const ws = WsClient.connect(wsUrl, { token });
    await ws.nextOfType('ready');
    expect((await f.dm(friend, owner.username, 'to the reader')).statusCode).toBe(201);
    expect((await ws.nextOfType('message.created')).data.message.text).toBe('to the reader');
    ws.send({ type: 'send', data: { to: friend.username, text: 'nope', clientTxnId: 'r1' } });
    const error = await ws.nextOfType('error');
    expect(error.data).toMatchObject({ code: 'forbidden', clientTxnId: 'r1' });
    ws.close();

    const tcp = new TcpClient(tcpPort);
    expect(await tcp.command(`send ${token} ${friend.username} over tcp\r\n`)).toEqual({ status: 'ERROR', message: 'Token needs the read and write scopes' });
    tcp.close();
  });

  it('a write-only token sends but cannot read or receive', async () => {
    const owner = await f.newUser();
    const friend = await f.newUser();
    const { token } = await makeToken(owner, { name: 'writer', scopes: ['write'] });
    expect((await f.dm(asToken(token), friend.username, 'from a script')).statusCode).toBe(201);
    expect((await f.get(asToken(token), '/api/v1/conversations')).statusCode).toBe(403);
    const ws = WsClient.connect(wsUrl, { token });
    expect(await ws.closed).toBe(4401);
    expect(ws.closeReason).toMatch(/read scope/);
  });

  it('a read+write token works on the legacy TCP adapter', async () => {
    const owner = await f.newUser();
    const friend = await f.newUser();
    const { token } = await makeToken(owner, { name: 'tcp', scopes: ['read', 'write'] });
    const tcp = new TcpClient(tcpPort);
    expect(await tcp.command(`send ${token} ${friend.username} over tcp\r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
    tcp.close();
  });

  it('never manages credentials: no tokens, sessions, password change or logout-all with a token', async () => {
    const owner = await f.newUser();
    const { token } = await makeToken(owner, { name: 'all', scopes: ['read', 'write'] });
    const t2 = asToken(token);
    for (const [method, url, body] of [
      ['POST', '/api/v1/me/tokens', { name: 'more', scopes: ['read'] }],
      ['GET', '/api/v1/me/tokens'],
      ['GET', '/api/v1/me/sessions'],
      ['PUT', '/api/v1/me/password', { currentPassword: 'password123', newPassword: 'password456' }],
      ['POST', '/api/v1/auth/logout-all'],
    ] as const) {
      const res = method === 'GET' ? await f.get(t2, url) : await f.call(t2, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error.message).toMatch(/login session/);
    }
    // Logging a token out revokes that token (and nothing else).
    expect((await f.call(t2, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await f.get(t2, '/api/v1/me')).statusCode).toBe(401);
    expect((await f.get(owner, '/api/v1/me')).statusCode).toBe(200);
  });

  it('the admin scope is for administrators, and admin routes need it', async () => {
    const user = await f.newUser();
    const refused = await f.call(user, 'POST', '/api/v1/me/tokens', { name: 'sneaky', scopes: ['read', 'admin'] });
    expect(refused.statusCode).toBe(403);
    const plain = await makeToken(admin, { name: 'no admin', scopes: ['read', 'write'] });
    expect((await f.get(asToken(plain.token), '/api/v1/admin/users')).statusCode).toBe(403);
    const full = await makeToken(admin, { name: 'ops', scopes: ['read', 'write', 'admin'] });
    expect((await f.get(asToken(full.token), '/api/v1/admin/users')).statusCode).toBe(200);
    // A token whose owner stops being an administrator loses the admin API at once.
    const other = await f.newUser();
    await f.call(admin, 'POST', `/api/v1/admin/users/${other.username}/promote`);
    const otherToken = await makeToken(other, { name: 'ops', scopes: ['read', 'admin'] });
    await f.call(admin, 'POST', `/api/v1/admin/users/${other.username}/demote`);
    expect((await f.get(asToken(otherToken.token), '/api/v1/admin/users')).statusCode).toBe(403);
  });

  it('an expiring token has a fixed expiry; input is checked; at most 50 live tokens', async () => {
    const owner = await f.newUser();
    const expiring = await makeToken(owner, { name: 'week', scopes: ['read'], expiresInDays: 7 });
    const days = (Date.parse(expiring.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    for (const body of [
      { name: '', scopes: ['read'] },
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['root'] },
      { name: 'x', scopes: ['read'], expiresInDays: 0 },
      { name: 'x'.repeat(65), scopes: ['read'] },
      { name: 'x', scopes: ['read'], extra: true },
    ]) {
      expect((await f.call(owner, 'POST', '/api/v1/me/tokens', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    for (let i = 1; i < 50; i++) await makeToken(owner, { name: `t${i}`, scopes: ['read'] });
    expect((await f.call(owner, 'POST', '/api/v1/me/tokens', { name: 'one too many', scopes: ['read'] })).statusCode).toBe(409);
  });

  it('a disabled account’s tokens stop working', async () => {
    const owner = await f.newUser();
    const { token } = await makeToken(owner, { name: 'bot', scopes: ['read'] });
    await f.call(admin, 'POST', `/api/v1/admin/users/${owner.username}/disable`);
    expect((await f.get(asToken(token), '/api/v1/me')).statusCode).toBe(401);
  });
});
