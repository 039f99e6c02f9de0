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
