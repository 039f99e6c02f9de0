// The command table: verb → handler. Every handler calls the same services as REST.
import { auth, info, logout, register } from './accounts.commands.js';
import type { Command } from './context.js';
import { addgroup, joingroup } from './groups.commands.js';
import { inbox, send, sendfile, sendgroup, sendgroupfile } from './messages.commands.js';
import { realmCommands } from './realm.commands.js';

const table: Record<string, Command> = {
  auth,
  register,
  logout,
  info,
  send,
  sendgroup,
  sendfile,
  sendgroupfile,
  addgroup,
  joingroup,
  inbox,
  ...realmCommands,
};

/** A Map, so verbs like "constructor" or "__proto__" find nothing instead of Object.prototype. */
export const commands = new Map<string, Command>(Object.entries(table));
