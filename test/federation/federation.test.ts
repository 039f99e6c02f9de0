// Three realms in one process, talking over signed HTTP on loopback.
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../helpers/factories.js';
import { closeRealms, eventually, startRealms, type TestRealm } from '../helpers/realms.js';
import { WsClient } from '../helpers/ws-client.js';

let a: TestRealm;
let b: TestRealm;
let c: TestRealm;
const sockets: WsClient[] = [];

function ws(realm: TestRealm, user: TestUser): WsClient {
  const client = WsClient.connect(realm.url.replace('http', 'ws'), { token: user.token });
  sockets.push(client);
  return client;
}

beforeAll(async () => {
  const realms = await startRealms(['realm-a', 'realm-b', 'realm-c']);
  [a, b, c] = [realms[0]!, realms[1]!, realms[2]!];
});
afterAll(async () => {
  for (const s of sockets) s.socket.terminate();
  await closeRealms([a, b, c]);
});

describe('realm identity and peers', () => {
  it('publishes its realm document and lists its peers', async () => {
    const doc = (await a.app.inject({ url: '/federation/v1/realm' })).json();
    expect(doc).toMatchObject({
      realm: 'realm-a',
      url: a.url,
      keys: [{ id: expect.stringMatching(/^ed25519:/), publicKey: expect.any(String), validUntil: null }],
    });
    const admin = await a.f.newUser('admin_a');
    const peers = (await a.f.get(admin, '/api/v1/admin/realms')).json().realms;
    expect(peers.map((p: { id: string }) => p.id)).toEqual(['realm-b', 'realm-c']);
    const someone = await a.f.newUser();
    expect((await a.f.get(someone, '/api/v1/admin/realms')).statusCode).toBe(403);
  });
});

describe('private messages across realms', () => {
  it('delivers alice@realm-a → bob@realm-b to bob’s socket and both histories, with edits and deletes', async () => {
    const alice = await a.f.newUser('alice');
    const bob = await b.f.newUser('bob', { displayName: 'Bob B' });
    const bobSocket = ws(b, bob);
    await bobSocket.nextOfType('ready');

    const sent = await a.f.dm(alice, 'bob@realm-b', 'hello across realms');
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ conversation: 'dm:bob@realm-b', sender: 'alice', seq: 1 });
    const pushed = await bobSocket.nextOfType('message.created', 10_000);
    expect(pushed.data.message).toMatchObject({ id: sent.json().id, conversation: 'dm:alice@realm-a', sender: 'alice@realm-a', text: 'hello across realms' });
    const bobHistory = (await b.f.get(bob, '/api/v1/direct/alice@realm-a/messages')).json();
    expect(bobHistory.messages.map((m: { text: string }) => m.text)).toEqual(['hello across realms']);

    // Bob answers from his realm.
    await b.f.dm(bob, 'alice@realm-a', 'hi alice');
    await eventually(async () => (await a.f.get(alice, '/api/v1/direct/bob@realm-b/messages')).json().messages.length === 2, 10_000, 'reply at realm-a');
    // Remote users appear with their display names.
    expect((await a.f.get(alice, '/api/v1/users/bob@realm-b')).json()).toMatchObject({ username: 'bob@realm-b', displayName: 'Bob B', realm: 'realm-b' });

    await a.f.call(alice, 'PATCH', `/api/v1/messages/${sent.json().id}`, { text: 'hello across realms (edited)' });
    expect((await bobSocket.nextOfType('message.updated', 10_000)).data.message.text).toBe('hello across realms (edited)');
    await a.f.call(alice, 'DELETE', `/api/v1/messages/${sent.json().id}`);
    expect((await bobSocket.nextOfType('message.deleted', 10_000)).data.message).toMatchObject({ deleted: true, text: null });
  });

  it('refuses a send to a user who does not exist there, at once', async () => {
    const u = await a.f.newUser();
    const res = await a.f.dm(u, 'nobody@realm-b', 'hello?');
    expect(res.statusCode).toBe(404);
    expect((await a.f.dm(u, 'bob@unknown-realm', 'hello?')).statusCode).toBe(404);
  });

  it('sends files across: the receiver fetches, checks and serves the bytes itself', async () => {
    const sender = await a.f.newUser();
    const receiver = await b.f.newUser();
    const bytes = randomBytes(200_000);
    const upload = await request(a.app.server).post('/api/v1/files').set(sender.auth).attach('file', bytes, 'big.bin');
    const sent = await a.f.app.inject({
      method: 'POST',
      url: `/api/v1/direct/${receiver.username}@realm-b/messages`,
      headers: sender.auth,
      payload: { fileId: upload.body.id, text: 'the file' },
    });
    expect(sent.statusCode).toBe(201);
    const message = await eventually(
      async () => (await b.f.get(receiver, `/api/v1/direct/${sender.username}@realm-a/messages`)).json().messages[0],
      10_000,
      'file message',
    );
    expect(message.file).toMatchObject({ id: upload.body.id, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    const download = await request(b.app.server)
      .get(`/api/v1/files/${upload.body.id}`)
      .set(receiver.auth)
      .buffer(true)
      .parse((res, cb) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => cb(null, Buffer.concat(parts)));
      });
    expect(download.status).toBe(200);
    expect((download.body as Buffer).equals(bytes)).toBe(true);
  });
});

describe('groups across realms', () => {
  it('remote members join through their realm; the home realm orders and fans out once per realm', async () => {
    const owner = await b.f.newUser('team_owner');
    await b.f.newGroup(owner, 'team');
    const ann = await a.f.newUser('ann');
    const amy = await a.f.newUser('amy');
    const cid = await c.f.newUser('cid');
    const annSocket = ws(a, ann);
    await annSocket.nextOfType('ready');

    const joining = await a.f.call(ann, 'POST', '/api/v1/groups/team@realm-b/join');
    expect(joining.statusCode).toBe(202);
    expect((await annSocket.nextOfType('member.joined', 10_000)).data).toMatchObject({ conversation: 'group:team@realm-b', user: 'ann' });
    expect((await a.f.call(amy, 'POST', '/api/v1/groups/team@realm-b/join')).statusCode).toBe(202);
    expect((await c.f.call(cid, 'POST', '/api/v1/groups/team@realm-b/join')).statusCode).toBe(202);
    await eventually(async () => (await b.f.get(owner, '/api/v1/groups/team/members')).json().members.length === 4, 10_000, 'four members at home');

    // The owner posts at home: one group.message per member realm, not per member.
    const sent = (await b.f.groupSend(owner, 'team', 'welcome all')).json();
    const pushed = await annSocket.nextOfType('message.created', 10_000);
    expect(pushed.data.message).toMatchObject({
      id: sent.id,
      conversation: 'group:team@realm-b',
      seq: sent.seq,
      sender: 'team_owner@realm-b',
      text: 'welcome all',
    });
    const fanOut = await b.app.services.db.read.outboxEvent.findMany({ where: { eventId: sent.id } });
    expect(fanOut.map((r) => r.destination).sort()).toEqual(['realm-a', 'realm-c']);

    // A remote member's send goes through the home realm, which gives it the next seq.
    const remote = await a.f.groupSend(ann, 'team@realm-b', 'hello from realm-a');
    expect(remote.statusCode).toBe(202);
    const back = await annSocket.next((fr) => fr.type === 'message.created' && fr.data.message.text === 'hello from realm-a', 10_000);
    expect(back.data.message.seq).toBe(sent.seq + 1);
    const atHome = (await b.f.get(owner, '/api/v1/groups/team/messages'))
      .json()
      .messages.map((m: { text: string; sender: string }) => `${m.sender}: ${m.text}`);
    expect(atHome).toEqual(['ann@realm-a: hello from realm-a', 'team_owner: welcome all']);
    const atC = await eventually(
      async () => {
        const h = (await c.f.get(cid, '/api/v1/groups/team@realm-b/messages')).json();
        return h.messages?.length === 2 ? h.messages : undefined;
      },
      10_000,
      'history at realm-c',
    );
    expect(atC.map((m: { seq: number }) => m.seq)).toEqual([sent.seq + 1, sent.seq]);

    // Unread counts work for remote members.
    const conv = (await c.f.get(cid, '/api/v1/conversations')).json().conversations.find((x: { id: string }) => x.id === 'group:team@realm-b');
    expect(conv).toMatchObject({ unread: 2, lastSeq: sent.seq + 1 });

    // Leaving through one's own realm.
    expect((await a.f.call(amy, 'POST', '/api/v1/groups/team@realm-b/leave')).statusCode).toBe(204);
    await eventually(async () => (await b.f.get(owner, '/api/v1/groups/team/members')).json().members.length === 3, 10_000, 'amy left at home');
  });

  it('invite-only groups: the home realm invites a remote user, who accepts through their realm', async () => {
    const owner = await b.f.newUser('secret_owner');
    await b.f.newGroup(owner, 'secret', 'invite');
    const dan = await a.f.newUser('dan');
    expect((await a.f.call(dan, 'POST', '/api/v1/groups/secret@realm-b/join')).statusCode).toBe(202);
    // Refused at home (invite-only): nothing happens; dan is told the delivery failed.
    await new Promise((r) => setTimeout(r, 500));
    expect((await b.f.get(owner, '/api/v1/groups/secret/members')).json().members.length).toBe(1);
    expect((await b.f.call(owner, 'POST', '/api/v1/groups/secret/members', { username: 'dan@realm-a' })).json()).toMatchObject({ role: 'invited' });
    await eventually(async () => (await a.f.get(dan, '/api/v1/groups/secret@realm-b')).json().myRole === 'invited', 10_000, 'invitation at realm-a');
    expect((await a.f.call(dan, 'POST', '/api/v1/groups/secret@realm-b/join')).statusCode).toBe(202);
    await eventually(async () => (await a.f.get(dan, '/api/v1/groups/secret@realm-b')).json().myRole === 'member', 10_000, 'dan is a member');
  });

  it('an owner adding a user of another realm to a public group invites them: they are told live, join from their realm, read and post', async () => {
    const owner = await a.f.newUser('hall_owner');
    await a.f.newGroup(owner, 'hall');
    expect((await a.f.groupSend(owner, 'hall', 'sebelum carol datang')).statusCode).toBe(201);
    const carol = await b.f.newUser('carol_b');
    const carolLive = ws(b, carol);
    await carolLive.nextOfType('ready');
    const added = await a.f.call(owner, 'POST', '/api/v1/groups/hall/members', { username: 'carol_b@realm-b' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ username: 'carol_b@realm-b', role: 'invited' });
    // Realm B tells carol at once, and lists the invitation.
    expect((await carolLive.nextOfType('member.invited', 10_000)).data).toMatchObject({ conversation: 'group:hall@realm-a', user: 'carol_b' });
    const invitations = (await b.f.get(carol, '/api/v1/groups?invited=true')).json().groups;
    expect(invitations).toEqual([expect.objectContaining({ name: 'hall@realm-a', myRole: 'invited' })]);
    expect((await b.f.get(carol, '/api/v1/groups?mine=true')).json().groups).toEqual([]);
    // She joins from her realm; then it is hers: listed, readable, writable, live.
    expect((await b.f.call(carol, 'POST', '/api/v1/groups/hall@realm-a/join')).statusCode).toBe(202);
    await eventually(async () => (await b.f.get(carol, '/api/v1/groups/hall@realm-a')).json().myRole === 'member', 10_000, 'carol is a member');
    expect((await b.f.get(carol, '/api/v1/groups?mine=true')).json().groups.map((g: { name: string }) => g.name)).toEqual(['hall@realm-a']);
    expect((await b.f.get(carol, '/api/v1/conversations')).json().conversations.map((c: { id: string }) => c.id)).toContain('group:hall@realm-a');
    expect((await b.f.groupSend(carol, 'hall@realm-a', 'halo dari realm b')).statusCode).toBe(202); // forwarded to the home realm
    await eventually(
      async () => (await a.f.get(owner, '/api/v1/groups/hall/messages')).json().messages.some((m: { text: string }) => m.text === 'halo dari realm b'),
      10_000,
      'her message at home',
    );
    // A user of this realm is still added at once.
    const local = await a.f.newUser('hall_local');
    expect((await a.f.call(owner, 'POST', '/api/v1/groups/hall/members', { username: local.username })).json().role).toBe('member');
    // Delivered in order to realm B: once this arrives, nothing is left queued for it.
    expect((await a.f.groupSend(owner, 'hall', 'selamat datang')).statusCode).toBe(201);
    expect((await carolLive.next((f) => f.type === 'message.created' && f.data.message.text === 'selamat datang', 10_000)).data.message.conversation).toBe(
      'group:hall@realm-a',
    );
  });
});

describe('admin view', () => {
  it('reports per peer queue depth, last success and state', async () => {
    const admin = await a.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin_a', password: 'password123' } });
    const status = (await a.app.inject({ url: '/api/v1/admin/federation', headers: { authorization: `Bearer ${admin.json().token}` } })).json();
    const peerB = status.peers.find((p: { peer: string }) => p.peer === 'realm-b');
    expect(peerB).toMatchObject({ state: expect.stringMatching(/idle|sending/), queueDepth: 0, failures: 0 });
    expect(peerB.lastSuccessAt).not.toBeNull();
    const metrics = (await a.app.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(/federation_queue_depth\{peer="realm-b"\} 0/);
  });
});
