// The admin API (/api/v1/admin/users…, registration, invites) through HTTP, and what it does to the
// target's REST, WebSocket and legacy TCP connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, uniqueName, type TestUser } from '../helpers/factories.js';
import { TcpClient } from '../helpers/tcp-client.js';
import { WsClient } from '../helpers/ws-client.js';

let t: TestApp;
let f: Factory;
let root: TestUser;
let wsUrl: string;
let tcpPort: number;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  root = await f.newUser('root'); // the first account administers the realm
  wsUrl = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  tcpPort = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(() => t.close());

const login = (username: string, password = 'password123') => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const register = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });

describe('who may administer', () => {
  it('answers 403 to a user who is not an administrator, and 401 without a session', async () => {
    const bob = await f.newUser();
    expect((await f.get(bob, '/api/v1/admin/users')).statusCode).toBe(403);
    expect((await f.call(bob, 'POST', `/api/v1/admin/users/${root.username}/disable`)).statusCode).toBe(403);
    expect((await f.call(bob, 'PUT', '/api/v1/admin/registration', { mode: 'closed' })).statusCode).toBe(403);
    expect((await f.get(null, '/api/v1/admin/users')).statusCode).toBe(401);
  });

  it('lists accounts with their role and state, paged', async () => {
    const a = await f.newUser(uniqueName('lst'));
    await f.newUser(uniqueName('lst'));
    const page = await f.get(root, '/api/v1/admin/users?q=lst&limit=1');
    expect(page.statusCode).toBe(200);
    expect(page.json().users).toEqual([expect.objectContaining({ username: a.username, isAdmin: false, disabled: false, disabledAt: null })]);
    const next = await f.get(root, `/api/v1/admin/users?q=lst&limit=1&after=${page.json().next}`);
    expect(next.json().users).toHaveLength(1);
    expect(next.json().users[0].username).not.toBe(a.username);
  });

  it('only administers this realm’s accounts', async () => {
    expect((await f.call(root, 'POST', '/api/v1/admin/users/alice@realm-b/disable')).statusCode).toBe(404);
    expect((await f.call(root, 'POST', '/api/v1/admin/users/nobody-here/promote')).statusCode).toBe(404);
  });
});

describe('disable and enable', () => {
  it('ends the account’s sessions everywhere and refuses its logins until enabled', async () => {
    const victim = await f.newUser();
    const ws = WsClient.connect(wsUrl, { token: victim.token });
    await ws.nextOfType('ready');
    const tcp = new TcpClient(tcpPort);
    const tcpLogin = await tcp.command(`auth ${victim.username} password123 \r\n`);
    expect(tcpLogin.status).toBe('OK');

    const res = await f.call(root, 'POST', `/api/v1/admin/users/${victim.username}/disable`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: victim.username, disabled: true, disabledAt: expect.any(String) });

    expect(await ws.closed).toBe(4401);
    expect((await f.get(victim, '/api/v1/me')).statusCode).toBe(401);
    expect(await tcp.command(`send ${tcpLogin.tokenid} ${root.username} still here? \r\n`)).toEqual({ status: 'ERROR', message: 'Session Tidak Ditemukan' });
    const refused = await login(victim.username);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/disabled/);
    // Someone guessing passwords learns nothing about the account's state.
    expect((await login(victim.username, 'wrong-password')).statusCode).toBe(401);
    expect(await tcp.command(`auth ${victim.username} password123 \r\n`)).toMatchObject({ status: 'ERROR', message: expect.stringMatching(/disabled/) });
    tcp.close();

    expect((await f.call(root, 'POST', `/api/v1/admin/users/${victim.username}/enable`)).json().disabled).toBe(false);
    expect((await login(victim.username)).statusCode).toBe(200);
  });

  it('refuses to disable yourself or the last administrator', async () => {
    const self = await f.call(root, 'POST', `/api/v1/admin/users/${root.username}/disable`);
    expect(self.statusCode).toBe(409);
    expect((await f.call(root, 'POST', `/api/v1/admin/users/${root.username}/demote`)).statusCode).toBe(409);
  });
});

describe('promote, demote, reset-password', () => {
  it('a promoted user administers; the last administrator cannot be demoted', async () => {
    const carol = await f.newUser();
    expect((await f.call(root, 'POST', `/api/v1/admin/users/${carol.username}/promote`)).json().isAdmin).toBe(true);
    expect((await f.get(carol, '/api/v1/admin/users')).statusCode).toBe(200);
    expect((await f.get(carol, '/api/v1/me')).json().isAdmin).toBe(true);
    // Two admins: carol may demote root, then carol is the last one.
    expect((await f.call(carol, 'POST', `/api/v1/admin/users/${root.username}/demote`)).json().isAdmin).toBe(false);
    expect((await f.get(root, '/api/v1/admin/users')).statusCode).toBe(403);
    expect((await f.call(carol, 'POST', `/api/v1/admin/users/${carol.username}/demote`)).statusCode).toBe(409);
    expect((await f.call(carol, 'POST', `/api/v1/admin/users/${root.username}/promote`)).statusCode).toBe(200);
  });

  it('reset-password sets a generated password once and logs the account out', async () => {
    const dave = await f.newUser();
    const res = await f.call(root, 'POST', `/api/v1/admin/users/${dave.username}/reset-password`);
    expect(res.statusCode).toBe(200);
    const { password, revokedSessions } = res.json();
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(revokedSessions).toBe(1);
    expect((await f.get(dave, '/api/v1/me')).statusCode).toBe(401);
    expect((await login(dave.username)).statusCode).toBe(401);
    expect((await login(dave.username, password)).statusCode).toBe(200);

    const chosen = await f.call(root, 'POST', `/api/v1/admin/users/${dave.username}/reset-password`, { password: 'chosen-by-admin' });
    expect(chosen.json().password).toBe('chosen-by-admin');
    expect((await f.call(root, 'POST', `/api/v1/admin/users/${dave.username}/reset-password`, { password: 'short' })).statusCode).toBe(400);
  });
});

describe('registration modes', () => {
  it('closed: nobody registers, over REST or TCP; invite: one registration per code; open again', async () => {
    expect((await f.get(root, '/api/v1/admin/registration')).json()).toEqual({ mode: 'open' });
    expect((await f.call(root, 'PUT', '/api/v1/admin/registration', { mode: 'closed' })).json()).toEqual({ mode: 'closed' });
    const closed = await register({ username: uniqueName(), password: 'password123' });
    expect(closed.statusCode).toBe(403);
    expect(closed.json().error.message).toMatch(/closed/);
    const tcp = new TcpClient(tcpPort);
    expect((await tcp.command(`register ${uniqueName()} password123 Name ID\r\n`)).status).toBe('ERROR');
    tcp.close();

    await f.call(root, 'PUT', '/api/v1/admin/registration', { mode: 'invite' });
    expect((await register({ username: uniqueName(), password: 'password123' })).statusCode).toBe(403);
    const invite = await f.call(root, 'POST', '/api/v1/admin/invites', { expiresInHours: 2 });
    expect(invite.statusCode).toBe(201);
    const { code, expiresAt } = invite.json();
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3600_000);
    expect((await register({ username: uniqueName(), password: 'password123', invite: 'not-a-code' })).statusCode).toBe(403);
    // A registration that fails for another reason leaves the code usable.
    expect((await register({ username: root.username, password: 'password123', invite: code })).statusCode).toBe(409);
    const used = await register({ username: uniqueName(), password: 'password123', invite: code });
    expect(used.statusCode).toBe(201);
    expect(used.json().user.isAdmin).toBe(false);
    const again = await register({ username: uniqueName(), password: 'password123', invite: code });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.message).toMatch(/used or expired/);

    await f.call(root, 'PUT', '/api/v1/admin/registration', { mode: 'open' });
    expect((await register({ username: uniqueName(), password: 'password123' })).statusCode).toBe(201);
    expect((await f.call(root, 'PUT', '/api/v1/admin/registration', { mode: 'sometimes' })).statusCode).toBe(400);
  });

  it('two registrations racing for one invite: exactly one gets it', async () => {
    await f.call(root, 'PUT', '/api/v1/admin/registration', { mode: 'invite' });
    const { code } = (await f.call(root, 'POST', '/api/v1/admin/invites')).json();
    const results = await Promise.all([1, 2, 3].map(() => register({ username: uniqueName('race'), password: 'password123', invite: code })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 403, 403]);
    await f.call(root, 'PUT', '/api/v1/admin/registration', { mode: 'open' });
  });
});

describe('REGISTRATION from the environment', () => {
  it('is the mode until an admin sets one', async () => {
    const closed = await createTestApp({ REGISTRATION: 'closed' });
    try {
      const res = await closed.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'first', password: 'password123' } });
      expect(res.statusCode).toBe(403);
    } finally {
      await closed.close();
    }
  });
});
