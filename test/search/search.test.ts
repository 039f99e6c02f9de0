// GET /search: ranked full-text search over the messages I can read — never another's — that follows
// edits and deletes, folds case and diacritics, finds Indonesian words by their beginning, pages with a
// cursor, and lists users and groups by name. Runs on SQLite (FTS5) and PostgreSQL (tsvector + GIN).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestApp, freshDataDir, testConfig, TEST_PASSWORD_PARAMS, type TestApp } from '../helpers/app.js';
import { Factory, uniqueName, type TestUser } from '../helpers/factories.js';

let t: TestApp;
let f: Factory;

beforeAll(async () => {
  t = await createTestApp();
  f = new Factory(t.app);
});
afterAll(async () => {
  await t.close();
});

interface Result {
  message: { id: string; text: string; conversation: string; sender: string };
  snippet: string;
  highlights: Array<[number, number]>;
  score: number;
}

async function search(user: TestUser, params: Record<string, string>) {
  const res = await f.get(user, `/api/v1/search?${new URLSearchParams(params)}`);
  return { status: res.statusCode, body: res.json() };
}
const texts = async (user: TestUser, params: Record<string, string>) => ((await search(user, params)).body.results as Result[]).map((r) => r.message.text);

describe('search', () => {
  it('finds only messages of conversations I am a member of: not others’ DMs, groups I am not in, or invitations', async () => {
    const word = `kunci${Date.now().toString(36)}`;
    const alice = await f.newUser();
    const bob = await f.newUser();
    const eve = await f.newUser();
    const open = await f.newGroup(alice);
    const secret = await f.newGroup(alice, uniqueName('sec'), 'invite');
    await f.call(bob, 'POST', `/api/v1/groups/${open}/join`);
    await f.dm(alice, bob.username, `DM ${word} untuk bob`);
    await f.groupSend(alice, open, `grup ${word} terbuka`);
    await f.groupSend(alice, secret, `grup ${word} rahasia`);
    // eve: invited to the secret group (not a member yet), and not in the others.
    expect((await f.call(alice, 'POST', `/api/v1/groups/${secret}/members`, { username: eve.username })).statusCode).toBeLessThan(300);

    expect((await texts(alice, { q: word })).sort()).toEqual([`DM ${word} untuk bob`, `grup ${word} rahasia`, `grup ${word} terbuka`]);
    expect((await texts(bob, { q: word })).sort()).toEqual([`DM ${word} untuk bob`, `grup ${word} terbuka`]);
    expect(await texts(eve, { q: word })).toEqual([]);
    // Naming a conversation I cannot read gets the same answer as reading its history.
    expect((await search(eve, { q: word, conversation: `group:${secret}` })).status).toBe(403);
    expect((await search(eve, { q: word, conversation: `dm:${bob.username}` })).status).toBe(404);
    expect((await search(bob, { q: word, conversation: `group:${secret}` })).status).toBe(404);

    // Leaving a group takes its messages out of my results.
    await f.call(bob, 'POST', `/api/v1/groups/${open}/leave`);
    expect(await texts(bob, { q: word })).toEqual([`DM ${word} untuk bob`]);
  });

  it('folds case and diacritics, matches the last word’s beginning from three letters, and needs every word', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const tag = `t${Date.now().toString(36)}`;
    const messages = [
      `${tag} Ketemu di Café Bandung jam 7?`,
      `${tag} Sudah makan belum? Makanannya enak sekali.`,
      `${tag} Pesanan dikirim besok pagi`,
      `${tag} São Paulo e Zürich`,
      `${tag} di rumah saja`,
    ];
    for (const text of messages) await f.dm(alice, bob.username, text);

    expect(await texts(bob, { q: `${tag} cafe` })).toEqual([messages[0]]);
    expect(await texts(bob, { q: `${tag} CAFÉ bandung` })).toEqual([messages[0]]);
    expect(await texts(bob, { q: `${tag} zurich sao` })).toEqual([messages[3]]);
    // "makan" finds "makan" and "Makanannya"; the result shows both highlighted.
    const makan = (await search(bob, { q: `${tag} makan` })).body.results as Result[];
    expect(makan.map((r) => r.message.text)).toEqual([messages[1]]);
    const hit = makan[0]!;
    expect(hit.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual([tag, 'makan', 'Makanannya']);
    // Every word must match: a word absent from the message excludes it.
    expect(await texts(bob, { q: `${tag} makan cafe` })).toEqual([]);
    // Short words match whole words only: "di" is not "dikirim".
    expect((await texts(bob, { q: `${tag} di` })).sort()).toEqual([messages[0], messages[4]].sort());
    expect(await texts(bob, { q: `${tag} kirim` })).toEqual([]);
    expect(await texts(bob, { q: `${tag} dikir` })).toEqual([messages[2]]);
  });

  it('follows edits and deletes', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const before = `lama${Date.now().toString(36)}`;
    const after = `baru${Date.now().toString(36)}`;
    const sent = (await f.dm(alice, bob.username, `kata ${before}`)).json();
    expect(await texts(bob, { q: before })).toEqual([`kata ${before}`]);
    expect((await f.call(alice, 'PATCH', `/api/v1/messages/${sent.id}`, { text: `kata ${after}` })).statusCode).toBe(200);
    expect(await texts(bob, { q: before })).toEqual([]);
    expect(await texts(bob, { q: after })).toEqual([`kata ${after}`]);
    expect((await f.call(alice, 'DELETE', `/api/v1/messages/${sent.id}`)).statusCode).toBe(200);
    expect(await texts(bob, { q: after })).toEqual([]);
    expect(await texts(alice, { q: after })).toEqual([]);
  });

  it('shows a reply found by search with its quote and its sender, as history does', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const word = `balas${Date.now().toString(36)}`;
    const asked = (await f.dm(alice, bob.username, 'kapan kita makan?')).json();
    const reply = await f.call(bob, 'POST', `/api/v1/direct/${alice.username}/messages`, { text: `besok ${word}`, replyTo: asked.id });
    expect(reply.statusCode).toBe(201);
    const [hit] = (await search(alice, { q: word })).body.results;
    const [fromHistory] = (await f.get(alice, `/api/v1/direct/${bob.username}/messages?limit=1`)).json().messages;
    expect(hit.message).toEqual(fromHistory);
    expect(hit.message.replyTo).toMatchObject({ id: asked.id, sender: alice.username, preview: 'kapan kita makan?' });
  });

  it('filters by conversation, sender and time, ranks better matches first, and pages with a cursor', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    const group = await f.newGroup(alice);
    await f.call(bob, 'POST', `/api/v1/groups/${group}/join`);
    const word = `rapat${Date.now().toString(36)}`;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await f.groupSend(i % 2 ? bob : alice, group, `${word} nomor ${i} tentang hal lain yang panjang sekali`)).json().id);
    const dm = (await f.dm(alice, bob.username, `${word} ${word} ${word}`)).json();

    // The message with the word three times, and nothing else, ranks first.
    const all = (await search(bob, { q: word, limit: '50' })).body;
    expect(all.results).toHaveLength(13);
    expect(all.results[0].message.id).toBe(dm.id);
    expect(all.next).toBeNull();

    expect((await texts(bob, { q: word, conversation: `group:${group}` })).length).toBe(12);
    expect((await texts(bob, { q: word, conversation: `dm:${alice.username}` })).length).toBe(1);
    expect((await texts(alice, { q: word, from: bob.username })).length).toBe(6);
    expect(await texts(alice, { q: word, from: 'nobody_here' })).toEqual([]);
    const dmAt = (await f.get(alice, `/api/v1/messages/${dm.id}`)).json().createdAt as string;
    expect((await search(alice, { q: word, after: new Date(Date.parse(dmAt) - 1).toISOString() })).body.results).toHaveLength(1);
    expect((await search(alice, { q: word, before: dmAt })).body.results).toHaveLength(12);

    // Pages of 5: every result once, in the order of the single page.
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { results: Result[]; next: string | null } = (await search(bob, { q: word, limit: '5', ...(cursor ? { cursor } : {}) })).body;
      seen.push(...page.results.map((r) => r.message.id));
      cursor = page.next;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.results.map((r: Result) => r.message.id));
    // A cursor belongs to its search.
    const first = (await search(bob, { q: word, limit: '5' })).body;
    expect((await search(bob, { q: `${word} nomor`, limit: '5', cursor: first.next })).status).toBe(400);
    expect((await search(bob, { q: word, limit: '5', cursor: 'abc' })).status).toBe(400);
  });

  it('lists users and groups by name on the first page when asked', async () => {
    const stem = `nama${Date.now().toString(36)}`;
    const alice = await f.newUser(`${stem}_alice`, { displayName: 'Alice Wijaya' });
    await f.newGroup(alice, `${stem}-tim`);
    await f.newGroup(alice, `${stem}-rahasia`, 'invite');
    const bob = await f.newUser();
    const mine = (await search(alice, { q: stem, include: 'users,groups' })).body;
    expect(mine.users.map((u: { username: string }) => u.username)).toEqual([`${stem}_alice`]);
    expect(mine.groups.map((g: { name: string }) => g.name).sort()).toEqual([`${stem}-rahasia`, `${stem}-tim`]);
    expect(mine.indexComplete).toBe(true);
    // Another user sees the public group, not the invite-only one.
    expect((await search(bob, { q: stem, include: 'groups' })).body.groups.map((g: { name: string }) => g.name)).toEqual([`${stem}-tim`]);
    expect((await search(bob, { q: stem, include: 'groups' })).body.users).toEqual([]);
    // Not asked: messages only.
    expect((await search(alice, { q: stem })).body.users).toEqual([]);
    expect((await search(alice, { q: stem, include: 'channels' })).status).toBe(400);
  });

  it('answers 400, never 500, for queries without words, too many words, or the index’s own syntax', async () => {
    const alice = await f.newUser();
    const bob = await f.newUser();
    await f.dm(alice, bob.username, 'NEAR AND OR NOT kata');
    for (const q of ['!!!', '   ', '"', '*']) expect((await search(alice, { q })).status, q).toBe(400);
    expect((await search(alice, { q: 'a b c d e f g h i' })).status).toBe(400);
    for (const q of ['"kata', 'kata*', 'NEAR(kata)', 'body:kata', "kata' OR 1=1 --", 'kata & !x | y:*', '^kata', 'kata -x']) {
      const res = await search(alice, { q });
      expect(res.status, q).toBe(200);
    }
    expect(await texts(alice, { q: 'near and or not kata' })).toEqual(['NEAR AND OR NOT kata']);
    expect((await search(alice, { q: 'x'.repeat(201) })).status).toBe(400);
    expect((await search(alice, { q: 'kata', after: 'yesterday' })).status).toBe(400);
    expect((await search(alice, { q: 'kata', limit: '51' })).status).toBe(400);
    expect((await f.get(null, '/api/v1/search?q=kata')).statusCode).toBe(401);
  });
});

describe('search switched off, then on', () => {
  it('answers 503 while off; back on, the server indexes what was sent meanwhile', async () => {
    const dataDir = freshDataDir();
    const off = await createTestApp({ SEARCH: 'off' }, dataDir);
    const f1 = new Factory(off.app);
    const alice = await f1.newUser();
    const bob = await f1.newUser();
    const word = `mati${Date.now().toString(36)}`;
    const sent = (await f1.dm(alice, bob.username, `pesan ${word} satu`)).json();
    await f1.dm(alice, bob.username, `pesan ${word} dua`);
    await f1.call(alice, 'PATCH', `/api/v1/messages/${sent.id}`, { text: `pesan ${word} satu diubah` });
    expect((await f1.get(bob, `/api/v1/search?q=${word}`)).statusCode).toBe(503);
    await off.app.close();

    const on = await buildApp({ config: testConfig(dataDir), passwordParams: TEST_PASSWORD_PARAMS });
    try {
      await on.ready();
      const f2 = new Factory(on);
      let body: { results: Result[]; indexComplete: boolean } = { results: [], indexComplete: false };
      for (let i = 0; i < 100 && !body.indexComplete; i++) {
        await new Promise((r) => setTimeout(r, 50));
        body = (await f2.get(bob, `/api/v1/search?q=${word}`)).json();
      }
      expect(body.indexComplete).toBe(true);
      expect(body.results.map((r) => r.message.text).sort()).toEqual([`pesan ${word} dua`, `pesan ${word} satu diubah`]);
    } finally {
      await on.close();
      await off.close();
    }
  });
});
