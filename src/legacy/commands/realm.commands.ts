// The realm commands of the seed, now over federation. `addrealm` peers with the realm whose HTTP API
// is at http://HOST:PORT (admins, or anyone if FEDERATION_USER_PEERING); the send commands address
// USER@REALM through the same services as everything else; `getrealminbox` reads the unread private
// messages from users of REALM. The seed's unauthenticated server-to-server verbs are refused: realms
// talk over the signed federation API.
import { AppError } from '../../shared/errors.js';
import { legacyInbox } from '../inbox.js';
import { LegacyError, type Words } from '../words.js';
import { actorFor, ok, type Command, type CommandContext } from './context.js';
import { sendTo, uploadInline } from './messages.commands.js';

const serverToServer: Command = async () => {
  throw new LegacyError('Perintah antar server tidak diterima di port ini: realm berbicara lewat API federasi yang ditandatangani');
};

async function requirePeer(ctx: CommandContext, realm: string): Promise<void> {
  if (!ctx.services.federation.peers.isPeer(realm)) throw new LegacyError('Realm Tidak Ditemukan');
}

/** addrealm REALM HOST PORT */
const addrealm: Command = async (ctx, words) => {
  const [realm, host, port] = [words.arg(1), words.arg(2), words.arg(3)];
  const { federation, users, config } = ctx.services;
  if (federation.peers.isPeer(realm)) throw new LegacyError('Realm sudah ada');
  const session = ctx.connection.session;
  const allowed = config.federation.userPeering || (session !== null && (await users.isAdmin(session.auth)));
  if (!allowed) throw new LegacyError(session ? 'Hanya admin yang dapat menambah realm' : 'Belum Login');
  if (!/^\d{1,5}$/.test(port)) throw new LegacyError('Port tidak valid');
  try {
    await federation.peers.add(`http://${host}:${port}`, 'legacy', realm);
  } catch (e) {
    if (e instanceof AppError) throw new LegacyError(`Realm tidak dapat ditambahkan: ${e.message}`);
    throw e;
  }
  return ok(`Realm ${realm} ditambahkan`);
};

/** The users of "u1,u2" (or one user) at REALM, as addresses. */
function addressesAt(words: Words, index: number, realm: string): string[] {
  return words
    .arg(index)
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean)
    .map((u) => `${u}@${realm}`);
}

/** sendprivaterealm TOKEN REALM USER TEXT… */
const sendprivaterealm: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const realm = words.arg(2);
  await requirePeer(ctx, realm);
  await sendTo(ctx, actor, { kind: 'dm', to: `${words.arg(3)}@${realm}` }, { text: words.rest(4) });
  return ok('Message Sent to Realm');
};

/** sendfilerealm TOKEN REALM USER PATH B64 */
const sendfilerealm: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const realm = words.arg(2);
  await requirePeer(ctx, realm);
  const to = `${words.arg(3)}@${realm}`;
  await sendTo(ctx, actor, { kind: 'dm', to }, { fileId: await uploadInline(ctx, actor, words, 4) });
  return ok('File Sent to Realm');
};

/** sendgrouprealm TOKEN REALM U1,U2 TEXT… — one private message to each Ui@REALM. */
const sendgrouprealm: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const realm = words.arg(2);
  await requirePeer(ctx, realm);
  const text = words.rest(4);
  for (const to of addressesAt(words, 3, realm)) await sendTo(ctx, actor, { kind: 'dm', to }, { text });
  return ok('Message Sent to Group in Realm');
};

/** sendgroupfilerealm TOKEN REALM U1,U2 PATH B64 */
const sendgroupfilerealm: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const realm = words.arg(2);
  await requirePeer(ctx, realm);
  const recipients = addressesAt(words, 3, realm);
  const fileId = await uploadInline(ctx, actor, words, 4);
  for (const to of recipients) await sendTo(ctx, actor, { kind: 'dm', to }, { fileId });
  return ok('Message Sent to Group in Realm');
};

/** getrealminbox TOKEN REALM — unread private messages from users of REALM, as a list; marks them read. */
const getrealminbox: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const realm = words.arg(2);
  await requirePeer(ctx, realm);
  const inbox = await legacyInbox(ctx, actor, (entry) => entry.type === 'dm' && entry.conversation.endsWith(`@${realm}`));
  return { status: 'OK', messages: Object.values(inbox).flat() };
};

export const realmCommands: Record<string, Command> = {
  addrealm,
  sendprivaterealm,
  sendfilerealm,
  sendgrouprealm,
  sendgroupfilerealm,
  getrealminbox,
  recvrealm: serverToServer,
  recvrealmprivatemsg: serverToServer,
  recvfilerealm: serverToServer,
  recvrealmgroupmsg: serverToServer,
  recvgroupfilerealm: serverToServer,
  getrealmchat: serverToServer,
};
