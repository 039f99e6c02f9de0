// The events a group change emits, built in one place for both the home realm's own changes
// (GroupsService) and the replica of a group homed elsewhere (applied from its home realm's events).
import type { NewEvent } from '../events/events.repository.js';
import { groupRef } from './conversation-ref.js';
import type { ConversationRecord } from './conversations.repository.js';

type GroupLike = Pick<ConversationRecord, 'id' | 'name'>;

/** member.joined / member.left / member.invited / member.updated about `user` (a handle). */
export function memberEvent(type: string, group: GroupLike, user: string, extra: Record<string, unknown> = {}): NewEvent {
  return { type, conversationId: group.id, payload: { conversation: groupRef(group.name!), user, ...extra } };
}

export function groupUpdatedEvent(group: Pick<ConversationRecord, 'id' | 'name' | 'description' | 'visibility'>, by: string): NewEvent {
  return {
    type: 'group.updated',
    conversationId: group.id,
    payload: { conversation: groupRef(group.name!), group: { name: group.name, description: group.description, visibility: group.visibility }, by },
  };
}

/** Told to each former member personally: the conversation is gone. */
export function groupDeletedEvent(group: GroupLike, userId: number, by: string): NewEvent {
  return { type: 'group.deleted', userId, payload: { conversation: groupRef(group.name!), by } };
}
