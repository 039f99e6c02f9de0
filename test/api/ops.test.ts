import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_SENDS_PER_MINUTE: '3', RATE_LIMIT_REQUESTS_PER_MINUTE: '100000' });
});
afterAll(() => t.close());

describe('operations endpoints', () => {
  it('healthz and readyz', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('metrics in Prometheus text with requests, messages and sessions', async () => {
    const f = new Factory(t.app);
    const u = await f.newUser();
    await f.dm(u, u.username, 'note');
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/http_requests_total\{method="POST",route="\/api\/v1\/direct\/:username\/messages",status="201"\} 1/);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toMatch(/chat_messages_sent_total\{kind="dm"\} 1/);
    expect(res.body).toMatch(/chat_active_sessions \d+/);
  });

  it('gives every response a request id, in the error body too, matching the log line', async () => {
    const lines: string[] = [];
    const { buildApp } = await import('../../src/app.js');
    const { testConfig, freshDataDir, postgresFor, TEST_PASSWORD_PARAMS } = await import('../helpers/app.js');
    const dataDir = freshDataDir();
    const database = await postgresFor({}, dataDir);
    const app = await buildApp({
      config: testConfig(dataDir, { ...database.env, LOG_LEVEL: 'info' }),
      passwordParams: TEST_PASSWORD_PARAMS,
      logStream: { write: (line) => void lines.push(line) },
    });
    try {
      const ok = await app.inject({ url: '/healthz' });
      expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const missing = await app.inject({ url: '/api/v1/users/nobody', headers: { authorization: 'Bearer nope' } });
      const id = missing.headers['x-request-id'];
      expect(missing.json().error.requestId).toBe(id);
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request' && l.reqId === id);
      expect(logged).toMatchObject({ status: missing.statusCode });
      // A proxy's id is kept when it is safe to echo; anything else is replaced.
      expect((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-1234.abc' } })).headers['x-request-id']).toBe('lb-1234.abc');
      // (Replaced by a UUID of our own: checked by its shape, since a random one may well contain "bad".)
      expect((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id; with spaces' } })).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await app.close();
      await database.drop();
    }
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/direct/{username}/messages');
    const ui = await t.app.inject({ url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('rate-limits message sends per user with 429 and Retry-After', async () => {
    const f = new Factory(t.app);
    const u = await f.newUser();
    const v = await f.newUser();
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await f.dm(u, v.username, `m${i}`)).statusCode);
    expect(codes).toEqual([201, 201, 201, 429]);
    const limited = await f.dm(u, v.username, 'again');
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another user has their own budget.
    expect((await f.dm(v, u.username, 'hi')).statusCode).toBe(201);
  });

  it('rate-limits the 404 handler', async () => {
    let last = 0;
    for (let i = 0; i < 130; i++) last = (await t.app.inject({ url: `/probe-${i}`, remoteAddress: '10.66.0.1' })).statusCode;
    expect(last).toBe(429);
  });
});
