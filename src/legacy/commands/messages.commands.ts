// send, sendgroup, sendfile, sendgroupfile, inbox
import { Readable } from 'node:stream';
import { AppError } from '../../shared/errors.js';
import type { AuthContext } from '../../features/users/sessions.service.js';
import { mimeTypeFromName } from '../../features/files/file-names.js';
import type { SendTarget } from '../../features/conversations/messages.service.js';
import { basename, decodeFilePayload, LegacyError, type Words } from '../words.js';
import { legacyInbox } from '../inbox.js';
import { actorFor, ok, translate, type Command, type CommandContext } from './context.js';

interface Content {
  text?: string;
  fileId?: string;
}

/** Sends and waits for the commit. */
export async function sendTo(ctx: CommandContext, actor: AuthContext, target: SendTarget, content: Content): Promise<void> {
  await (
    await queueSend(ctx, actor, target, content)
  ).committed;
}

/** Queues the send (in command order); `committed` settles once it committed or was refused. */
async function queueSend(ctx: CommandContext, actor: AuthContext, target: SendTarget, content: Content): Promise<{ committed: Promise<void> }> {
  const messages = {
    not_found: target.kind === 'dm' ? 'User Tidak Ditemukan' : 'Group Tidak Ditemukan',
    forbidden: 'Anda bukan anggota group ini',
  } as const;
  const { committed } = await translate(() => ctx.services.messages.submit(actor, target, content), messages);
  return { committed: translate(() => committed, messages).then(() => undefined) };
}

/**
 * A group send. GROUP names a group; if there is none and GROUP is a comma list (u1,u2), the older
 * client's meaning applies: a private message to each listed user that exists.
 */
async function sendToGroupOrList(ctx: CommandContext, actor: AuthContext, group: string, content: Content): Promise<void> {
  try {
    await ctx.services.messages.send(actor, { kind: 'group', name: group }, content);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === 'not_found' && group.includes(',')) {
      for (const username of group
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean)) {
        try {
          await ctx.services.messages.send(actor, { kind: 'dm', to: username }, content);
        } catch (err) {
          // The seed skipped users it did not know; so do we.
          if (!(err instanceof AppError && err.code === 'not_found')) throw err;
        }
      }
      return;
    }
    throw new LegacyError(e.code === 'not_found' ? 'Group Tidak Ditemukan' : e.code === 'forbidden' ? 'Anda bukan anggota group ini' : e.message);
  }
}

/** Stores an inline file through the files service, so it is downloadable over REST too. */
export async function uploadInline(ctx: CommandContext, actor: AuthContext, words: Words, pathIndex: number): Promise<string> {
  const name = basename(words.arg(pathIndex));
  const bytes = decodeFilePayload(words.arg(pathIndex + 1));
  const file = await translate(() => ctx.services.files.upload(actor, { name, mimeType: mimeTypeFromName(name), source: Readable.from([bytes]) }));
  return file.id;
}

/** send TOKEN USER TEXT… → "Message Sent". */
export const send: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const { committed } = await queueSend(ctx, actor, { kind: 'dm', to: words.arg(2) }, { text: words.rest(3) });
  return { later: committed.then(() => ok('Message Sent')) };
};

/** sendgroup TOKEN GROUP TEXT… → "Message Sent". */
export const sendgroup: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  await sendToGroupOrList(ctx, actor, words.arg(2), { text: words.rest(3) });
  return ok('Message Sent');
};

/** sendfile TOKEN USER PATH B64 → "File Sent". */
export const sendfile: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const to = words.arg(2);
  // Check the recipient before storing the bytes.
  await translate(() => ctx.services.access.requireUser(to), { not_found: 'User Tidak Ditemukan' });
  const fileId = await uploadInline(ctx, actor, words, 3);
  await sendTo(ctx, actor, { kind: 'dm', to }, { fileId });
  return ok('File Sent');
};

/** sendgroupfile TOKEN GROUP PATH B64 → "File Sent". */
export const sendgroupfile: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const group = words.arg(2);
  const fileId = await uploadInline(ctx, actor, words, 3);
  await sendToGroupOrList(ctx, actor, group, { fileId });
  return ok('File Sent');
};

/** inbox TOKEN → unread messages by sender username; what is returned is marked read. */
export const inbox: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  return { status: 'OK', messages: await legacyInbox(ctx, actor) };
};
