// Data at rest and logs: the data directory is the server's user's only, and no log line at any level
// carries a token, a password or a cookie, whatever logged it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { REDACTED, redactSecrets } from '../../src/shared/redact.js';
import { freshDataDir, TEST_PASSWORD_PARAMS, testConfig } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe('redactSecrets', () => {
  it('replaces secret-named keys at any depth and leaves the rest untouched', () => {
    const input = {
      msg: 'x',
      busboyOptions: { headers: { authorization: 'Bearer abc', Cookie: 'sid=1', 'content-type': 'multipart/form-data' } },
      list: [{ accessToken: 't' }, { fine: 1 }],
      nested: { a: { b: { c: { password: 'pw', newPassword: 'pw2', apiKey: 'k', 'x-api-key': 'k2' } } } },
      plain: { n: 1 },
    };
    const out = redactSecrets(input);
    expect(out.busboyOptions.headers).toEqual({ authorization: REDACTED, Cookie: REDACTED, 'content-type': 'multipart/form-data' });
    expect(out.list).toEqual([{ accessToken: REDACTED }, { fine: 1 }]);
    expect(out.nested.a.b.c).toEqual({ password: REDACTED, newPassword: REDACTED, apiKey: REDACTED, 'x-api-key': REDACTED });
    expect(out.plain).toBe(input.plain);
    expect(input.busboyOptions.headers.authorization).toBe('Bearer abc'); // the caller's object is not changed
    const cyclic: Record<string, unknown> = { token: 's' };
    cyclic.self = cyclic;
    expect((redactSecrets(cyclic) as { token: string }).token).toBe(REDACTED);
  });
});

describe('logs', () => {
  it.each(['trace', 'debug', 'info', 'warn'] as const)('never carry a bearer token or password at %s', async (level) => {
    const lines: string[] = [];
    const app = await buildApp({
      config: testConfig(freshDataDir(), { LOG_LEVEL: level }),
      passwordParams: TEST_PASSWORD_PARAMS,
      logStream: { write: (l) => lines.push(l) },
    });
    await app.ready();
    const f = new Factory(app);
    const user = await f.newUser(undefined);
    const boundary = 'b0undary';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`;
    const upload = await app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...user.auth, cookie: 'session=secret-cookie', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(upload.statusCode).toBe(201);
    await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: 'wrong-password-1' } });
    await app.close();
    if (level === 'trace') expect(lines.length).toBeGreaterThan(5);
    const all = lines.join('');
    expect(all).not.toContain(user.token);
    expect(all).not.toContain('secret-cookie');
    expect(all).not.toContain('wrong-password-1');
    expect(all).not.toContain('password123');
  });
});

describe('the data directory', () => {
  it('is 0700 with every file 0600, also when it existed with looser modes', async () => {
    const dataDir = freshDataDir();
    fs.chmodSync(dataDir, 0o755);
    const app = await buildApp({ config: testConfig(dataDir), passwordParams: TEST_PASSWORD_PARAMS });
    await app.ready();
    const f = new Factory(app);
    const user = await f.newUser();
    await f.dm(user, user.username, 'note to self');
    const boundary = 'b0undary';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`;
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/files',
          headers: { ...user.auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload,
        })
      ).statusCode,
    ).toBe(201);
    const entries: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        entries.push(p);
        if (e.isDirectory()) walk(p);
      }
    };
    walk(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    expect(entries.some((p) => p.endsWith('chat.db-wal'))).toBe(true);
    for (const p of entries) expect([p, mode(p)]).toEqual([p, fs.statSync(p).isDirectory() ? 0o700 : 0o600]);
    await app.close();
  });
});
