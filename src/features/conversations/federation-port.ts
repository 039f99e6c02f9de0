// What the conversation services need from federation, as an interface: they stay unaware of how
// events travel (signed HTTP, outbox, retries), and tests of the single-realm features need none of it.
import type { Tx } from '../../db/database.js';
import type { Address } from '../../shared/addresses.js';
import type { UserRef } from '../users/user-lookup.js';

export interface OutboundEvent {
  destination: string;
  eventId: string;
  type: string;
  /** The whole event, envelope included. */
  payload: Record<string, unknown>;
  /** The local user to tell if delivery fails for good. */
  senderId: number | null;
}

export interface FederationPort {
  readonly realmId: string;
  /** A user of another realm (looked up there the first time). */
  resolveUser(address: Address & { realm: string }): Promise<UserRef>;
  /** Queues events in the caller's transaction; delivery to their destinations starts once it commits. */
  enqueue(tx: Tx, events: readonly OutboundEvent[]): Promise<void>;
  hasPeers(): boolean;
  isPeer(realm: string): Promise<boolean>;
  /** Realms (other than this one) with members in a conversation, as the transaction sees it. */
  memberRealms(tx: Tx, conversationId: number): Promise<string[]>;
}
