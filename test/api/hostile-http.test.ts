// Hostile HTTP clients: malformed multipart, oversized headers, bodies that never finish, too many
// connections from one address, a row vanishing under a request, scraping /metrics. Each gets a 4xx
// in the documented error shape (or a closed connection), never a 500 or a hang.
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, connectionsCheckingInterval } from '../../src/app.js';
import { createTestApp, freshDataDir, postgresFor, TEST_PASSWORD_PARAMS, testConfig, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let user: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  user = await f.newUser();
});
afterAll(() => t.close());

/** Writes `data` to a listening server and collects what comes back until it closes. */
function raw(port: number, data: string, { keepOpenMs = 0 } = {}): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    let text = '';
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ text, closedAfterMs: Date.now() - started }));
    if (keepOpenMs) setTimeout(() => socket.destroy(), keepOpenMs);
  });
}

const jsonBody = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));

describe('malformed multipart', () => {
  const bodies: Array<[string, string, string]> = [
    ['garbage', 'multipart/form-data; boundary=xyz', 'garbage'],
    ['no boundary', 'multipart/form-data', '--xyz\r\n'],
    [
      'a truncated part',
      'multipart/form-data; boundary=xyz',
      '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello wor',
    ],
    ['headers cut short', 'multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'],
  ];
  it.each(bodies)('answers 400 for %s on every upload route', async (_label, contentType, payload) => {
    const group = await f.newGroup(user);
    for (const url of ['/api/v1/files', `/api/v1/direct/${user.username}/files`, `/api/v1/groups/${group}/files`]) {
      const res = await t.app.inject({ method: 'POST', url, headers: { ...user.auth, 'content-type': contentType }, payload });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/multipart/i) });
    }
    expect(fs.readdirSync(path.join(t.dataDir, 'files', 'tmp'))).toEqual([]);
  });
});

describe('framework-level errors', () => {
  it('a vanished row (Prisma P2025) is a 404 in the error shape', async () => {
    // On the database of the run (one process serves one database kind).
    const dataDir = freshDataDir();
    const database = await postgresFor({}, dataDir);
    const app = await buildApp({ config: testConfig(dataDir, database.env), passwordParams: TEST_PASSWORD_PARAMS });
    app.get('/gone', { config: { public: true } }, async () => {
      throw Object.assign(new Error('Record to update not found.'), { code: 'P2025' });
    });
    await app.ready();
    const res = await app.inject({ url: '/gone' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String), requestId: res.headers['x-request-id'] } });
    await app.close();
    await database.drop();
  });
});

describe('a row vanishing inside a write', () => {
  it('is a not_found AppError for every edge (REST, WebSocket, legacy, federation)', async () => {
    const vanished = t.app.services.db.write(async () => {
      throw Object.assign(new Error('Record to update not found.'), { code: 'P2025' });
    });
    await expect(vanished).rejects.toMatchObject({ name: 'AppError', code: 'not_found', status: 404 });
  });
});

describe('over real sockets', () => {
  let server: TestApp;
  let port: number;
  beforeAll(async () => {
    server = await createTestApp({ REQUEST_TIMEOUT_MS: '1000', MAX_CONNECTIONS_PER_IP: '8' });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    port = (server.app.server.address() as net.AddressInfo).port;
  });
  afterAll(() => server.close());

  it('headers too large: 431 in the error shape', async () => {
    const { text } = await raw(port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(text).toMatch(/^HTTP\/1\.1 431/);
    expect(jsonBody(text)).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });

  it('a malformed request line: 400 in the error shape', async () => {
    const { text } = await raw(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(jsonBody(text).error.code).toBe('bad_request');
  });

  it('a body trickling in is cut off after REQUEST_TIMEOUT_MS', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(`POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    let text = '';
    socket.on('data', (d) => (text += d));
    socket.on('error', () => {});
    const started = Date.now();
    await new Promise((r) => socket.once('close', r));
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    // Whatever the timeout, the cut comes within a second of it (at 120 s it came up to 30 s late).
    for (const timeout of [1000, 30_000, 120_000, 3_600_000]) expect(connectionsCheckingInterval(timeout)).toBeLessThanOrEqual(1000);
  });

  it('caps open connections per address', async () => {
    const sockets = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<net.Socket>((r) => {
            const s = net.connect(port, '127.0.0.1', () => r(s));
            s.on('error', () => {});
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 100));
    const extra = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', { keepOpenMs: 3000 });
    expect(extra.text).toBe('');
    expect(extra.closedAfterMs).toBeLessThan(2000);
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const after = await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(after.text).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('/metrics', () => {
  it('answers loopback clients only when no METRICS_TOKEN is set', async () => {
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '::ffff:127.0.0.1' })).statusCode).toBe(200);
    const outside = await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('forbidden');
  });

  it('requires the token when METRICS_TOKEN is set, even from loopback', async () => {
    const withToken = await createTestApp({ METRICS_TOKEN: 'scrape-me-please-0123' });
    try {
      expect((await withToken.app.inject({ url: '/metrics' })).statusCode).toBe(401);
      expect((await withToken.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
      const ok = await withToken.app.inject({ url: '/metrics', remoteAddress: '203.0.113.9', headers: { authorization: 'Bearer scrape-me-please-0123' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('http_requests_total');
    } finally {
      await withToken.close();
    }
  });
});
