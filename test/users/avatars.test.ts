// Avatars through HTTP: an image known by its bytes, size-limited, served by content address with
// long-lived caching, shown on users and messages, and kept by the file garbage collector.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
});
afterAll(() => t.close());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const GIF = Buffer.concat([Buffer.from('GIF89a', 'latin1'), randomBytes(100)]);

const put = (user: TestUser, bytes: Buffer, type = 'image/png') =>
  request(t.app.server).put('/api/v1/me/avatar').set(user.auth).attach('file', bytes, { filename: 'me.png', contentType: type });
const fetchAvatar = (url: string, headers: Record<string, string> = {}) =>
  request(t.app.server)
    .get(url)
    .set(headers)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });

describe('avatars', () => {
  it('sets an image, serves it to anyone with its address, cached for good', async () => {
    const alice = await f.newUser();
    const res = await put(alice, PNG);
    expect(res.status).toBe(200);
    const url = res.body.avatarUrl as string;
    expect(url).toMatch(/^\/api\/v1\/avatars\/[0-9a-f]{64}$/);
    const image = await fetchAvatar(url);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(image.body as Buffer, PNG)).toBe(0);
    expect((await fetchAvatar(url, { 'if-none-match': image.headers.etag! })).status).toBe(304);

    const bob = await f.newUser();
    expect((await f.get(bob, `/api/v1/users/${alice.username}`)).json().avatarUrl).toBe(url);
    const sent = (await f.dm(alice, bob.username, 'halo')).json();
    expect(sent.senderAvatarUrl).toBe(url);
    expect((await f.get(bob, `/api/v1/direct/${alice.username}/messages`)).json().messages[0].senderAvatarUrl).toBe(url);
  });

  it('knows an image by its bytes: a type claim does not make one; too large is 413', async () => {
    const alice = await f.newUser();
    const objects = async () => {
      let n = 0;
      for await (const _ of t.app.services.files.store.objects()) n++;
      return n;
    };
    const before = await objects();
    const fake = await put(alice, Buffer.from('<svg onload="alert(1)"></svg>'), 'image/png');
    expect(fake.status).toBe(415);
    // Refused before anything reached the disk.
    expect(await objects()).toBe(before);
    expect((await f.get(alice, '/api/v1/me')).json().avatarUrl).toBeNull();
    // A GIF claimed as anything is served as the GIF it is.
    const gif = await put(alice, GIF, 'application/octet-stream');
    expect(gif.status).toBe(200);
    expect((await fetchAvatar(gif.body.avatarUrl)).headers['content-type']).toBe('image/gif');
    const big = await put(alice, Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]));
    expect(big.status).toBe(413);
    expect((await f.get(alice, '/api/v1/me')).json().avatarUrl).toBe(gif.body.avatarUrl);
    expect((await request(t.app.server).put('/api/v1/me/avatar').attach('file', PNG, 'a.png')).status).toBe(401);
  });

  it('removing it ends its address; the garbage collector keeps avatars in use', async () => {
    const alice = await f.newUser();
    const bytes = Buffer.concat([PNG, randomBytes(16)]);
    const url = (await put(alice, bytes)).body.avatarUrl as string;
    await t.app.services.files.collectGarbage({ unattachedAgeMs: 0, graceMs: 0, dryRun: false });
    expect((await fetchAvatar(url)).status).toBe(200);
    expect((await f.call(alice, 'DELETE', '/api/v1/me/avatar')).json().avatarUrl).toBeNull();
    expect((await fetchAvatar(url)).status).toBe(404);
    expect((await fetchAvatar('/api/v1/avatars/not-a-hash')).status).toBe(400);
  });

  it('avatars kept with the uploads by older versions are moved to the avatar store at start', async () => {
    const alice = await f.newUser();
    const bytes = Buffer.concat([PNG, randomBytes(32)]);
    const url = (await put(alice, bytes)).body.avatarUrl as string;
    const sha = url.split('/').pop()!;
    const at = (store: string) => path.join(t.dataDir, store, sha.slice(0, 2), sha.slice(2, 4), sha);
    // As an older version left it: in DATA_DIR/files only.
    fs.mkdirSync(path.dirname(at('files')), { recursive: true });
    fs.renameSync(at('avatars'), at('files'));
    expect((await fetchAvatar(url)).status).toBe(404);
    await t.app.services.avatars.start();
    const image = await fetchAvatar(url);
    expect(image.status).toBe(200);
    expect(Buffer.compare(image.body as Buffer, bytes)).toBe(0);
  });
});
