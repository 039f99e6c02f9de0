// Conversations are named as in the API: dm:<other user> and group:<name> (either may be name@realm).
import type { OutboxTarget } from '../lib/outbox';

export interface ParsedConversation {
  type: 'dm' | 'group';
  /** The other user (dm) or the group's name (group). */
  name: string;
}

export function parseConversation(id: string): ParsedConversation | null {
  const match = /^(dm|group):(.+)$/.exec(id);
  return match ? { type: match[1] as 'dm' | 'group', name: match[2]! } : null;
}

export function targetOf(id: string): OutboxTarget {
  const parsed = parseConversation(id);
  if (!parsed) throw new Error(`not a conversation id: ${id}`);
  return parsed.type === 'dm' ? { to: parsed.name } : { group: parsed.name };
}

export const dmId = (username: string) => `dm:${username}`;
export const groupId = (name: string) => `group:${name}`;
