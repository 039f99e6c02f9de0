// The Postman collection made from openapi.yaml (npm run postman): every example body is a real value,
// and a register → DM → history → group flow of its own requests passes under Newman against a live
// server — with no Idempotency-Key sent unless a request sets one (two equal DMs are two messages).
import fs from 'node:fs';
import path from 'node:path';
import newman from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postmanCollection, requestsOf, type PostmanCollection, type PostmanItem } from '../../tools/postman-collection.js';
import { OPERATION_IDS } from '../../src/plugins/openapi-polish.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { uniqueName } from '../helpers/factories.js';

let collection: PostmanCollection;
let t: TestApp;
let url: string;

beforeAll(async () => {
  collection = await postmanCollection(fs.readFileSync(path.resolve(import.meta.dirname, '../../openapi.yaml'), 'utf8'));
  t = await createTestApp();
  url = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

const find = (method: string, route: string): PostmanItem => {
  const item = requestsOf(collection).find((i) => i.request.method === method && `/${i.request.url.path.join('/')}` === route);
  if (!item) throw new Error(`no ${method} ${route} in the collection`);
  return structuredClone(item);
};

/** A request of the collection with its path variables and body fields set, and checks to run. */
function step(method: string, route: string, options: { vars?: Record<string, string>; body?: Record<string, unknown>; test: string }): PostmanItem {
  const item = find(method, route);
  for (const variable of item.request.url.variable ?? []) if (options.vars?.[variable.key]) variable.value = options.vars[variable.key]!;
  if (options.body) item.request.body = { ...item.request.body!, raw: JSON.stringify({ ...JSON.parse(item.request.body!.raw!), ...options.body }) };
  return { ...item, event: [{ listen: 'test', script: { type: 'text/javascript', exec: options.test.split('\n') } }] };
}

describe('Postman collection', () => {
  it('has a real example for every request and response body', () => {
    const requests = requestsOf(collection);
    expect(requests).toHaveLength(Object.keys(OPERATION_IDS).length);
    let bodies = 0;
    for (const item of requests) {
      for (const body of [item.request.body?.raw, ...(item.response ?? []).map((r) => r.body)]) {
        if (body === undefined || body === '') continue;
        bodies++;
        expect(body.trim(), `${item.request.method} ${item.request.url.path.join('/')}`).not.toBe('null');
        expect(body, item.name).not.toMatch(/<string>|<integer>|<boolean>/);
      }
    }
    expect(bodies).toBeGreaterThan(200);
  });

  it('sends no Idempotency-Key unless the request sets one', () => {
    const send = find('POST', '/api/v1/direct/:username/messages');
    expect(send.request.header?.filter((h) => h.key.toLowerCase() === 'idempotency-key' && !h.disabled) ?? []).toEqual([]);
  });

  it('runs register → DM → history → group with Newman against a live server', async () => {
    const alice = uniqueName('pm');
    const bob = uniqueName('pm');
    const group = uniqueName('pmgroup');
    const flow: PostmanCollection = {
      info: collection.info,
      auth: collection.auth,
      variable: collection.variable,
      item: [
        step('POST', '/api/v1/auth/register', { body: { username: bob }, test: `pm.test('bob registered', () => pm.response.to.have.status(201));` }),
        step('POST', '/api/v1/auth/register', {
          body: { username: alice },
          test: `pm.test('alice registered', () => pm.response.to.have.status(201));\npm.environment.set('bearerToken', pm.response.json().token);`,
        }),
        step('POST', '/api/v1/direct/:username/messages', {
          vars: { username: bob },
          test: `pm.test('sent', () => pm.response.to.have.status(201));\npm.test('no idempotency key', () => pm.expect(pm.request.headers.filter((h) => !h.disabled && h.key.toLowerCase() === 'idempotency-key')).to.have.length(0));\npm.environment.set('first', pm.response.json().id);`,
        }),
        step('POST', '/api/v1/direct/:username/messages', {
          vars: { username: bob },
          test: `pm.test('the same body again is a second message', () => { pm.response.to.have.status(201); pm.expect(pm.response.json().id).to.not.equal(pm.environment.get('first')); });`,
        }),
        step('GET', '/api/v1/direct/:username/messages', {
          vars: { username: bob },
          test: `pm.test('history', () => { pm.response.to.have.status(200); pm.expect(pm.response.json().messages).to.have.length(2); });`,
        }),
        step('POST', '/api/v1/groups', { body: { name: group }, test: `pm.test('group created', () => pm.response.to.have.status(201));` }),
        step('POST', '/api/v1/groups/:name/messages', { vars: { name: group }, test: `pm.test('group message', () => pm.response.to.have.status(201));` }),
        step('GET', '/api/v1/groups/:name/messages', {
          vars: { name: group },
          test: `pm.test('group history', () => { pm.response.to.have.status(200); pm.expect(pm.response.json().messages[0].sender).to.equal('${alice}'); });`,
        }),
      ],
    };
    const summary = await new Promise<newman.NewmanRunSummary>((resolve, reject) =>
      newman.run({ collection: flow as never, envVar: [{ key: 'realmUrl', value: url }], reporters: [] }, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
    const failures = summary.run.failures.map((f) => `${f.source?.name ?? '?'}: ${f.error.message}`);
    expect(failures).toEqual([]);
    expect(summary.run.stats.assertions.total).toBe(9);
    expect(summary.run.stats.requests.total).toBe(8);
  });
});
