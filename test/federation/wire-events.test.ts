// Every event this realm puts in its outbox — built in TypeScript (DMs, edits, membership) or in SQL
// (group fan-out, json_object in message-append.sqlite.ts) — must be what a peer's strict schema
// accepts: the wire format has one definition (src/federation/events.ts) and this holds the others to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FederationEvent } from '../../src/federation/events.js';
import { closeRealms, eventually, startRealms, type TestRealm } from '../helpers/realms.js';

let a: TestRealm;
let b: TestRealm;

beforeAll(async () => {
  [a, b] = (await startRealms(['realm-a', 'realm-b'])) as [TestRealm, TestRealm];
});
afterAll(() => closeRealms([a, b]));

describe('outbox payloads', () => {
  it('all parse with the strict inbound schema, for every event type produced', async () => {
    const ann = await a.f.newUser();
    const owner = await b.f.newUser();
    // DM with an edit and a delete, both ways.
    const dm = (await a.f.dm(ann, `${owner.username}@realm-b`, 'hello')).json();
    await a.f.call(ann, 'PATCH', `/api/v1/messages/${dm.id}`, { text: 'hello again' });
    await a.f.call(ann, 'DELETE', `/api/v1/messages/${dm.id}`);
    await b.f.dm(owner, `${ann.username}@realm-a`, 'back');
    // A group homed on b with a member from a: join, messages both ways (b's fan-out is built in SQL),
    // a file, edits at home and forwarded, invitation, update, leave, deletion.
    const group = await b.f.newGroup(owner);
    await a.f.call(ann, 'POST', `/api/v1/groups/${group}@realm-b/join`);
    await eventually(async () => (await a.f.get(ann, `/api/v1/groups/${group}@realm-b`)).json().myRole === 'member', 10_000, 'joined');
    const home = (await b.f.groupSend(owner, group, 'from home')).json();
    await b.f.call(owner, 'PATCH', `/api/v1/messages/${home.id}`, { text: 'edited at home' });
    await a.f.groupSend(ann, `${group}@realm-b`, 'from a member');
    const upload = await a.app.inject({
      method: 'POST',
      url: `/api/v1/groups/${group}@realm-b/files`,
      headers: { ...ann.auth, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nbytes\r\n--x--\r\n',
    });
    expect(upload.statusCode).toBeLessThan(300);
    const closed = await b.f.newGroup(owner, undefined, 'invite');
    const bea = await a.f.newUser();
    expect((await b.f.call(owner, 'POST', `/api/v1/groups/${closed}/members`, { username: `${bea.username}@realm-a` })).statusCode).toBe(201);
    await b.f.call(owner, 'PATCH', `/api/v1/groups/${group}`, { description: 'new words' });
    await a.f.call(ann, 'POST', `/api/v1/groups/${group}@realm-b/leave`);
    const doomed = await b.f.newGroup(owner);
    await a.f.call(ann, 'POST', `/api/v1/groups/${doomed}@realm-b/join`);
    await eventually(async () => (await b.f.get(owner, `/api/v1/groups/${doomed}/members`)).json().members.length === 2, 10_000, 'joined doomed');
    expect((await b.f.call(owner, 'DELETE', `/api/v1/groups/${doomed}`)).statusCode).toBeLessThan(300);

    const seen = new Set<string>();
    for (const realm of [a, b]) {
      const rows = await realm.app.services.db.read.outboxEvent.findMany();
      for (const row of rows) {
        const parsed = FederationEvent.safeParse(JSON.parse(row.payload));
        expect(parsed.success, `${row.type} from ${realm.id}: ${row.payload} ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(true);
        seen.add(row.type);
      }
    }
    expect([...seen].sort()).toEqual(
      [
        'dm.message',
        'group.deleted',
        'group.join',
        'group.leave',
        'group.member',
        'group.message',
        'group.send',
        'group.updated',
        'message.delete',
        'message.edit',
        'message.update',
      ].sort(),
    );
  });
});
