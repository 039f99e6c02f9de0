// The server process as an operator runs it: fresh data dir, migrations, restart, shutdown, bad config.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { runMain, startServer } from '../helpers/server-process.js';
import { TcpClient } from '../helpers/tcp-client.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'realm-chat-main-')), 'nested', 'data');
afterAll(() => fs.rmSync(path.dirname(path.dirname(dataDir)), { recursive: true, force: true }));

async function json(res: Response) {
  return (await res.json()) as Record<string, any>;
}

describe('server process', () => {
  it('starts on an empty data dir, keeps data across a graceful restart', async () => {
    const legacyPort = await freePort();
    const first = await startServer({ DATA_DIR: dataDir, LEGACY_TCP_PORT: String(legacyPort), LEGACY_TCP_HOST: '127.0.0.1' });
    expect(fs.existsSync(path.join(dataDir, 'chat.db'))).toBe(true);
    expect(await json(await fetch(`${first.url}/readyz`))).toEqual({ status: 'ready' });
    const reg = await json(
      await fetch(`${first.url}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'opal', password: 'password123' }),
      }),
    );
    const auth = { authorization: `Bearer ${reg.token}`, 'content-type': 'application/json' };
    const sent = await fetch(`${first.url}/api/v1/direct/opal/messages`, { method: 'POST', headers: auth, body: JSON.stringify({ text: 'survives' }) });
    expect(sent.status).toBe(201);
    // The legacy adapter listens beside HTTP, on the same data.
    const tcp = new TcpClient(legacyPort);
    const legacyToken = (await tcp.command('auth opal password123 \r\n')).tokenid as string;
    expect(await tcp.command(`send ${legacyToken} opal over tcp \r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
    tcp.close();
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(first.output()).toMatch(/"verb":"send","status":"OK".*"msg":"legacy command"/);
    expect(first.output()).not.toContain(legacyToken);
    expect(first.output()).toContain('shutdown complete');
    expect(first.output()).not.toContain(reg.token as string);
    expect(first.output()).not.toContain('password123');

    const second = await startServer({ DATA_DIR: dataDir });
    const history = await json(await fetch(`${second.url}/api/v1/direct/opal/messages`, { headers: auth }));
    expect(history.messages.map((m: { text: string }) => m.text)).toEqual(['over tcp', 'survives']);
    expect(await second.stop('SIGINT')).toBe(0);
  });

  it('a port in use is reported before anything is written', async () => {
    const taken = net.createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, '127.0.0.1', () => resolve((taken.address() as net.AddressInfo).port)));
    const fresh = path.join(path.dirname(dataDir), 'never-created');
    try {
      const run = runMain({ DATA_DIR: fresh, HOST: '127.0.0.1', PORT: String(port), LEGACY_TCP_PORT: '0' });
      expect(await run.exited).toBe(69);
      expect(run.output()).toContain(`PORT=${port} on 127.0.0.1 is already in use by another process`);
      expect(fs.existsSync(fresh)).toBe(false);
    } finally {
      taken.close();
    }
  });

  it('a data dir that cannot be created or written is named, with what to do', async () => {
    const file = path.join(path.dirname(dataDir), 'a-file');
    fs.writeFileSync(file, 'not a directory');
    const run = runMain({ DATA_DIR: path.join(file, 'data'), HOST: '127.0.0.1', PORT: String(await freePort()), LEGACY_TCP_PORT: '0' });
    expect(await run.exited).toBe(73);
    expect(run.output()).toMatch(new RegExp(`DATA_DIR=${path.join(file, 'data')} is not writable by this user \\(ENOTDIR\\)`));
    expect(run.output()).not.toContain('    at '); // one line, no stack trace
  });

  it('logs for people when asked (LOG_FORMAT=pretty; auto picks it on a terminal), JSON otherwise', async () => {
    const { prettyLogs } = await import('../../src/app.js');
    expect([prettyLogs({ logFormat: 'auto' }, true), prettyLogs({ logFormat: 'auto' }, false), prettyLogs({ logFormat: 'json' }, true)]).toEqual([
      true,
      false,
      false,
    ]);
    const dir = path.join(path.dirname(dataDir), 'pretty');
    const port = await freePort();
    const run = runMain({ DATA_DIR: dir, HOST: '127.0.0.1', PORT: String(port), LEGACY_TCP_PORT: '0', LOG_FORMAT: 'pretty' });
    const deadline = Date.now() + 60_000;
    while (!run.output().includes('realm chat started') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    run.child.kill('SIGTERM');
    await run.exited;
    const line = run
      .output()
      .split('\n')
      .find((l) => l.includes('realm chat started'))!;
    expect(line).toMatch(/INFO/);
    expect(line.trimStart().startsWith('{')).toBe(false);
  });

  it('refuses to start with a message naming the bad variable', async () => {
    const run = runMain({ DATA_DIR: dataDir, PORT: 'eighty', REALM_ID: 'Not Valid' });
    expect(await run.exited).toBe(78);
    expect(run.output()).toContain('PORT="eighty"');
    expect(run.output()).toContain('REALM_ID="Not Valid"');
  });
});
