// The legacy protocol driven through a real TCP socket with the exact lines the seed's clients send
// (trailing spaces, empty words, b'…' payloads), checking each reply's JSON and \r\n\r\n framing.
import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';
import { TcpClient } from '../helpers/tcp-client.js';
import { WsClient } from '../helpers/ws-client.js';

let t: TestApp;
let port: number;
let f: Factory;
const clients: TcpClient[] = [];

function client(): TcpClient {
  const c = new TcpClient(port);
  clients.push(c);
  return c;
}

/** Registers over TCP as the seed's client does; returns the token. */
async function registered(c: TcpClient, user: string, name = 'Some_Body', country = 'Indonesia'): Promise<string> {
  const r = await c.command(`register ${user} secret123 ${name} ${country}\r\n`);
  expect(r).toMatchObject({ status: 'OK', tokenid: expect.any(String) });
  return r.tokenid;
}

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
  port = await t.app.legacy.listen(0, '127.0.0.1');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  for (const c of clients) c.close();
  await t.close();
});

describe('accounts', () => {
  it('register, auth (errors as the seed), info, logout with and without token', async () => {
    const c = client();
    const raw = (c.write('register messi surabaya1 Lionel_Messi Argentina\r\n'), await c.reply());
    expect(raw.raw).toMatch(/^\{"status": "OK", "tokenid": "[A-Za-z0-9_-]{43}"\}$/);
    expect(await c.command('register messi surabaya1 Lionel_Messi Argentina\r\n')).toEqual({ status: 'ERROR', message: 'User Sudah Ada' });
    expect(await c.command('auth nobody surabaya \r\n')).toEqual({ status: 'ERROR', message: 'User Tidak Ada' });
    expect(await c.command('auth messi wrongpass \r\n')).toEqual({ status: 'ERROR', message: 'Password Salah' });
    const login = await c.command('auth messi surabaya1 \r\n');
    expect(login.status).toBe('OK');

    // The display name's "_" became a space; info lists who is online, never tokens.
    const info = await c.command('info \r\n');
    expect(info.status).toBe('OK');
    expect(info.message.messi).toEqual({ nama: 'Lionel Messi', negara: 'Argentina' });
    expect(JSON.stringify(info)).not.toContain(login.tokenid);
    // The older client sends the unformatted "info {} ".
    expect((await c.command('info {} \r\n')).status).toBe('OK');

    // Without a token: the session last authenticated on this connection (the auth's).
    expect(await c.command('logout \r\n')).toEqual({ status: 'OK' });
    expect(await c.command(`send ${login.tokenid} messi hi \r\n`)).toEqual({ status: 'ERROR', message: 'Session Tidak Ditemukan' });
    expect(await c.command('logout \r\n')).toEqual({ status: 'ERROR', message: 'Belum Login' });
    // With a token: that session, wherever it was created.
    const again = await c.command('auth messi surabaya1 \r\n');
    const other = client();
    expect(await other.command(`logout ${again.tokenid}\r\n`)).toEqual({ status: 'OK' });
    expect(await c.command(`logout ${again.tokenid}\r\n`)).toEqual({ status: 'ERROR', message: 'Session Tidak Ditemukan' });
  });

  it('legacy tokens are ordinary sessions: they work over REST, and REST tokens work here', async () => {
    const c = client();
    const token = await registered(c, 'tcpuser');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ username: 'tcpuser', displayName: 'Some Body', country: 'Indonesia' });
    const restUser = await f.newUser('restuser');
    expect(await c.command(`send ${restUser.token} tcpuser from a REST token \r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
    expect(await c.command(`logout ${token}\r\n`)).toEqual({ status: 'OK' });
    expect((await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
  });
});

describe('messages', () => {
  it('send with stray spaces; inbox by sender, marked read once returned', async () => {
    const c = client();
    const a = await registered(c, 'henderson', 'Jordan_Henderson', 'Inggris');
    const b = await registered(c, 'lineker', 'Gary_Lineker', 'Inggris');
    expect(await c.command(`send ${a} lineker  hello world \r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
    expect(await c.command(`send ${a} lineker apa kabar?\r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
    expect(await c.command(`send ${a} nobody hi\r\n`)).toEqual({ status: 'ERROR', message: 'User Tidak Ditemukan' });
    expect(await c.command(`send not-a-real-token-xxxxxxxxxxxx lineker hi\r\n`)).toEqual({ status: 'ERROR', message: 'Session Tidak Ditemukan' });
    const inbox = await c.command(`inbox ${b} \r\n`);
    expect(inbox).toEqual({
      status: 'OK',
      messages: {
        henderson: [
          { msg_from: 'Jordan Henderson', msg_to: 'Gary Lineker', msg: 'hello world' },
          { msg_from: 'Jordan Henderson', msg_to: 'Gary Lineker', msg: 'apa kabar?' },
        ],
      },
    });
    expect(await c.command(`inbox ${b} \r\n`)).toEqual({ status: 'OK', messages: {} });
  });

  it('groups: addgroup, joingroup, sendgroup to a group, and the older comma-list meaning', async () => {
    const c = client();
    const owner = await registered(c, 'gowner');
    const m1 = await registered(c, 'gmember1');
    const m2 = await registered(c, 'gmember2');
    expect(await c.command(`addgroup ${owner} persija \r\n`)).toEqual({ status: 'OK', message: 'Add group successful' });
    expect(await c.command(`joingroup ${m1} persija \r\n`)).toEqual({ status: 'OK', message: 'Add group successful' });
    expect(await c.command(`joingroup ${m1} persija \r\n`)).toEqual({ status: 'ERROR', message: 'User sudah dalam group' });
    expect(await c.command(`joingroup ${m1} no-such-group \r\n`)).toEqual({ status: 'ERROR', message: 'Group Tidak Ditemukan' });
    expect(await c.command(`sendgroup ${owner} persija halo semua \r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
    expect(await c.command(`sendgroup ${m2} persija bukan anggota \r\n`)).toEqual({ status: 'ERROR', message: 'Anda bukan anggota group ini' });
    expect((await c.command(`inbox ${m1} \r\n`)).messages).toEqual({
      gowner: [{ msg_from: 'Some Body', msg_to: 'Some Body', msg: 'halo semua', group: 'persija' }],
    });
    // No group named "gmember1,gmember2,ghost": a private message to each existing user.
    expect(await c.command(`sendgroup ${owner} gmember1,gmember2,ghost ke kalian \r\n`)).toEqual({ status: 'OK', message: 'Message Sent' });
    expect((await c.command(`inbox ${m2} \r\n`)).messages).toEqual({ gowner: [{ msg_from: 'Some Body', msg_to: 'Some Body', msg: 'ke kalian' }] });
  });

  it("files in the b'…' form and bare base64, to users and groups; downloadable over REST", async () => {
    const c = client();
    const a = await registered(c, 'filesender');
    const b = await registered(c, 'filereceiver');
    const bytes = Buffer.from('Hello from 1999 \u0000\u00ff binary', 'latin1');
    const b64 = bytes.toString('base64');
    expect(await c.command(`sendfile ${a} filereceiver /home/user/docs/report.txt b'${b64}'\r\n`)).toEqual({ status: 'OK', message: 'File Sent' });
    expect(await c.command(`sendfile ${a} filereceiver C:\\x\\bare.bin ${b64}\r\n`)).toEqual({ status: 'OK', message: 'File Sent' });
    expect(await c.command(`sendfile ${a} filereceiver x.txt b'not base64!'\r\n`)).toMatchObject({ status: 'ERROR' });
    expect(await c.command(`sendfile ${a} nobody x.txt b'${b64}'\r\n`)).toEqual({ status: 'ERROR', message: 'User Tidak Ditemukan' });
    const inbox = (await c.command(`inbox ${b} \r\n`)).messages.filesender;
    expect(inbox).toEqual([
      { msg_from: 'Some Body', msg_to: 'Some Body', file_name: 'report.txt', file_content: `b'${b64}'` },
      { msg_from: 'Some Body', msg_to: 'Some Body', file_name: 'bare.bin', file_content: `b'${b64}'` },
    ]);
    // The same file over REST: found in history, downloadable, same sha256.
    const history = await t.app.inject({ url: '/api/v1/direct/filesender/messages', headers: { authorization: `Bearer ${b}` } });
    const file = history.json().messages[1].file;
    expect(file).toMatchObject({ name: 'report.txt', mimeType: 'text/plain', sha256: createHash('sha256').update(bytes).digest('hex') });
    const download = await request(t.app.server)
      .get(`/api/v1/files/${file.id}`)
      .set('authorization', `Bearer ${b}`)
      .buffer(true)
      .parse((res, cb) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => cb(null, Buffer.concat(parts)));
      });
    expect((download.body as Buffer).equals(bytes)).toBe(true);

    await c.command(`addgroup ${a} filegroup \r\n`);
    await c.command(`joingroup ${b} filegroup \r\n`);
    expect(await c.command(`sendgroupfile ${a} filegroup /tmp/g.bin b'${b64}'\r\n`)).toEqual({ status: 'OK', message: 'File Sent' });
    expect((await c.command(`inbox ${b} \r\n`)).messages.filesender).toEqual([
      { msg_from: 'Some Body', msg_to: 'Some Body', group: 'filegroup', file_name: 'g.bin', file_content: `b'${b64}'` },
    ]);
  });
});

describe('cross-edge', () => {
  it('TCP send → REST history and a WebSocket push; REST send → TCP inbox', async () => {
    const c = client();
    const tcpToken = await registered(c, 'crosstcp');
    const rest = await f.newUser('crossrest');
    const ws = WsClient.connect(`ws://127.0.0.1:${(t.app.server.address() as { port: number }).port}`, { token: rest.token });
    await ws.nextOfType('ready');
    expect(await c.command(`send ${tcpToken} crossrest dari TCP \r\n`)).toMatchObject({ status: 'OK' });
    expect((await ws.nextOfType('message.created')).data.message).toMatchObject({ text: 'dari TCP', sender: 'crosstcp' });
    const history = (await f.get(rest, '/api/v1/direct/crosstcp/messages')).json();
    expect(history.messages.map((m: { text: string }) => m.text)).toEqual(['dari TCP']);
    ws.close();
    await f.dm(rest, 'crosstcp', 'from REST');
    expect((await c.command(`inbox ${tcpToken} \r\n`)).messages).toEqual({
      crossrest: [{ msg_from: 'crossrest', msg_to: 'Some Body', msg: 'from REST' }],
    });
  });
});

describe('protocol errors', () => {
  it('unknown verbs, missing arguments, realm commands, server-to-server verbs', async () => {
    const c = client();
    expect(await c.command('bogus x y\r\n')).toEqual({ status: 'ERROR', message: '**Protocol Tidak Benar' });
    expect(await c.command('constructor\r\n')).toEqual({ status: 'ERROR', message: '**Protocol Tidak Benar' });
    expect(await c.command('\r\n')).toEqual({ status: 'ERROR', message: '**Protocol Tidak Benar' });
    expect(await c.command('auth onlyuser\r\n')).toEqual({ status: 'ERROR', message: '--Protocol Tidak Benar' });
    expect(await c.command('send\r\n')).toEqual({ status: 'ERROR', message: '--Protocol Tidak Benar' });
    for (const verb of ['recvrealm r h 1', 'recvrealmprivatemsg a r b hi', 'getrealmchat r u']) {
      expect((await c.command(`${verb}\r\n`)).status).toBe('ERROR');
    }
  });

  it('answers several commands in one chunk in order, and a command split across chunks', async () => {
    const c = client();
    await c.connected;
    c.write('bogus\r\ninfo\r\nsend\r\n');
    expect((await c.reply()).json.message).toBe('**Protocol Tidak Benar');
    expect((await c.reply()).json.status).toBe('OK');
    expect((await c.reply()).json.message).toBe('--Protocol Tidak Benar');
    for (const piece of ['in', 'fo', ' \r', '\n']) {
      c.write(piece);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await c.reply()).json.status).toBe('OK');
  });
});
