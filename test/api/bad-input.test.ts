// Every API route, probed with the mistakes clients make: no auth, malformed JSON, wrong types,
// unknown fields, oversized bodies, bad path parameters. Always a 4xx with the error shape, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
let user: TestUser;

interface Route {
  method: string;
  url: string;
  hasBody: boolean;
  public: boolean;
}

const routes: Route[] = [];

function concrete(url: string): string {
  return url.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'id' ? '01ZZZZZZZZZZZZZZZZZZZZZZZZ' : 'nobody'));
}

function expectErrorShape(res: { statusCode: number; json(): unknown; body: string }, label: string) {
  expect(res.statusCode, `${label}: ${res.body}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${label}: ${res.body}`).toBeLessThan(500);
  const body = res.json() as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code, label).toBe('string');
  expect(typeof body.error?.message, label).toBe('string');
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  user = await f.newUser();
  const doc = t.app.swagger() as { paths: Record<string, Record<string, { requestBody?: unknown; security?: unknown[] }>> };
  for (const [url, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      routes.push({
        method: method.toUpperCase(),
        url: concrete(url),
        hasBody: !!op.requestBody,
        public: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
});
afterAll(() => t.close());

describe('bad input on every route', () => {
  it('covers the whole API', () => {
    expect(routes.length).toBeGreaterThan(25);
  });

  it('401 without a token on every non-public route', async () => {
    for (const r of routes.filter((r) => !r.public)) {
      const res = await t.app.inject({ method: r.method as 'GET', url: r.url, payload: r.hasBody ? {} : undefined });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expectErrorShape(res, `${r.method} ${r.url}`);
    }
  });

  it('400 for malformed JSON', async () => {
    for (const r of routes.filter((r) => r.hasBody)) {
      const res = await t.app.inject({
        method: r.method as 'POST',
        url: r.url,
        headers: { ...user.auth, 'content-type': 'application/json' },
        payload: '{"text": "unterminated',
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(400);
      expectErrorShape(res, `${r.method} ${r.url}`);
    }
  });

  it('400 for wrong types and for unknown fields, naming the field', async () => {
    for (const r of routes.filter((r) => r.hasBody)) {
      const wrong = await t.app.inject({ method: r.method as 'POST', url: r.url, headers: user.auth, payload: [1, 2, 3] });
      expectErrorShape(wrong, `array body ${r.method} ${r.url}`);
      const numbers = await t.app.inject({
        method: r.method as 'POST',
        url: r.url,
        headers: user.auth,
        payload: { text: 5, username: 5, password: 5, name: 5, role: 5, upToSeq: 'x', displayName: 5, description: 5, currentPassword: 5, newPassword: 5 },
      });
      expectErrorShape(numbers, `wrong types ${r.method} ${r.url}`);
      const unknown = await t.app.inject({ method: r.method as 'POST', url: r.url, headers: user.auth, payload: { surprise: true } });
      expectErrorShape(unknown, `unknown field ${r.method} ${r.url}`);
    }
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'zed_1', password: 'password123', admin: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('admin');
  });

  it('413 for an oversized body', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(t.config.bodyLimitBytes + 10) });
    for (const r of routes.filter((r) => r.hasBody)) {
      const res = await t.app.inject({ method: r.method as 'POST', url: r.url, headers: { ...user.auth, 'content-type': 'application/json' }, payload: huge });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(413);
      expectErrorShape(res, `${r.method} ${r.url}`);
    }
  });

  it('415 for a body that is not JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/direct/${user.username}/messages`,
      headers: { ...user.auth, 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
    expectErrorShape(res, 'xml');
  });

  it('never 500s on odd path parameters and query strings', async () => {
    const odd = ['%00', '..%2F..%2Fetc', 'a'.repeat(400), '%F0%9F%98%80', 'x%20y', '%ZZ'];
    for (const r of routes.filter((r) => r.method === 'GET')) {
      for (const value of odd) {
        const url = r.url.replace(/nobody|01Z{24}/, value) + '?limit=abc&before=-1&after=1e999&mine=maybe';
        const res = await t.app.inject({ method: 'GET', url, headers: user.auth });
        expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
        if (res.statusCode >= 400) expectErrorShape(res, url);
      }
    }
  });

  it('404 with the error shape for unknown routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expectErrorShape(res, '404');
  });
});
