// The federation side of message changes: which events a send, an edit or a delete puts in the
// outbox, and for whom. A DM with a user of another realm goes to that realm; a message of a group
// homed here goes to every realm with members; a change to a message of a group homed elsewhere goes
// to the home realm, which orders it and fans it out.
import { splitHandle } from '../../shared/addresses.js';
import type { Tx } from '../../db/database.js';
import { envelope, type WireBody } from '../../federation/events.js';
import { newId } from '../../shared/ids.js';
import type { FileDto } from '../files/files.mapper.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { UserRef } from '../users/user-lookup.js';
import type { ResolvedConversation } from './conversation-access.js';
import type { FederationPort } from './federation-port.js';
import type { SendJob } from './message-writer.js';

/** A federation actor (a user of another realm, acting through an inbound event) never re-forwards. */
export function isLocalActor(actor: AuthContext): boolean {
  return !actor.handle.includes('@');
}

/** What a send's batch job carries for federation, if anything. */
export function sendFederation(
  port: FederationPort | null,
  actor: AuthContext,
  conversation: ResolvedConversation,
  message: { id: string; text: string | null; replyToId: string | null },
  sender: UserRef,
  file: FileDto | null,
): SendJob['federation'] {
  if (!port) return undefined;
  const other = conversation.other;
  if (conversation.kind === 'dm' && other?.realm && isLocalActor(actor)) {
    const payload = envelope(port.realmId, message.id, {
      type: 'dm.message',
      from: actor.handle,
      fromName: sender.displayName,
      // Handles are written as the sending realm sees them: the receiver reads "bob@<itself>" as bob.
      to: other.handle,
      text: message.text,
      file,
      ...(message.replyToId ? { replyTo: message.replyToId } : {}),
    } satisfies WireBody<'dm.message'>);
    return { selfRealm: port.realmId, outbox: { destination: other.realm, type: 'dm.message', payload: JSON.stringify(payload) } };
  }
  if (conversation.kind === 'group' && !conversation.homeRealm && port.hasPeers()) return { selfRealm: port.realmId, fanOut: true };
  return undefined;
}

/**
 * Queues what an edit or delete must tell other realms, in the transaction that applied it locally.
 * Returns the realms queued for (delivery to them starts when the transaction commits).
 */
export async function queueMessageChange(
  tx: Tx,
  port: FederationPort,
  actor: AuthContext,
  change: { kind: 'edit' | 'delete'; messageId: string; conversationId: number; text: string | null; editedAt: string | null },
  conversation: { kind: 'dm' | 'group'; otherRealm: string | null; homeRealm: string | null },
): Promise<string[]> {
  if (conversation.kind === 'dm') {
    if (!conversation.otherRealm || !isLocalActor(actor)) return [];
    const id = `${change.messageId}.${change.kind}.${newId()}`;
    const body =
      change.kind === 'edit'
        ? ({ type: 'message.edit', messageId: change.messageId, from: actor.handle, text: change.text ?? '' } satisfies WireBody<'message.edit'>)
        : ({ type: 'message.delete', messageId: change.messageId, from: actor.handle } satisfies WireBody<'message.delete'>);
    await port.enqueue(tx, [
      { destination: conversation.otherRealm, eventId: id, type: body.type, payload: envelope(port.realmId, id, body), senderId: actor.userId },
    ]);
    return [conversation.otherRealm];
  }
  if (conversation.homeRealm) return [];
  const realms = await port.memberRealms(tx, change.conversationId);
  const id = `${change.messageId}.update.${newId()}`;
  const body = {
    type: 'message.update',
    messageId: change.messageId,
    text: change.text,
    deleted: change.kind === 'delete',
    editedAt: change.editedAt,
  } satisfies WireBody<'message.update'>;
  await port.enqueue(
    tx,
    realms.map((destination) => ({ destination, eventId: id, type: body.type, payload: envelope(port.realmId, id, body), senderId: null })),
  );
  return realms;
}

/** A change to a message of a group homed elsewhere is sent to the home realm, which applies it. */
export async function forwardToHome(
  tx: Tx,
  port: FederationPort,
  actor: AuthContext,
  homeRealm: string,
  change: { kind: 'edit' | 'delete'; messageId: string; text?: string },
): Promise<void> {
  const id = `${change.messageId}.${change.kind}.${newId()}`;
  const from = actor.handle;
  const body =
    change.kind === 'edit'
      ? ({ type: 'message.edit', messageId: change.messageId, from, text: change.text ?? '' } satisfies WireBody<'message.edit'>)
      : ({ type: 'message.delete', messageId: change.messageId, from } satisfies WireBody<'message.delete'>);
  await port.enqueue(tx, [{ destination: homeRealm, eventId: id, type: body.type, payload: envelope(port.realmId, id, body), senderId: actor.userId }]);
}

/** A send to a group homed elsewhere: the home realm orders it; it comes back as group.message. */
export function groupSendEvent(
  port: FederationPort,
  actor: AuthContext,
  homeRealm: string,
  groupName: string,
  id: string,
  sender: UserRef,
  text: string | null,
  file: FileDto | null,
  replyToId: string | null,
) {
  const body = {
    type: 'group.send',
    group: splitHandle(groupName).name,
    from: actor.handle,
    fromName: sender.displayName,
    text,
    file,
    ...(replyToId ? { replyTo: replyToId } : {}),
  } satisfies WireBody<'group.send'>;
  return { destination: homeRealm, eventId: id, type: body.type, payload: envelope(port.realmId, id, body), senderId: actor.userId };
}
