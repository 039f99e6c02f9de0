// Files through the HTTP edge of a listening server: real multipart uploads, real downloads.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, type TestUser } from '../helpers/factories.js';

const LIMIT = 2 * 1024 * 1024;
let t: TestApp;
let f: Factory;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function upload(user: TestUser, body: Buffer, filename = 'data.bin', contentType = 'application/octet-stream') {
  return request(t.app.server).post('/api/v1/files').set(user.auth).attach('file', body, { filename, contentType });
}

function download(user: TestUser | null, id: string) {
  const r = request(t.app.server)
    .get(`/api/v1/files/${id}`)
    .buffer(true)
    .parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  return user ? r.set(user.auth) : r;
}

function objectsOnDisk(): string[] {
  const root = path.join(t.dataDir, 'files');
  const out: string[] = [];
  for (const a of fs.readdirSync(root)) {
    if (a === 'tmp') continue;
    for (const b of fs.readdirSync(path.join(root, a))) out.push(...fs.readdirSync(path.join(root, a, b)));
  }
  return out;
}

const tempFiles = () => fs.readdirSync(path.join(t.dataDir, 'files', 'tmp'));

beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_BYTES: String(LIMIT) });
  f = new Factory(t.app);
  alice = await f.newUser();
  bob = await f.newUser();
  carol = await f.newUser();
});
afterAll(() => t.close());

describe('upload and download', () => {
  it.each([
    ['1 byte', 1],
    ['1 MiB', 1024 * 1024],
    ['just under the limit', LIMIT - 1],
    ['exactly the limit', LIMIT],
  ])('round-trips %s of random bytes', async (_label, size) => {
    const bytes = randomBytes(size);
    const res = await upload(alice, bytes, 'blob.bin');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'blob.bin', size, mimeType: 'application/octet-stream', sha256: sha(bytes) });
    const got = await download(alice, res.body.id);
    expect(got.status).toBe(200);
    expect(got.headers['content-length']).toBe(String(size));
    expect(sha(got.body as Buffer)).toBe(sha(bytes));
  });

  it('refuses one byte over the limit with 413 and leaves no temp file', async () => {
    const res = await upload(alice, randomBytes(LIMIT + 1));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(tempFiles()).toEqual([]);
  });

  it('stores the same bytes once', async () => {
    const bytes = randomBytes(4096);
    const before = objectsOnDisk().length;
    const a = await upload(alice, bytes, 'one.bin');
    const b = await upload(bob, bytes, 'two.bin');
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.sha256).toBe(b.body.sha256);
    expect(objectsOnDisk().length).toBe(before + 1);
    expect(objectsOnDisk()).toContain(sha(bytes));
    expect(fs.existsSync(path.join(t.dataDir, 'files', sha(bytes).slice(0, 2), sha(bytes).slice(2, 4), sha(bytes)))).toBe(true);
  });

  it('treats the client’s file name as display text only', async () => {
    const evil = await upload(alice, Buffer.from('x'), '../../etc/passwd');
    expect(evil.body.name).toBe('passwd');
    const windows = await upload(alice, Buffer.from('x'), 'C:\\Windows\\system32\\cmd.exe');
    expect(windows.body.name).toBe('cmd.exe');
    const nul = await upload(alice, Buffer.from('x'), 'a\u0000b\u202Egnp.exe');
    expect(nul.body.name).toBe('abgnp.exe');
    const long = await upload(alice, Buffer.from('x'), `${'n'.repeat(400)}.pdf`);
    expect([...long.body.name].length).toBe(255);
    expect(long.body.name.endsWith('.pdf')).toBe(true);
    const dots = await upload(alice, Buffer.from('x'), '..');
    expect(dots.body.name).toBe('file');
    expect(fs.existsSync(path.join(t.dataDir, 'etc'))).toBe(false);
  });

  it('needs exactly one file in the field "file"', async () => {
    const none = await request(t.app.server).post('/api/v1/files').set(alice.auth).field('text', 'hi');
    expect(none.status).toBe(400);
    const wrongField = await request(t.app.server).post('/api/v1/files').set(alice.auth).attach('document', Buffer.from('x'), 'x.txt');
    expect(wrongField.status).toBe(400);
    const two = await request(t.app.server)
      .post('/api/v1/files')
      .set(alice.auth)
      .attach('file', Buffer.from('a'), 'a.txt')
      .attach('file', Buffer.from('b'), 'b.txt');
    expect(two.status).toBeGreaterThanOrEqual(400);
    expect(two.status).toBeLessThan(500);
    expect(two.body.error.message).toMatch(/file/i);
    const json = await f.call(alice, 'POST', '/api/v1/files', { file: 'abc' });
    expect(json.statusCode).toBe(415);
    expect(tempFiles()).toEqual([]);
  });

  it('removes the temp file of an upload aborted mid-stream', async () => {
    await new Promise<void>((resolve) => (t.app.server.listening ? resolve() : t.app.server.listen(0, '127.0.0.1', resolve)));
    const { port } = t.app.server.address() as { port: number };
    const boundary = 'xxBOUNDARYxx';
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/files',
      headers: { ...alice.auth, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(LIMIT) },
    });
    req.on('error', () => {});
    req.write(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`);
    req.write(randomBytes(256 * 1024));
    await new Promise((r) => setTimeout(r, 200));
    expect(tempFiles().length).toBe(1);
    req.destroy();
    for (let i = 0; i < 50 && tempFiles().length > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(tempFiles()).toEqual([]);
  });
});

describe('who may download', () => {
  it('the uploader; members where it was sent; nobody else, and not after leaving', async () => {
    const bytes = randomBytes(1000);
    const file = (await upload(alice, bytes, 'plan.pdf', 'application/pdf')).body;
    expect((await download(bob, file.id)).status).toBe(404);
    expect((await f.get(bob, `/api/v1/files/${file.id}/meta`)).statusCode).toBe(404);

    const g = await f.newGroup(alice);
    await f.call(bob, 'POST', `/api/v1/groups/${g}/join`);
    const sent = await t.app.inject({ method: 'POST', url: `/api/v1/groups/${g}/messages`, headers: alice.auth, payload: { fileId: file.id } });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ text: null, file: { id: file.id, name: 'plan.pdf', size: 1000, sha256: sha(bytes) } });

    const got = await download(bob, file.id);
    expect(got.status).toBe(200);
    expect(sha(got.body as Buffer)).toBe(sha(bytes));
    expect((await download(carol, file.id)).status).toBe(404);
    expect((await download(null, file.id)).status).toBe(401);

    await f.call(bob, 'POST', `/api/v1/groups/${g}/leave`);
    expect((await download(bob, file.id)).status).toBe(404);
  });

  it('a deleted message stops sharing its file', async () => {
    const file = (await upload(alice, randomBytes(10))).body;
    const msg = (
      await t.app.inject({ method: 'POST', url: `/api/v1/direct/${bob.username}/messages`, headers: alice.auth, payload: { text: 'see', fileId: file.id } })
    ).json();
    expect((await download(bob, file.id)).status).toBe(200);
    const deleted = await f.call(alice, 'DELETE', `/api/v1/messages/${msg.id}`);
    expect(deleted.json()).toMatchObject({ deleted: true, file: null, text: null });
    expect((await download(bob, file.id)).status).toBe(404);
    expect((await download(alice, file.id)).status).toBe(200);
  });

  it('cannot attach a file one cannot read', async () => {
    const file = (await upload(alice, randomBytes(10))).body;
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/direct/${alice.username}/messages`, headers: carol.auth, payload: { fileId: file.id } });
    expect(res.statusCode).toBe(404);
  });
});

describe('one-step send and metadata in history and inbox', () => {
  it('uploads and sends with optional text, to a user and to a group', async () => {
    const dm = await request(t.app.server)
      .post(`/api/v1/direct/${bob.username}/files`)
      .set(alice.auth)
      .field('text', 'the photo')
      .attach('file', Buffer.from('photo'), 'cat.txt');
    expect(dm.status).toBe(201);
    expect(dm.body).toMatchObject({ conversation: `dm:${bob.username}`, text: 'the photo', file: { name: 'cat.txt', size: 5 } });
    const g = await f.newGroup(alice);
    const grp = await request(t.app.server).post(`/api/v1/groups/${g}/files`).set(alice.auth).attach('file', Buffer.from('doc'), 'doc.txt');
    expect(grp.status).toBe(201);
    expect(grp.body).toMatchObject({ conversation: `group:${g}`, text: null, file: { name: 'doc.txt' } });
    const stranger = await request(t.app.server).post(`/api/v1/groups/${g}/files`).set(carol.auth).attach('file', Buffer.from('x'), 'x.txt');
    expect(stranger.status).toBe(403);

    const history = (await f.get(bob, `/api/v1/direct/${alice.username}/messages?limit=1`)).json();
    expect(history.messages[0].file).toMatchObject({ name: 'cat.txt', sha256: sha(Buffer.from('photo')) });
    const inbox = (await f.get(bob, '/api/v1/inbox')).json();
    const entry = inbox.conversations.find((c: { conversation: string }) => c.conversation === `dm:${alice.username}`);
    expect(entry.messages.some((m: { file: { name: string } | null }) => m.file?.name === 'cat.txt')).toBe(true);
  });

  it('a message needs text or a file', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/direct/${bob.username}/messages`, headers: alice.auth, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/text/);
  });
});

describe('download headers', () => {
  it('serves HTML and SVG as attachments with nosniff and a sandbox CSP; safe images inline', async () => {
    const html = (await upload(alice, Buffer.from('<script>alert(1)</script>'), 'page.html', 'text/html')).body;
    const svg = (await upload(alice, Buffer.from('<svg onload="alert(1)"/>'), 'pic.svg', 'image/svg+xml')).body;
    const png = (await upload(alice, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'pic.png', 'image/png')).body;
    const fakePng = (await upload(alice, Buffer.from('<html>'), 'fake.png', 'image/png')).body;
    for (const file of [html, svg]) {
      const res = await download(alice, file.id);
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    }
    expect((await download(alice, html.id)).headers['content-type']).toMatch(/^text\/html/);
    expect((await download(alice, png.id)).headers['content-disposition']).toMatch(/^inline;/);
    expect(fakePng.mimeType).toBe('application/octet-stream');
    expect((await download(alice, fakePng.id)).headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('encodes non-ASCII names for Content-Disposition', async () => {
    const file = (await upload(alice, Buffer.from('x'), 'résumé final.txt', 'text/plain')).body;
    const res = await download(alice, file.id);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="r_sum_ final.txt"; filename*=UTF-8''r%C3%A9sum%C3%A9%20final.txt`);
  });

  it('ETag with If-None-Match → 304; Range → 206; bad range → 416', async () => {
    const bytes = randomBytes(1000);
    const file = (await upload(alice, bytes)).body;
    const full = await download(alice, file.id);
    expect(full.headers.etag).toBe(`"${sha(bytes)}"`);
    expect(full.headers['accept-ranges']).toBe('bytes');
    const cached = await download(alice, file.id).set('if-none-match', full.headers.etag!);
    expect(cached.status).toBe(304);
    const part = await download(alice, file.id).set('range', 'bytes=100-199');
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 100-199/1000');
    expect((part.body as Buffer).equals(bytes.subarray(100, 200))).toBe(true);
    const tail = await download(alice, file.id).set('range', 'bytes=900-');
    expect((tail.body as Buffer).equals(bytes.subarray(900))).toBe(true);
    const suffix = await download(alice, file.id).set('range', 'bytes=-10');
    expect((suffix.body as Buffer).equals(bytes.subarray(990))).toBe(true);
    const bad = await download(alice, file.id).set('range', 'bytes=5000-');
    expect(bad.status).toBe(416);
    expect(bad.headers['content-range']).toBe('bytes */1000');
    const stale = await download(alice, file.id).set('range', 'bytes=0-9').set('if-range', '"other"');
    expect(stale.status).toBe(200);
  });
});
