// Pipelining: a client may send many messages without waiting for each answer. Over a real WebSocket
// and a real legacy TCP socket, sends written back to back are stored in the order they were sent,
// answered in that order (a refused one in its place), and a retried clientTxnId still returns the
// first message. Runs at synchronous=NORMAL, where the append runs on the event loop (the other
// suites run the default FULL, on the writer's worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';
import { TcpClient } from '../helpers/tcp-client.js';
import { WsClient, type Frame } from '../helpers/ws-client.js';

let t: TestApp;
let f: Factory;
let url: string;
let legacyPort: number;
const sockets: WsClient[] = [];

beforeAll(async () => {
  t = await createTestApp({ SQLITE_SYNCHRONOUS: 'NORMAL', WS_FRAMES_PER_SECOND: '1000' });
  f = new Factory(t.app);
  url = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  legacyPort = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(async () => {
  for (const s of sockets) s.socket.terminate();
  await t.close();
});

async function until(client: WsClient, count: number, match: (f: Frame) => boolean): Promise<Frame[]> {
  const got: Frame[] = [];
  while (got.length < count) got.push(await client.next(match, 5000));
  return got;
}

describe('WebSocket sends written back to back', () => {
  it('are stored, acked and delivered in send order; a refused one is answered in its place; a retry returns the first', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const a = WsClient.connect(url, { token: alice.token });
    const b = WsClient.connect(url, { token: bob.token });
    sockets.push(a, b);
    await a.nextOfType('ready');
    await b.nextOfType('ready');

    const frames = Array.from({ length: 40 }, (_, i) => ({ type: 'send', data: { to: bob.username, text: `m${i}`, clientTxnId: `t${i}` } }));
    frames.splice(20, 0, { type: 'send', data: { to: 'nobody-here', text: 'lost', clientTxnId: 'bad' } });
    frames.push({ type: 'send', data: { to: bob.username, text: 'm3', clientTxnId: 't3' } }); // a retry
    frames.push({ type: 'send', data: { to: bob.username, text: 'not m5', clientTxnId: 't5' } }); // a reused key
    for (const frame of frames) a.socket.send(JSON.stringify(frame));

    const answers = await until(a, frames.length, (x) => x.type === 'ack' || x.type === 'error');
    expect(answers.map((x) => x.data.clientTxnId)).toEqual(frames.map((x) => x.data.clientTxnId));
    expect(answers[20]).toMatchObject({ type: 'error', data: { code: 'not_found', clientTxnId: 'bad' } });
    const acks = answers.filter((x) => x.type === 'ack');
    const created = acks.slice(0, -1).map((x) => x.data.message);
    expect(created.map((m) => m.text)).toEqual(Array.from({ length: 40 }, (_, i) => `m${i}`));
    expect(created.map((m) => m.seq)).toEqual(Array.from({ length: 40 }, (_, i) => created[0].seq + i));
    // The retry of t3: nothing new, the first message. t5 reused for other text: refused, nothing stored.
    expect(acks.at(-1)!.data).toMatchObject({ created: false, message: { id: created[3].id, text: 'm3' } });
    expect(answers.at(-1)).toMatchObject({ type: 'error', data: { code: 'idempotency_key_reused', clientTxnId: 't5' } });

    const delivered = await until(b, 40, (x) => x.type === 'message.created');
    expect(delivered.map((x) => x.data.message.text)).toEqual(created.map((m) => m.text));
    const history = (await f.get(bob, `/api/v1/direct/${alice.username}/messages?limit=100`)).json();
    expect(history.messages).toHaveLength(40);
  });
});

describe('legacy sends written in one TCP write', () => {
  it('are answered in command order and stored in that order', async () => {
    const c = new TcpClient(legacyPort);
    const token = (await c.command('register pipeann secret123 Pipe Ann\r\n')).tokenid;
    await new TcpClient(legacyPort).command('register pipebo secret123 Pipe Bo\r\n');
    const lines = Array.from({ length: 30 }, (_, i) => `send ${token} pipebo line ${i}\r\n`);
    lines.splice(10, 0, `send ${token} nobody-here lost\r\n`, `info\r\n`);
    c.write(lines.join(''));
    const replies = [];
    for (let i = 0; i < lines.length; i++) replies.push((await c.reply()).json);
    expect(replies[10]).toEqual({ status: 'ERROR', message: 'User Tidak Ditemukan' });
    expect(replies[11].status).toBe('OK');
    expect(replies.filter((_, i) => i !== 10 && i !== 11)).toEqual(Array.from({ length: 30 }, () => ({ status: 'OK', message: 'Message Sent' })));
    const inbox = (await c.command(`inbox ${token}\r\n`)).messages;
    expect(inbox).toEqual({});
    const bo = (await new TcpClient(legacyPort).command('auth pipebo secret123\r\n')).tokenid;
    const received = (await new TcpClient(legacyPort).command(`inbox ${bo}\r\n`)).messages.pipeann as Array<{ msg: string }>;
    expect(received.map((m) => m.msg)).toEqual(Array.from({ length: 30 }, (_, i) => `line ${i}`));
  });
});
