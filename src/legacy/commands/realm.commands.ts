// The realm commands. Until federation is enabled they answer a clear ERROR; the seed's unauthenticated
// server-to-server verbs are refused for good (realms talk over the signed federation API).
import { LegacyError } from '../words.js';
import type { Command } from './context.js';

const notYet: Command = async () => {
  throw new LegacyError('Federasi antar realm belum tersedia di server ini');
};

const serverToServer: Command = async () => {
  throw new LegacyError('Perintah antar server tidak diterima di port ini: realm berbicara lewat API federasi yang ditandatangani');
};

export const realmCommands: Record<string, Command> = {
  addrealm: notYet,
  sendprivaterealm: notYet,
  sendfilerealm: notYet,
  sendgrouprealm: notYet,
  sendgroupfilerealm: notYet,
  getrealminbox: notYet,
  recvrealm: serverToServer,
  recvrealmprivatemsg: serverToServer,
  recvfilerealm: serverToServer,
  recvrealmgroupmsg: serverToServer,
  recvgroupfilerealm: serverToServer,
  getrealmchat: serverToServer,
};
