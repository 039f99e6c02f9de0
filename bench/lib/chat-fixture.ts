// A realm with the data the screens read, made through the public API: one reader with 19 DMs and a
// 20-member group (history, replies, a thread, mentions, pins, a file), plus two users who belong to
// 5 and to 500 groups (the conversation list at both sizes). Used by `bench reads` and `bench mixed`.
import { post, register } from './api.js';

export interface ChatFixture {
  reader: string;
  readerToken: string;
  partners: Array<{ username: string; token: string }>;
  group: string;
  /** A message of the group with replies in its thread. */
  threadRoot: string;
  /** A file sent in the group (its metadata is read). */
  fileId: string;
  /** Some message ids of the reader's, for edits. */
  readerMessages: string[];
  few: { username: string; token: string };
  many: { username: string; token: string };
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function inParallel<T>(count: number, width: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += width) out.push(...(await Promise.all(Array.from({ length: Math.min(width, count - i) }, (_, j) => make(i + j)))));
  return out;
}

export async function chatFixture(url: string, options: { dmMessages?: number; groupMessages?: number; prefix?: string } = {}): Promise<ChatFixture> {
  const p = options.prefix ?? '';
  const api = `${url}/api/v1`;
  const reader = `${p}reader`;
  const readerToken = await register(url, reader);
  const partners = await inParallel(19, 10, async (i) => ({ username: `${p}partner${i}`, token: await register(url, `${p}partner${i}`) }));
  const readerMessages: string[] = [];
  const dmMessages = options.dmMessages ?? 60;
  await inParallel(partners.length, 19, async (i) => {
    const partner = partners[i]!;
    for (let n = 0; n < dmMessages; n++) {
      const mine = n % 2 === 0;
      const res = await post(`${api}/direct/${mine ? partner.username : reader}/messages`, mine ? readerToken : partner.token, {
        text: `${mine ? 'from the reader' : 'to the reader'} #${n}: a message of an ordinary length for a chat, with some words in it`,
      });
      const sent = await json<{ id: string }>(res, 'dm');
      if (mine && readerMessages.length < 200) readerMessages.push(sent.id);
    }
  });

  const group = `${p}team`;
  await json(await post(`${api}/groups`, readerToken, { name: group, description: 'The benchmark room' }), 'group');
  await inParallel(partners.length, 19, async (i) => json(await post(`${api}/groups/${group}/join`, partners[i]!.token, {}), 'join'));
  const groupMessages = options.groupMessages ?? 300;
  let threadRoot = '';
  for (let n = 0; n < groupMessages; n++) {
    const from = n % 4 === 0 ? { token: readerToken } : partners[n % partners.length]!;
    const mention = n % 10 === 3 ? ` @${reader}` : '';
    const body: Record<string, unknown> = { text: `group message #${n}${mention}: what everyone reads when they open the room` };
    if (threadRoot && n % 7 === 0) body.replyTo = threadRoot;
    const sent = await json<{ id: string }>(await post(`${api}/groups/${group}/messages`, from.token, body), 'group send');
    if (n === 5) threadRoot = sent.id;
    if (n % 50 === 10) await json(await fetch(`${api}/messages/${sent.id}/pin`, { method: 'PUT', headers: { authorization: `Bearer ${readerToken}` } }), 'pin');
  }
  const form = new FormData();
  form.append('file', new Blob([Buffer.alloc(4096, 7)], { type: 'application/octet-stream' }), 'notes.bin');
  const file = await json<{ id: string }>(
    await fetch(`${api}/files`, { method: 'POST', headers: { authorization: `Bearer ${readerToken}` }, body: form }),
    'upload',
  );
  await json(await post(`${api}/groups/${group}/messages`, readerToken, { fileId: file.id }), 'file send');

  const few = { username: `${p}few`, token: await register(url, `${p}few`) };
  const many = { username: `${p}many`, token: await register(url, `${p}many`) };
  for (const [user, count] of [
    [few, 5],
    [many, 500],
  ] as const) {
    await inParallel(count, 25, async (i) => {
      const name = `${user.username}-g${i}`;
      await json(await post(`${api}/groups`, user.token, { name }), 'group');
      await json(await post(`${api}/groups/${name}/messages`, user.token, { text: `the last message of ${name}` }), 'send');
    });
  }
  return { reader, readerToken, partners, group, threadRoot, fileId: file.id, readerMessages, few, many };
}
