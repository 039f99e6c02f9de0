// A legitimate peer (added by an admin, valid signatures) that tries to act beyond its rights: as our
// users, on what it does not own, with malformed handles and events. Each attempt is refused per event
// (never a 500) and changes nothing.
import fc from 'fast-check';
import fs from 'node:fs';
import request from 'supertest';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../helpers/factories.js';
import { startFakePeer, type FakePeer } from '../helpers/fake-peer.js';
import { startRealm, type TestRealm } from '../helpers/realms.js';

let realm: TestRealm;
let evil: FakePeer;
let bob: TestUser;
let carol: TestUser;

const statuses = (res: { json(): any }) => res.json().results.map((r: { status: string }) => r.status);
const texts = async (user: TestUser, path: string): Promise<string[]> => {
  const res = await realm.f.get(user, path);
  return res.statusCode === 200 ? res.json().messages.map((m: { text: string }) => m.text) : [];
};

beforeAll(async () => {
  evil = await startFakePeer('evil');
  realm = await startRealm('realm-a');
  await realm.app.services.federation.peers.add(evil.url, 'admin', 'evil');
  bob = await realm.f.newUser();
  carol = await realm.f.newUser();
});
afterAll(async () => {
  await realm.close();
  await evil.close();
});

describe('a peer never speaks for our users', () => {
  it('refuses a DM "from" one of our users, in every spelling', async () => {
    const spellings = [carol.username, `${carol.username}@realm-a`];
    for (const from of spellings) {
      // Relative to the sender, a bare name is the sender's own user; "carol@realm-a" names ours.
      const e = evil.event('dm.message', {
        from: from.includes('@') ? from : `${from}@realm-a`,
        fromName: 'Carol',
        to: `${bob.username}@realm-a`,
        text: 'forged',
        file: null,
      });
      const res = await evil.send(realm, [e]);
      expect(res.statusCode).toBe(200);
      expect(statuses(res)).toEqual(['rejected']);
    }
    expect(await texts(bob, `/api/v1/direct/${carol.username}/messages`)).toEqual([]);
  });

  it('refuses to edit or delete our users’ messages', async () => {
    const sent = (await realm.f.dm(carol, bob.username, 'original')).json();
    const edit = evil.event('message.edit', { messageId: sent.id, from: `${carol.username}@realm-a`, text: 'tampered' });
    const del = evil.event('message.delete', { messageId: sent.id, from: `${carol.username}@realm-a` });
    // Even as its own user, it cannot touch a message that user did not write.
    const asOwn = evil.event('message.delete', { messageId: sent.id, from: 'mallory' });
    const res = await evil.send(realm, [edit, del, asOwn]);
    expect(statuses(res)).toEqual(['rejected', 'rejected', 'rejected']);
    const now = (await realm.f.get(bob, `/api/v1/messages/${sent.id}`)).json();
    expect(now).toMatchObject({ text: 'original', deleted: false, editedAt: null });
  });

  it('refuses group sends, joins and leaves as our users', async () => {
    const open = await realm.f.newGroup(carol);
    const closed = await realm.f.newGroup(carol, undefined, 'invite');
    const dave = await realm.f.newUser();
    expect((await realm.f.call(carol, 'POST', `/api/v1/groups/${closed}/members`, { username: dave.username })).statusCode).toBe(201);
    const res = await evil.send(realm, [
      evil.event('group.send', { group: open, from: `${carol.username}@realm-a`, fromName: 'Carol', text: 'forged', file: null }),
      evil.event('group.join', { group: closed, user: `${dave.username}@realm-a`, userName: 'Dave' }),
      evil.event('group.leave', { group: open, user: `${carol.username}@realm-a` }),
    ]);
    expect(statuses(res)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(await texts(carol, `/api/v1/groups/${open}/messages`)).toEqual([]);
    const members = (await realm.f.get(carol, `/api/v1/groups/${closed}/members`)).json().members;
    expect(members.find((m: { username: string }) => m.username === dave.username).role).toBe('invited');
    expect((await realm.f.get(carol, `/api/v1/groups/${open}`)).json().myRole).toBe('owner');
  });

  it('adds our user to its group only when they asked; it may invite them', async () => {
    const erin = await realm.f.newUser();
    const member = (change: string, role: string | null) =>
      evil.event('group.member', { group: 'den', user: `${erin.username}@realm-a`, userName: 'Erin', change, role });
    expect(statuses(await evil.send(realm, [member('joined', 'member'), member('role', 'admin')]))).toEqual(['rejected', 'rejected']);
    expect((await realm.f.get(erin, '/api/v1/groups/den@evil')).json().myRole ?? null).toBeNull();
    // An invitation is the home realm's right; accepting it is erin's, and only then is she in.
    expect(statuses(await evil.send(realm, [member('invited', 'invited')]))).toEqual(['ok']);
    expect((await realm.f.get(erin, '/api/v1/groups/den@evil')).json().myRole).toBe('invited');
    expect((await realm.f.call(erin, 'POST', '/api/v1/groups/den@evil/join')).statusCode).toBeLessThan(300);
    expect(statuses(await evil.send(realm, [member('joined', 'member')]))).toEqual(['ok']);
    expect((await realm.f.get(erin, '/api/v1/groups/den@evil')).json().myRole).toBe('member');
  });

  it('relays a message "from" our user in its group only if that user sent it through us', async () => {
    const frank = await realm.f.newUser();
    const join = (await realm.f.call(frank, 'POST', '/api/v1/groups/lair@evil/join')).statusCode;
    expect(join).toBeLessThan(300);
    const joined = evil.event('group.member', { group: 'lair', user: `${frank.username}@realm-a`, userName: 'Frank', change: 'joined', role: 'member' });
    expect(statuses(await evil.send(realm, [joined]))).toEqual(['ok']);
    const forged = evil.event('group.message', {
      group: 'lair',
      seq: 1,
      from: `${frank.username}@realm-a`,
      fromName: 'Frank',
      text: 'forged',
      file: null,
      createdAt: new Date().toISOString(),
    });
    expect(statuses(await evil.send(realm, [forged]))).toEqual(['rejected']);
    const real = (await realm.f.groupSend(frank, 'lair@evil', 'mine')).json();
    const echo = evil.event('group.message', {
      group: 'lair',
      seq: 2,
      from: `${frank.username}@realm-a`,
      fromName: 'Frank',
      text: 'mine',
      file: null,
      createdAt: new Date().toISOString(),
    });
    expect(statuses(await evil.send(realm, [{ ...echo, id: real.id }]))).toEqual(['ok']);
    expect(await texts(frank, '/api/v1/groups/lair@evil/messages')).toEqual(['mine']);
  });
});

describe('a peer never reaches into conversations it is not in', () => {
  it('a reply pointing at a message of another conversation is taken without a quote of it', async () => {
    const secret = (await realm.f.dm(carol, bob.username, 'rahasia carol dan bob')).json();
    const dave = await realm.f.newUser();
    const e = evil.event('dm.message', {
      from: 'mallory',
      fromName: 'Mallory',
      to: `${dave.username}@realm-a`,
      text: 'lihat ini',
      file: null,
      replyTo: secret.id,
    });
    expect(statuses(await evil.send(realm, [e]))).toEqual(['ok']);
    const [got] = (await realm.f.get(dave, '/api/v1/direct/mallory@evil/messages')).json().messages;
    expect(got.text).toBe('lihat ini');
    expect(got.replyTo).toBeNull();
    expect(got.threadId).toBeNull();
    expect(JSON.stringify(got)).not.toContain('rahasia');
    // The other conversation's message gained no reply.
    expect((await realm.f.get(bob, `/api/v1/messages/${secret.id}`)).json().replyCount).toBe(0);
  });
});

describe('a peer’s answers this realm cannot accept', () => {
  it('a user lookup answered with a name too long, a malformed avatar address or not JSON: 502 naming the realm, nothing kept', async () => {
    const answers: Record<string, Record<string, unknown> | string> = {
      longname: { username: 'longname', displayName: 'x'.repeat(201) },
      badavatar: { username: 'badavatar', displayName: 'B', avatarSha256: 'not-hex', avatarType: 'image/png' },
      notjson: '<html>oops</html>',
      someoneelse: { username: 'mallory', displayName: 'M' },
    };
    for (const [name, answer] of Object.entries(answers)) {
      evil.profiles.set(name, answer);
      const res = await realm.f.dm(bob, `${name}@evil`, 'halo');
      expect(res.statusCode, name).toBe(502);
      expect(res.json().error.code).toBe('bad_peer_response');
      expect(res.json().error.message).toContain('evil');
      expect(await realm.app.services.lookup.byHandle(`${name}@evil`)).toBeNull();
    }
  });

  it('names are cleaned by the one rule for names: no control, invisible or direction characters from a lookup or an event', async () => {
    evil.profiles.set('trixie', { username: 'trixie', displayName: 'Trix\u202Eie\u0007\u200B' });
    expect((await realm.f.dm(bob, 'trixie@evil', 'halo')).statusCode).toBe(201);
    expect((await realm.f.get(bob, '/api/v1/users/trixie@evil')).json().displayName).toBe('Trixie');
    const dm = evil.event('dm.message', { from: 'trixie', fromName: '\u2067Tr\u202Dixie\u2069\u0000', to: `${bob.username}@realm-a`, text: 'hai', file: null });
    expect(statuses(await evil.send(realm, [dm]))).toEqual(['ok']);
    expect((await realm.f.get(bob, '/api/v1/users/trixie@evil')).json().displayName).toBe('Trixie');
  });
});

describe('avatars from a peer', () => {
  it('an avatar whose bytes do not match its address is refused (404) and not kept', async () => {
    expect((await realm.f.dm(bob, 'liar@evil', 'siapa kamu?')).statusCode).toBe(201);
    const liar = (await realm.f.get(bob, '/api/v1/users/liar@evil')).json();
    expect(liar.avatarUrl).toBe(`/api/v1/avatars/${'a'.repeat(64)}`);
    expect((await realm.f.get(null, liar.avatarUrl)).statusCode).toBe(404);
    expect(fs.existsSync(path.join(realm.dataDir, 'files', 'aa', 'aa', 'a'.repeat(64)))).toBe(false);
  });

  it('an avatar address naming a stored private file does not serve that file', async () => {
    // bob uploads a private (non-image) file; the peer's user claims its address as an avatar.
    const secret = Buffer.from('rahasia bob: bukan gambar');
    const upload = await request(realm.app.server).post('/api/v1/files').set(bob.auth).attach('file', secret, 'note.txt');
    expect(upload.status).toBe(201);
    const sha = upload.body.sha256 as string;
    const liar = (await realm.app.services.lookup.byHandle('liar@evil'))!;
    await realm.app.services.db.write((tx) => realm.app.services.usersRepo.setAvatar(tx, liar.id, { sha256: sha, type: 'image/png' }));
    const res = await realm.f.get(null, `/api/v1/avatars/${sha}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('rahasia');
  });

  it('a peer naming a private image as its user’s avatar: the image is asked of the peer, and never served from what bob sent', async () => {
    // bob sends carol a PNG in a DM: private to the two of them.
    const png = fs.readFileSync(path.join(import.meta.dirname, '../web/fixtures/cover.png'));
    const upload = await request(realm.app.server).post('/api/v1/files').set(bob.auth).attach('file', png, { filename: 'p.png', contentType: 'image/png' });
    expect(upload.status).toBe(201);
    const sent = await realm.f.call(bob, 'POST', `/api/v1/direct/${carol.username}/messages`, { fileId: upload.body.id });
    expect(sent.statusCode).toBe(201);
    const sha = upload.body.sha256 as string;
    // The peer's user "thief" shows that address as an avatar; someone here messages thief.
    evil.profiles.set('thief', { username: 'thief', displayName: 'Thief', avatarSha256: sha, avatarType: 'image/png' });
    expect((await realm.f.dm(carol, 'thief@evil', 'halo')).statusCode).toBe(201);
    expect((await realm.f.get(carol, '/api/v1/users/thief@evil')).json().avatarUrl).toBe(`/api/v1/avatars/${sha}`);
    const asked = evil.avatarRequests.length;
    const res = await request(realm.app.server).get(`/api/v1/avatars/${sha}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/); // an error, not the image
    expect(evil.avatarRequests.slice(asked)).toEqual([sha]); // asked of the peer, which did not send it
    // The same answer as for an address this realm holds nothing under: nothing about the store leaks.
    const unknown = 'b'.repeat(64);
    evil.profiles.set('ghost', { username: 'ghost', displayName: 'Ghost', avatarSha256: unknown, avatarType: 'image/png' });
    expect((await realm.f.dm(carol, 'ghost@evil', 'halo')).statusCode).toBe(201);
    const other = await request(realm.app.server).get(`/api/v1/avatars/${unknown}`);
    const answer = (r: typeof res) => [r.status, r.body.error.code, r.body.error.message];
    expect(answer(other)).toEqual(answer(res));
    // Still so once the DM is deleted.
    expect((await realm.f.call(bob, 'DELETE', `/api/v1/messages/${sent.json().id}`)).statusCode).toBeLessThan(300);
    expect((await request(realm.app.server).get(`/api/v1/avatars/${sha}`)).status).toBe(404);
  });

  it('anonymous requests for an avatar a peer never serves make one fetch at a time, and a failure is remembered', async () => {
    const never = 'c'.repeat(64);
    evil.profiles.set('never', { username: 'never', displayName: 'Never', avatarSha256: never, avatarType: 'image/png' });
    expect((await realm.f.dm(carol, 'never@evil', 'halo')).statusCode).toBe(201);
    const asked = evil.avatarRequests.length;
    const answers = await Promise.all(Array.from({ length: 200 }, () => realm.f.get(null, `/api/v1/avatars/${never}`)));
    expect(new Set(answers.map((a) => a.statusCode))).toEqual(new Set([404]));
    expect(evil.avatarRequests.length - asked).toBe(1);
    for (let i = 0; i < 20; i++) expect((await realm.f.get(null, `/api/v1/avatars/${never}`)).statusCode).toBe(404);
    expect(evil.avatarRequests.length - asked).toBe(1);
  });
});

describe('reactions and pins from a peer', () => {
  it('changes only what its own users may: not in conversations they are not in, not as our users', async () => {
    const secret = (await realm.f.dm(carol, bob.username, 'hanya kita')).json();
    const thumbs = (from: string, messageId: string) => evil.event('reaction.change', { messageId, from, emoji: '👍', added: true });
    const pin = evil.event('pin.change', { messageId: secret.id, from: 'mallory', pinned: true });
    const res = await evil.send(realm, [thumbs('mallory', secret.id), thumbs(`${carol.username}@realm-a`, secret.id), pin]);
    expect(statuses(res)).toEqual(['rejected', 'rejected', 'rejected']);
    // An update is a group home's word about its own group: for anything else it is refused.
    const update = evil.event('reaction.update', { messageId: secret.id, user: 'mallory', userName: 'M', emoji: '👍', added: true });
    const pinUpdate = evil.event('pin.update', { messageId: secret.id, by: 'mallory', byName: 'M', pinned: true, at: new Date().toISOString() });
    expect(statuses(await evil.send(realm, [update, pinUpdate]))).toEqual(['rejected', 'rejected']);
    const now = (await realm.f.get(bob, `/api/v1/messages/${secret.id}`)).json();
    expect(now.reactions).toEqual([]);
    expect(now.pinnedAt).toBeNull();
  });

  it('in its own group: relays its members’ reactions and pins, but pins "by" our user only when that user asked', async () => {
    const gina = await realm.f.newUser();
    expect((await realm.f.call(gina, 'POST', '/api/v1/groups/hall@evil/join')).statusCode).toBeLessThan(300);
    const joined = evil.event('group.member', { group: 'hall', user: `${gina.username}@realm-a`, userName: 'Gina', change: 'joined', role: 'member' });
    const message = evil.event('group.message', {
      group: 'hall',
      seq: 1,
      from: 'mallory',
      fromName: 'M',
      text: 'pengumuman',
      file: null,
      createdAt: new Date().toISOString(),
    });
    expect(statuses(await evil.send(realm, [joined, message]))).toEqual(['ok', 'ok']);
    const id = message.id as string;
    const pinBy = (by: string, cause?: string) =>
      evil.event('pin.update', { messageId: id, by, byName: 'X', pinned: true, at: new Date().toISOString(), ...(cause ? { cause } : {}) });
    expect(statuses(await evil.send(realm, [pinBy(`${gina.username}@realm-a`), pinBy(`${gina.username}@realm-a`, 'made-up')]))).toEqual([
      'rejected',
      'rejected',
    ]);
    expect((await realm.f.get(gina, `/api/v1/messages/${id}`)).json().pinnedAt).toBeNull();
    // Not a single emoji: refused, as from a local user.
    const odd = evil.event('reaction.update', { messageId: id, user: 'mallory', userName: 'M', emoji: 'ok', added: true });
    const fine = evil.event('reaction.update', { messageId: id, user: 'mallory', userName: 'M', emoji: '🎉', added: true });
    expect(statuses(await evil.send(realm, [odd, fine, pinBy('mallory')]))).toEqual(['rejected', 'ok', 'ok']);
    const now = (await realm.f.get(gina, `/api/v1/messages/${id}`)).json();
    expect(now.reactions).toEqual([{ emoji: '🎉', count: 1, me: false }]);
    expect(now.pinnedAt).not.toBeNull();
    // A peer's user may not change a replica of a group homed elsewhere through us.
    expect(statuses(await evil.send(realm, [evil.event('reaction.change', { messageId: id, from: 'mallory', emoji: '👍', added: true })]))).toEqual([
      'rejected',
    ]);
  });
});

describe('malformed input from a peer', () => {
  it('refuses handles that are not valid usernames and creates no shadow user', async () => {
    const bad = ['a b\u202e', 'x@realm-a@evil', 'UPPER', '', 'x'.repeat(33), 'tab\tname'];
    const res = await evil.send(
      realm,
      bad.map((from) => evil.event('dm.message', { from, fromName: 'X', to: bob.username + '@realm-a', text: 'hi', file: null })),
    );
    expect(res.statusCode).toBe(200);
    expect(statuses(res)).toEqual(bad.map(() => 'rejected'));
    const users = (await realm.f.get(bob, '/api/v1/users?limit=100')).json().users.map((u: { username: string }) => u.username);
    expect(users.filter((u: string) => u.includes('evil'))).toEqual([]);
  });

  it('rejects one bad event with a reason and applies the rest (never a 500)', async () => {
    const fine = evil.event('dm.message', { from: 'mallory', fromName: 'Mallory\u202e', to: `${bob.username}@realm-a`, text: 'fine', file: null });
    const res = await evil.send(realm, [
      evil.event('group.message', { group: 'den', seq: 1, from: 'mallory', fromName: 'M', text: 'x', file: null, createdAt: 'not a date' }),
      evil.event('dm.message', { from: 'mallory', fromName: 'M', to: bob.username, text: 'x', file: null, extra: true }),
      { ...evil.event('dm.message', { from: 'mallory', fromName: 'M', to: bob.username, text: 'x', file: null }), ts: 'yesterday' },
      fine,
    ]);
    expect(res.statusCode).toBe(200);
    expect(statuses(res)).toEqual(['rejected', 'rejected', 'rejected', 'ok']);
    expect(res.json().results[0].reason).toMatch(/createdAt/);
    expect(await texts(bob, '/api/v1/direct/mallory@evil/messages')).toEqual(['fine']);
    // Control and bidi-override characters are dropped from display names, not stored.
    expect((await realm.f.get(bob, '/api/v1/users/mallory@evil')).json().displayName).toBe('Mallory');
  });
});

describe('fuzzed events from a signed peer', () => {
  /** A well-formed body per event type; the fuzzer overrides a few of its fields with anything. */
  const templates = (): Record<string, Record<string, unknown>> => {
    const now = new Date().toISOString();
    const to = `${bob.username}@realm-a`;
    return {
      'dm.message': { from: 'mallory', fromName: 'M', to, text: 'hi', file: null },
      'message.edit': { messageId: 'm1', from: 'mallory', text: 'x' },
      'message.delete': { messageId: 'm1', from: 'mallory' },
      'group.join': { group: 'den', user: 'mallory', userName: 'M' },
      'group.leave': { group: 'den', user: 'mallory' },
      'group.send': { group: 'den', from: 'mallory', fromName: 'M', text: 'x', file: null },
      'group.message': { group: 'den', seq: 1, from: 'mallory', fromName: 'M', text: 'x', file: null, createdAt: now },
      'group.member': { group: 'den', user: 'mallory', userName: 'M', change: 'joined', role: 'member' },
      'message.update': { messageId: 'm1', text: 'x', deleted: false, editedAt: null },
      'group.updated': { group: 'den', description: 'd', visibility: 'public' },
      'group.deleted': { group: 'den' },
    };
  };
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      null,
      'not a date',
      '2026-12-01T00:00:00Z',
      -1,
      0,
      1e20,
      '',
      'mallory',
      `carol@realm-a`,
      'x@realm-c',
      'a b',
      'den',
      'left',
      'invited',
      'owner',
    ),
  );
  const keys = [
    'from',
    'to',
    'user',
    'group',
    'messageId',
    'text',
    'seq',
    'createdAt',
    'change',
    'role',
    'file',
    'fromName',
    'userName',
    'deleted',
    'editedAt',
    'description',
    'visibility',
  ];

  it('every event type with random fields: a per-event answer, never a 5xx', async () => {
    const applied = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(templates())), fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 2 })), {
          minLength: 1,
          maxLength: 5,
        }),
        async (specs) => {
          const events = specs.map(([type, overrides]) => evil.event(type, { ...templates()[type], ...overrides }));
          const res = await evil.send(realm, events);
          expect(res.statusCode, res.body).toBeLessThan(500);
          if (res.statusCode === 200) {
            expect(res.json().results).toHaveLength(events.length);
            for (const r of res.json().results) if (r.status === 'ok') applied.add(r.id);
          }
        },
      ),
      { numRuns: 200, seed: 91 },
    );
    // Well-formed events got through to the handlers: the fuzzer tests more than the schema.
    expect(applied.size).toBeGreaterThan(10);
  }, 60_000);
});
