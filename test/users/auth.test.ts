import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;

beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_AUTH_FAILURES: '5' });
  f = new Factory(t.app);
});
afterAll(() => t.close());

describe('register', () => {
  it('creates the account and a working session; the first account is admin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { username: 'Alice', password: 'password123', displayName: '  Alice A. ', country: 'NL' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'alice', displayName: 'Alice A.', country: 'NL', realm: null, isAdmin: true });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${body.token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('alice');

    const second = await f.newUser();
    expect((await f.get(second, '/api/v1/me')).json().isAdmin).toBe(false);
  });

  it('rejects a taken username case-insensitively with 409', async () => {
    const u = await f.newUser();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: u.username.toUpperCase(), password: 'password123' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
  });

  it.each([
    [{ username: 'bad name', password: 'password123' }, 'username'],
    [{ username: 'x'.repeat(33), password: 'password123' }, 'username'],
    [{ username: 'ok_name', password: 'short' }, 'password'],
    [{ username: 'ok_name', password: 'p'.repeat(257) }, 'password'],
    [{ username: 'ok_name', password: 'password123', displayName: 'a\u0000b' }, 'displayName'],
  ])('rejects %j naming the field', async (payload, field) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toContain(field);
  });
});

describe('login and sessions', () => {
  it('logs in, and logout revokes only that session', async () => {
    const u = await f.newUser();
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'password123' } });
    expect(login.statusCode).toBe(200);
    const second = { authorization: `Bearer ${login.json().token}` };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: second })).statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/me', headers: second });
    expect(after.statusCode).toBe(401);
    expect(after.headers['www-authenticate']).toBe('Bearer');
    expect((await f.get(u, '/api/v1/me')).statusCode).toBe(200);
  });

  it('logout-all revokes every session', async () => {
    const u = await f.newUser();
    const other = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'password123' } })).json().token;
    const res = await f.call(u, 'POST', '/api/v1/auth/logout-all');
    expect(res.json()).toEqual({ revokedSessions: 2 });
    expect((await f.get(u, '/api/v1/me')).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${other}` } })).statusCode).toBe(401);
  });

  it('password change keeps this session and revokes the others', async () => {
    const u = await f.newUser();
    const other = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'password123' } })).json().token;
    const wrong = await f.call(u, 'PUT', '/api/v1/me/password', { currentPassword: 'nope-nope', newPassword: 'newpassword1' });
    expect(wrong.statusCode).toBe(403);
    const ok = await f.call(u, 'PUT', '/api/v1/me/password', { currentPassword: 'password123', newPassword: 'newpassword1' });
    expect(ok.json()).toEqual({ revokedSessions: 1 });
    expect((await f.get(u, '/api/v1/me')).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${other}` } })).statusCode).toBe(401);
    const relogin = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'newpassword1' } });
    expect(relogin.statusCode).toBe(200);
  });

  it('rejects garbage tokens and missing auth with 401 and the error shape', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic abc' }, { authorization: `Bearer ${'x'.repeat(43)}` }]) {
      const res = await t.app.inject({ url: '/api/v1/me', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('locks the (address, username) pair after 5 failures with 429 and Retry-After; nobody else', async () => {
    const victim = await f.newUser();
    const other = await f.newUser();
    const login = (username: string, password: string, remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });
    for (let i = 0; i < 5; i++) expect((await login(victim.username, 'wrong-password', '10.0.0.1')).statusCode).toBe(401);
    const locked = await login(victim.username, 'password123', '10.0.0.1');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(locked.json().error.code).toBe('rate_limited');
    // The rate-limit headers agree with the refusal (not the general budget's room).
    expect(locked.headers['x-ratelimit-remaining']).toBe('0');
    expect(locked.headers['x-ratelimit-reset']).toBe(locked.headers['retry-after']);
    // The victim, from an address that has not failed, logs in; so does another user behind the attacker's address.
    expect((await login(victim.username, 'password123', '10.0.0.2')).statusCode).toBe(200);
    expect((await login(other.username, 'password123', '10.0.0.1')).statusCode).toBe(200);
  });

  it('never refuses a correct password from a clean address, however many failures came from elsewhere', async () => {
    const victim = await f.newUser();
    for (let i = 0; i < 12; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: victim.username, password: 'wrong-password' },
        remoteAddress: `10.1.${i}.1`,
      });
    }
    const started = Date.now();
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: victim.username, password: 'password123' },
      remoteAddress: '10.2.0.1',
    });
    expect(ok.statusCode).toBe(200);
    // Slowed down (the username failed 12 times), not blocked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });
});

describe('profiles, directory and presence', () => {
  it('updates my profile and shows it to others', async () => {
    const u = await f.newUser();
    const v = await f.newUser();
    const res = await f.call(u, 'PATCH', '/api/v1/me', { displayName: 'New Name', country: 'ID' });
    expect(res.json()).toMatchObject({ displayName: 'New Name', country: 'ID' });
    expect((await f.get(v, `/api/v1/users/${u.username}`)).json()).toMatchObject({ username: u.username, displayName: 'New Name' });
    expect((await f.get(v, '/api/v1/users/nobody-here')).statusCode).toBe(404);
  });

  it('refuses names with control, invisible or text-direction characters, wherever a name is set', async () => {
    const u = await f.newUser();
    for (const bad of ['Evil\u202Egnp.exe', 'Bel\u0007l', 'In\u2066side', 'Zero\u200Bwidth', 'B\uFEFFom']) {
      const res = await f.call(u, 'PATCH', '/api/v1/me', { displayName: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().error.message).toContain('displayName');
    }
    const register = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { username: 'rlo_user', password: 'password123', displayName: 'a\u202Eb' },
    });
    expect(register.statusCode).toBe(400);
    expect((await f.call(u, 'POST', '/api/v1/me/tokens', { name: 'ci\u202Ebot' })).statusCode).toBe(400);
    // Emoji sequences keep their joiners.
    const family = '👩\u200D👩\u200D👧 Keluarga';
    expect((await f.call(u, 'PATCH', '/api/v1/me', { displayName: family })).json().displayName).toBe(family);
  });

  it('searches the directory with a cursor', async () => {
    const names = ['dir_a', 'dir_b', 'dir_c'];
    let viewer;
    for (const n of names) viewer = await f.newUser(n);
    const page1 = (await f.get(viewer!, '/api/v1/users?q=dir_&limit=2')).json();
    expect(page1.users.map((u: { username: string }) => u.username)).toEqual(['dir_a', 'dir_b']);
    expect(page1.next).toBe('dir_b');
    const page2 = (await f.get(viewer!, `/api/v1/users?q=dir_&limit=2&after=${page1.next}`)).json();
    expect(page2.users.map((u: { username: string }) => u.username)).toEqual(['dir_c']);
    expect(page2.next).toBeNull();
  });

  it('lists users who used the API recently as online', async () => {
    const u = await f.newUser();
    const online = (await f.get(u, '/api/v1/presence')).json().online.map((x: { username: string }) => x.username);
    expect(online).toContain(u.username);
  });
});
