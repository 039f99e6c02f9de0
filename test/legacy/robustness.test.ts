// Bad input on the legacy port never crashes the server or disturbs other connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { TcpClient } from '../helpers/tcp-client.js';

let t: TestApp;
let port: number;

beforeAll(async () => {
  // A small upload limit keeps the maximum line (a file in base64) small enough to overrun quickly.
  t = await createTestApp({ LEGACY_IDLE_TIMEOUT_MS: '300', MAX_UPLOAD_BYTES: '30000' });
  port = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await t.close();
});

/** Others are unaffected: a fresh connection (the idle timeout here is short) is served normally. */
async function stillServing(): Promise<void> {
  const c = new TcpClient(port);
  expect((await c.command('info \r\n')).status).toBe('OK');
  c.close();
}

describe('hostile and broken clients', () => {
  it('answers garbage bytes with protocol errors', async () => {
    const c = new TcpClient(port);
    c.write(Buffer.from([0x01, 0x02, 0x20, 0x7f, 0x0d, 0x0a]));
    expect((await c.reply()).json).toEqual({ status: 'ERROR', message: '**Protocol Tidak Benar' });
    c.close();
    await stillServing();
  });

  it('closes a connection that sends invalid UTF-8, with an ERROR first', async () => {
    const c = new TcpClient(port);
    c.write(Buffer.from([0x73, 0x65, 0x6e, 0x64, 0x20, 0xc3, 0x28, 0x0d, 0x0a]));
    expect((await c.reply()).json).toEqual({ status: 'ERROR', message: 'Perintah bukan UTF-8 yang valid' });
    await c.waitClosed();
    await stillServing();
  });

  it('closes an endless line once it passes the maximum, without buffering it all', async () => {
    const c = new TcpClient(port);
    await c.connected;
    const max = Math.ceil(30000 / 3) * 4 + 3 + 4096;
    for (let sent = 0; sent <= max && !c.closed; sent += 8192) {
      c.write(Buffer.alloc(8192, 0x41));
      await new Promise((r) => setImmediate(r));
    }
    expect((await c.reply()).json).toEqual({ status: 'ERROR', message: 'Baris perintah terlalu panjang' });
    await c.waitClosed();
    await stillServing();
  });

  it('closes a client that connects and says nothing, after the idle timeout', async () => {
    const c = new TcpClient(port);
    const started = Date.now();
    const reply = await c.reply(3000);
    expect(reply.json.status).toBe('ERROR');
    expect(reply.json.message).toMatch(/idle/);
    await c.waitClosed();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('serves 1,000 connections at once', async () => {
    // Its own server: connecting 1,000 sockets takes longer than the short idle timeout above.
    // One address here: the per-address cap (MAX_CONNECTIONS_PER_IP) is lifted for this one.
    const busy = await createTestApp({ MAX_CONNECTIONS_PER_IP: '0' });
    const busyPort = await busy.app.legacy.listen(0, '127.0.0.1');
    const clients = Array.from({ length: 1000 }, () => new TcpClient(busyPort));
    await Promise.all(clients.map((c) => c.connected));
    const replies = await Promise.all(clients.map((c, i) => c.command(i % 2 ? 'info \r\n' : `bogus ${i}\r\n`)));
    const wrong = replies.map((r, i) => [i, r]).filter(([i, r]) => (r as { status: string }).status !== ((i as number) % 2 ? 'OK' : 'ERROR'));
    expect(wrong.slice(0, 3)).toEqual([]);
    for (const c of clients) c.close();
    await busy.close();
    await stillServing();
  });

  it('refuses an oversized file with an ERROR, keeps the connection', async () => {
    const c = new TcpClient(port);
    const token = (await c.command('register biggie secret123 Big Big\r\n')).tokenid;
    const tooBig = Buffer.alloc(30001, 1).toString('base64');
    const r = await c.command(`sendfile ${token} biggie big.bin b'${tooBig}'\r\n`);
    expect(r.status).toBe('ERROR');
    expect(r.message).toMatch(/too large/i);
    expect((await c.command('info \r\n')).status).toBe('OK');
    c.close();
  });
});

describe('limits per address', () => {
  it('refuses connections beyond MAX_CONNECTIONS_PER_IP with an ERROR', async () => {
    const capped = await createTestApp({ MAX_CONNECTIONS_PER_IP: '3' });
    const p = await capped.app.legacy.listen(0, '127.0.0.1');
    const open = [new TcpClient(p), new TcpClient(p), new TcpClient(p)];
    for (const c of open) expect((await c.command('info \r\n')).status).toBe('OK');
    const extra = new TcpClient(p);
    expect((await extra.reply()).json).toEqual({ status: 'ERROR', message: 'Server penuh: terlalu banyak koneksi' });
    await extra.waitClosed();
    open[0]!.close();
    await new Promise((r) => setTimeout(r, 100));
    const again = new TcpClient(p);
    expect((await again.command('info \r\n')).status).toBe('OK');
    for (const c of [...open, again]) c.close();
    await capped.close();
  });

  it('failed legacy auths do not lock the user out of a login from another address', async () => {
    const c = new TcpClient(port);
    const victim = (await c.command('register victim1 secret123 Vic Tim\r\n')).tokenid;
    expect(victim).toEqual(expect.any(String));
    for (let i = 0; i < 6; i++) await c.command('auth victim1 wrong-password\r\n');
    const rest = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'victim1', password: 'secret123' },
      remoteAddress: '10.7.7.7',
    });
    expect(rest.statusCode).toBe(200);
    c.close();
  });
});

describe('shutdown', () => {
  it('answers the running command, then closes the sockets', async () => {
    const app = await createTestApp();
    const p = await app.app.legacy.listen(0, '127.0.0.1');
    const c = new TcpClient(p);
    expect((await c.command('info \r\n')).status).toBe('OK');
    await app.close();
    await c.waitClosed();
  });
});
