// Property-based fuzzing of every route in the OpenAPI document: random path parameters, query strings,
// headers and bodies (well-typed JSON of the wrong shape, garbage bytes, odd content types), sent as an
// authenticated user. Whatever arrives, the answer comes quickly, is never a 5xx, and any error uses the
// documented shape.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;
const routes: Array<{ method: string; path: string }> = [];

beforeAll(async () => {
  // Generous limits: the fuzzer's own request rate must not turn every answer into a 429.
  t = await createTestApp({
    RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
    RATE_LIMIT_SENDS_PER_MINUTE: '1000000',
    RATE_LIMIT_UPLOADS_PER_MINUTE: '1000000',
    RATE_LIMIT_REGISTER_PER_HOUR: '1000000',
  });
  f = new Factory(t.app);
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) if (path !== '/api/v1/ws') routes.push({ method: method.toUpperCase(), path });
  }
});
afterAll(() => t.close());

const segment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('nobody', 'x@realm-b', 'a@b@c', '..', '%2e%2e', '01ZZZZZZZZZZZZZZZZZZZZZZZZ', 'a'.repeat(600), '\u202e', 'null', '0', '-1'),
);
const json = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'text',
      'username',
      'password',
      'name',
      'fileId',
      'visibility',
      'role',
      'url',
      'id',
      'displayName',
      'currentPassword',
      'newPassword',
      'description',
      'seq',
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);
const body = fc.oneof(
  json.map((v) => ({ payload: JSON.stringify(v), contentType: 'application/json' })),
  fc.string({ maxLength: 200 }).map((s) => ({ payload: s, contentType: 'application/json' })),
  fc.uint8Array({ maxLength: 200 }).map((b) => ({ payload: Buffer.from(b).toString('latin1'), contentType: 'application/octet-stream' })),
  fc.string({ maxLength: 200 }).map((s) => ({ payload: s, contentType: 'multipart/form-data; boundary=xyz' })),
  fc.string({ maxLength: 200 }).map((s) => ({ payload: s, contentType: 'text/plain' })),
);
const query = fc.dictionary(
  fc.constantFrom('limit', 'before', 'after', 'since', 'q', 'mine', 'markRead', 'x'),
  fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('-1', '0', '1e9', 'NaN', 'true', '')),
  { maxKeys: 3 },
);
const headers = fc.record(
  {
    'idempotency-key': fc.string({ maxLength: 200 }),
    range: fc.string({ maxLength: 40 }),
    'if-none-match': fc.string({ maxLength: 40 }),
    accept: fc.constantFrom('*/*', 'text/html', 'application/xml'),
  },
  { requiredKeys: [] },
);

describe('every route under random input', () => {
  it('never answers 5xx, always quickly, errors in the documented shape', async () => {
    expect(routes.length).toBeGreaterThan(30);
    const statuses = new Set<number>();
    for (const route of routes) {
      // Its own user per route: a fuzzed logout or password change must not starve the routes after it.
      const user = await f.newUser();
      await fc.assert(
        fc.asyncProperty(fc.array(segment, { minLength: 3, maxLength: 3 }), query, headers, body, async (segments, q, h, b) => {
          let i = 0;
          const url = route.path.replace(/\{\w+\}/g, () => encodeURIComponent(segments[i++ % 3]!));
          const search = new URLSearchParams(q).toString();
          const hasBody = !['GET', 'HEAD', 'DELETE'].includes(route.method);
          const started = Date.now();
          const res = await t.app.inject({
            method: route.method as 'GET',
            url: search ? `${url}?${search}` : url,
            headers: { ...user.auth, ...h, ...(hasBody ? { 'content-type': b.contentType } : {}) },
            ...(hasBody ? { payload: b.payload } : {}),
          });
          const label = `${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`;
          statuses.add(res.statusCode);
          expect(res.statusCode, label).toBeLessThan(500);
          expect(Date.now() - started, label).toBeLessThan(5000);
          if (res.statusCode >= 400) {
            const parsed = res.json() as { error?: { code?: unknown; message?: unknown } };
            expect(typeof parsed.error?.code, label).toBe('string');
            expect(typeof parsed.error?.message, label).toBe('string');
          }
        }),
        { numRuns: 60, seed: 20261201 + routes.indexOf(route) },
      );
    }
    // The fuzzer reached the handlers, not only the auth check.
    expect([...statuses].some((s) => s < 300)).toBe(true);
    expect(statuses.has(400)).toBe(true);
  }, 240_000);
});
