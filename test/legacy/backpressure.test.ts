// A legacy client that sends commands but never reads the answers must not grow the server's memory:
// commands stop running once a bounded amount of reply bytes waits unsent, and resume (nothing lost)
// when the client reads again.
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { TcpClient } from '../helpers/tcp-client.js';

let t: TestApp;
let port: number;

beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_BYTES: String(2 * 1024 * 1024) });
  port = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(() => t.close());

describe('a client that never reads', () => {
  it('is not served beyond a bounded reply backlog, and gets every answer once it reads', async () => {
    const c = new TcpClient(port);
    const token = (await c.command('register reader secret123 Rea Der\r\n')).tokenid;
    const sender = (await new TcpClient(port).command('register sender secret123 Sen Der\r\n')).tokenid;
    const s = new TcpClient(port);
    for (let i = 0; i < 4; i++) {
      const file = randomBytes(1_500_000).toString('base64');
      expect((await s.command(`sendfile ${sender} reader f${i}.bin b'${file}'\r\n`)).status).toBe('OK');
    }
    s.close();
    // A raw socket that writes 60 inbox commands and reads nothing.
    const raw = net.connect(port, '127.0.0.1');
    await new Promise((r) => raw.once('connect', r));
    raw.pause();
    raw.write(`inbox ${token} \r\n`.repeat(60));
    await new Promise((r) => setTimeout(r, 1500));
    const stats = t.app.legacy.stats().find((x) => x.pendingWriteBytes > 0)!;
    expect(stats).toBeDefined();
    // Each inbox answer here is ~4 MB (two inline files): only a few ran, and what waits is bounded.
    expect(stats.commandsAnswered).toBeLessThan(10);
    expect(stats.pendingWriteBytes).toBeLessThan(16 * 1024 * 1024);
    // Reading again: all 60 answers arrive.
    let text = '';
    raw.setEncoding('latin1');
    raw.on('data', (d: string) => (text += d));
    raw.resume();
    const deadline = Date.now() + 20_000;
    while (text.split('\r\n\r\n').length - 1 < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(text.split('\r\n\r\n').length - 1).toBe(60);
    raw.destroy();
    c.close();
  });
});
