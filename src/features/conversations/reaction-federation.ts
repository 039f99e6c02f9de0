// The federation side of reactions and pins: which events a change puts in the outbox, and for whom.
// A DM with a user of another realm tells that realm (either side's realm applies its own user's
// change first). A group is ordered by its home realm: a member realm forwards its user's change there
// (reaction.change / pin.change); the home applies it and tells every member realm (reaction.update /
// pin.update), in the order it applied them.
import type { Tx } from '../../db/database.js';
import { envelope, type WireBody } from '../../federation/events.js';
import { forbidden } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { FederationPort } from './federation-port.js';
import { isLocalActor } from './message-federation.js';

export interface ConversationHome {
  kind: 'dm' | 'group';
  /** A DM's other participant's realm, when it is not this one. */
  otherRealm: string | null;
  /** A group homed on another realm: that realm. */
  homeRealm: string | null;
}

/**
 * Whether this realm applies the change now. Everything but a pin in a group homed elsewhere, which
 * waits for the home realm's pin.update (it alone orders its group's pins). A peer's user may change
 * only what this realm orders: a DM with our user, or a group homed here.
 */
export function appliesHere(actor: AuthContext, home: ConversationHome, kind: 'reaction' | 'pin'): boolean {
  if (home.homeRealm && !isLocalActor(actor)) throw forbidden(`Realm ${home.homeRealm} orders this group: changes go through it`);
  return !(kind === 'pin' && home.homeRealm);
}

type Change =
  | { kind: 'reaction'; messageId: string; emoji: string; added: boolean }
  | { kind: 'pin'; messageId: string; pinned: boolean; at: Date; cause?: string | undefined };

/** Queues what the change must tell other realms, in the transaction that applied it (or forwards it). */
export async function queueReactionOrPin(
  tx: Tx,
  port: FederationPort,
  actor: AuthContext,
  actorName: string,
  conversationId: number,
  home: ConversationHome,
  change: Change,
): Promise<void> {
  // senderId: the local user told if a request cannot be delivered; updates have none.
  const to = (destinations: string[], body: Record<string, unknown> & { type: string }, senderId: number | null) => {
    // Ids are at most 64 characters on the wire: a fresh ULID (the message id is in the body).
    const id = newId();
    return port.enqueue(
      tx,
      destinations.map((destination) => ({ destination, eventId: id, type: body.type, payload: envelope(port.realmId, id, body), senderId })),
    );
  };
  const request =
    change.kind === 'reaction'
      ? ({
          type: 'reaction.change',
          messageId: change.messageId,
          from: actor.handle,
          emoji: change.emoji,
          added: change.added,
        } satisfies WireBody<'reaction.change'>)
      : ({ type: 'pin.change', messageId: change.messageId, from: actor.handle, pinned: change.pinned } satisfies WireBody<'pin.change'>);
  if (home.kind === 'dm') {
    if (home.otherRealm && isLocalActor(actor)) await to([home.otherRealm], request, actor.userId);
    return;
  }
  if (home.homeRealm) {
    if (isLocalActor(actor)) await to([home.homeRealm], request, actor.userId);
    return;
  }
  // A group homed here: every realm with members hears it, the requesting realm included (it checks
  // the pin's cause; its own user's reaction it has already).
  const realms = await port.memberRealms(tx, conversationId);
  if (realms.length === 0) return;
  const update =
    change.kind === 'reaction'
      ? ({
          type: 'reaction.update',
          messageId: change.messageId,
          user: actor.handle,
          userName: actorName,
          emoji: change.emoji,
          added: change.added,
        } satisfies WireBody<'reaction.update'>)
      : ({
          type: 'pin.update',
          messageId: change.messageId,
          by: actor.handle,
          byName: actorName,
          pinned: change.pinned,
          at: change.at.toISOString(),
          ...(change.cause ? { cause: change.cause } : {}),
        } satisfies WireBody<'pin.update'>);
  await to(realms, update, null);
}
