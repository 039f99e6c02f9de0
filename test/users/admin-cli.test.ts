// The admin CLI (npm run admin -- …) as a child process on the database of a running server: what it
// changes takes effect on the server's REST, WebSocket and TCP edges without a restart.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory, uniqueName, type TestUser } from '../helpers/factories.js';
import { TcpClient } from '../helpers/tcp-client.js';
import { WsClient } from '../helpers/ws-client.js';

const root = path.resolve(import.meta.dirname, '../..');
let t: TestApp;
let f: Factory;
let wsUrl: string;
let tcpPort: number;

function admin(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/admin.ts', ...args],
      { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: t.dataDir, DATABASE_URL: t.config.databaseUrl } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? '');
  });
}

const login = (username: string, password = 'password123') => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  await f.newUser('first'); // the realm's first admin
  wsUrl = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  tcpPort = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(() => t.close());

describe('npm run admin', () => {
  it('disable: the running server logs the account out on every edge within seconds; enable undoes it', async () => {
    const bob: TestUser = await f.newUser();
    const ws = WsClient.connect(wsUrl, { token: bob.token });
    await ws.nextOfType('ready');
    const tcp = new TcpClient(tcpPort);
    const tcpLogin = await tcp.command(`auth ${bob.username} password123 \r\n`);

    const run = await admin(['disable', bob.username]);
    expect(run, run.stderr).toMatchObject({ code: 0, stdout: expect.stringContaining(`disabled ${bob.username}`) });
    // The server finds revocations written by another process by polling (every 2 s).
    expect(await ws.closed).toBe(4401);
    expect((await f.get(bob, '/api/v1/me')).statusCode).toBe(401);
    expect(await tcp.command(`send ${tcpLogin.tokenid} first hi \r\n`)).toEqual({ status: 'ERROR', message: 'Session Tidak Ditemukan' });
    tcp.close();
    expect((await login(bob.username)).statusCode).toBe(403);

    const list = await admin(['list-users', '--q', bob.username]);
    expect(list.stdout).toMatch(new RegExp(`^${bob.username}\\t.*\\tdisabled `, 'm'));

    expect((await admin(['enable', bob.username])).code).toBe(0);
    expect((await login(bob.username)).statusCode).toBe(200);
  });

  it('create-admin reads the password from stdin; reset-password and registration apply at once', async () => {
    const name = uniqueName('ops');
    const created = await admin(['create-admin', name], 'a-long-secret\n');
    expect(created, created.stderr).toMatchObject({ code: 0, stdout: `created administrator ${name}\n` });
    const ops = await login(name, 'a-long-secret');
    expect(ops.statusCode).toBe(200);
    expect(ops.json().user.isAdmin).toBe(true);

    const reset = await admin(['reset-password', name, '--password', 'another-secret']);
    expect(reset.stdout).toContain('1 session(s) revoked');
    expect((await login(name, 'a-long-secret')).statusCode).toBe(401);
    expect((await login(name, 'another-secret')).statusCode).toBe(200);

    expect((await admin(['registration', 'invite'])).stdout).toBe('registration: invite\n');
    const register = (invite?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { username: uniqueName(), password: 'password123', ...(invite ? { invite } : {}) },
      });
    expect((await register()).statusCode).toBe(403);
    const invite = await admin(['create-invite', '--hours', '1']);
    const code = /invite code: (\S+)/.exec(invite.stdout)![1]!;
    expect((await register(code)).statusCode).toBe(201);
    expect((await admin(['registration', 'open'])).code).toBe(0);
    expect((await register()).statusCode).toBe(201);
  });

  it('exit 2 with the usage for bad arguments, 1 with the reason for a refused command', async () => {
    const usage = await admin(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command frobnicate');
    expect(usage.stderr).toContain('usage: npm run admin');
    const refused = await admin(['disable', 'nobody-at-all']);
    expect(refused).toMatchObject({ code: 1, stderr: 'admin: No account named nobody-at-all on this realm\n' });
    const weak = await admin(['create-admin', uniqueName(), '--password', 'short']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/password: must be at least 8 characters/);
  });
});
