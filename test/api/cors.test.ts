// CORS_ORIGINS: browser apps on other origins may call the API (preflight, cached) and open the
// WebSocket only when listed; unset, nothing is offered to other origins; `*` never with credentials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';

const APP = 'https://app.example';
const EVIL = 'https://evil.example';
const preflight = (t: TestApp, origin: string) =>
  t.app.inject({
    method: 'OPTIONS',
    url: '/api/v1/direct/someone/messages',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, idempotency-key' },
  });

describe('CORS_ORIGINS', () => {
  it('is validated at start: exact origins, or * alone', () => {
    const env = (v: string) => loadConfig({ CORS_ORIGINS: v });
    expect(env(`${APP}, http://localhost:5173`).corsOrigins).toEqual([APP, 'http://localhost:5173']);
    expect(env('*').corsOrigins).toBe('*');
    expect(loadConfig({}).corsOrigins).toBeNull();
    expect(() => env(`*,${APP}`)).toThrow(/cannot be combined/);
    expect(() => env('app.example')).toThrow(/not an origin/);
    expect(() => env(`${APP}/path`)).toThrow(/not an origin/);
  });
});

describe('unset', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('offers nothing to other origins', async () => {
    const res = await preflight(t, APP);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const get = await t.app.inject({ url: '/healthz', headers: { origin: APP } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('a list of origins', () => {
  let t: TestApp;
  let url: string;
  let f: Factory;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: APP });
    f = new Factory(t.app);
    url = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws') + '/api/v1/ws';
  });
  afterAll(() => t.close());

  it('answers a listed origin’s preflight, cacheable, with the headers the API needs', async () => {
    const res = await preflight(t, APP);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(String(res.headers['access-control-allow-headers'])).toMatch(/authorization.*content-type.*idempotency-key/);
    expect(String(res.headers['access-control-allow-methods'])).toContain('POST');
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers.vary).toMatch(/origin/i);
  });

  it('lets the listed origin read answers (and the headers it needs), not another origin', async () => {
    const u = await f.newUser();
    const ok = await t.app.inject({ url: '/api/v1/me', headers: { origin: APP, authorization: `Bearer ${u.token}` } });
    expect(ok.headers['access-control-allow-origin']).toBe(APP);
    expect(String(ok.headers['access-control-expose-headers'])).toContain('x-request-id');
    const evil = await t.app.inject({ url: '/api/v1/me', headers: { origin: EVIL, authorization: `Bearer ${u.token}` } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(t, EVIL)).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a WebSocket upgrade from an unlisted origin; a listed one, this realm’s own and none are accepted', async () => {
    const u = await f.newUser();
    const open = (origin?: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(url, { headers: { authorization: `Bearer ${u.token}`, ...(origin ? { origin } : {}) } });
        ws.once('message', (raw) => {
          resolve(JSON.parse(String(raw)).type);
          ws.close();
        });
        ws.once('unexpected-response', (_req, res) => resolve(`http ${res.statusCode}`));
        ws.once('error', () => resolve('error'));
      });
    expect(await open(EVIL)).toBe('http 403');
    expect(await open(APP)).toBe('ready');
    expect(await open(new URL(t.config.realmUrl).origin)).toBe('ready');
    expect(await open()).toBe('ready');
  });
});

describe('any origin (*)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ CORS_ORIGINS: '*' })));
  afterAll(() => t.close());

  it('allows every origin, never with credentials', async () => {
    const res = await preflight(t, EVIL);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });
});
