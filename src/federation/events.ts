// The events realms exchange inside PUT /federation/v1/send/{txnId}. Every event has a globally unique
// id (a message event's id is the message id), the realm that produced it, and a type. Handles inside
// are written relative to the sending realm: "alice" is the sender's own user, "bob@realm-b" anyone else.
import { z } from 'zod';
import { cleanForeignLabel, LABEL_MAX } from '../shared/text.js';

// A handle as the sending realm writes it: a username (the local rules: 1–32 of a-z 0-9 _ . -),
// optionally "@realm". Anything else (spaces, bidi overrides, a second "@") is refused, so a peer
// cannot mint look-alike shadow users.
const Handle = z.string().regex(/^[a-z0-9_.-]{1,32}(@[a-z0-9-]{1,63})?$/, 'must be "name" or "name@realm" with a valid username');
// Display names: bounded; cleaned by the one rule for names (shared/text.ts: unsafe characters dropped
// rather than refused, so an honest peer's message is never lost over a name; cut to our limit).
const Name = z
  .string()
  .max(200)
  .transform((s) => cleanForeignLabel(s, LABEL_MAX));
const Group = z.string().regex(/^[a-z0-9_.-]{1,64}$/);
const Text = z.string().max(40_000).nullable();
const MessageId = z.string().min(1).max(64);
/** ISO 8601 with Z or an offset (SQLite-built events write +00:00). */
const Timestamp = z.iso.datetime({ offset: true });
const FileMeta = z
  .strictObject({
    id: z.string().min(1).max(64),
    name: z.string().max(1000),
    size: z.number().int().min(0),
    mimeType: z.string().max(200),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    createdAt: Timestamp.optional(),
  })
  .nullable();
/**
 * A reply names the message it answers, in the same conversation. Sent only for a reply (absent
 * otherwise), so peers that predate replies keep taking every other message.
 */
const ReplyTo = z.string().min(1).max(64).optional();
const Base = { id: z.string().min(1).max(64), origin: z.string().regex(/^[a-z0-9-]{1,63}$/), ts: Timestamp };
/** One emoji as the reaction rules take it (shared/emoji.ts checks it again on arrival). */
const Emoji = z.string().min(1).max(64);

export const FederationEvent = z.discriminatedUnion('type', [
  /** A private message from `from` (sender's realm) to `to` (receiver's realm). */
  z.strictObject({ ...Base, type: z.literal('dm.message'), from: Handle, fromName: Name, to: Handle, text: Text, file: FileMeta, replyTo: ReplyTo }),
  /** The author edits or deletes a message: sent to the DM's other realm, or to a group's home realm. */
  z.strictObject({ ...Base, type: z.literal('message.edit'), messageId: MessageId, from: Handle, text: z.string().max(40_000) }),
  z.strictObject({ ...Base, type: z.literal('message.delete'), messageId: MessageId, from: Handle }),
  /** Member realm → home realm. */
  z.strictObject({ ...Base, type: z.literal('group.join'), group: Group, user: Handle, userName: Name }),
  z.strictObject({ ...Base, type: z.literal('group.leave'), group: Group, user: Handle }),
  z.strictObject({ ...Base, type: z.literal('group.send'), group: Group, from: Handle, fromName: Name, text: Text, file: FileMeta, replyTo: ReplyTo }),
  /** Home realm → member realms (once per realm). */
  z.strictObject({
    ...Base,
    type: z.literal('group.message'),
    group: Group,
    seq: z.number().int().min(1),
    from: Handle,
    fromName: Name,
    text: Text,
    file: FileMeta,
    replyTo: ReplyTo,
    createdAt: Timestamp,
  }),
  z.strictObject({
    ...Base,
    type: z.literal('group.member'),
    group: Group,
    user: Handle,
    userName: Name,
    change: z.enum(['joined', 'left', 'invited', 'role']),
    role: z.enum(['owner', 'admin', 'member', 'invited']).nullable(),
    description: z.string().max(4000).optional(),
    visibility: z.enum(['public', 'invite']).optional(),
  }),
  z.strictObject({ ...Base, type: z.literal('message.update'), messageId: MessageId, text: Text, deleted: z.boolean(), editedAt: Timestamp.nullable() }),
  z.strictObject({ ...Base, type: z.literal('group.updated'), group: Group, description: z.string().max(4000), visibility: z.enum(['public', 'invite']) }),
  z.strictObject({ ...Base, type: z.literal('group.deleted'), group: Group }),
  /**
   * A reaction added or taken back, or a pin set or lifted, by `from` (a user of the sending realm): to
   * the DM's other realm, or to the home realm of a group (which applies it and sends the updates).
   */
  z.strictObject({ ...Base, type: z.literal('reaction.change'), messageId: MessageId, from: Handle, emoji: Emoji, added: z.boolean() }),
  z.strictObject({ ...Base, type: z.literal('pin.change'), messageId: MessageId, from: Handle, pinned: z.boolean() }),
  /**
   * Home realm → member realms: its group's reactions and pins, in the order it applied them. `cause`
   * names the pin.change that asked for it when a member realm's user did (that realm checks it sent it).
   */
  z.strictObject({ ...Base, type: z.literal('reaction.update'), messageId: MessageId, user: Handle, userName: Name, emoji: Emoji, added: z.boolean() }),
  z.strictObject({
    ...Base,
    type: z.literal('pin.update'),
    messageId: MessageId,
    by: Handle,
    byName: Name,
    pinned: z.boolean(),
    at: Timestamp,
    cause: z.string().min(1).max(64).optional(),
  }),
]);

export type FederationEvent = z.infer<typeof FederationEvent>;
/**
 * The body of an event of type T as this realm builds it (envelope fields added by `envelope`). The
 * builders declare `satisfies WireBody<T>`, so the compiler holds them to the one definition above;
 * the SQL-built group.message is held to it by test/federation/wire-events.test.ts.
 */
export type WireBody<T extends FederationEvent['type']> = Omit<z.input<typeof FederationEvent> & { type: T }, 'id' | 'origin' | 'ts'>;
export type FederationEventType = FederationEvent['type'];

export const MAX_EVENTS_PER_TXN = 50;

export const Transaction = z.object({
  origin: z.string().regex(/^[a-z0-9-]{1,63}$/),
  destination: z.string().regex(/^[a-z0-9-]{1,63}$/),
  events: z.array(z.unknown()).max(MAX_EVENTS_PER_TXN, `at most ${MAX_EVENTS_PER_TXN} events per transaction`),
});

export type EventResult = { id: string; status: 'ok' | 'duplicate' | 'rejected'; reason?: string };

/**
 * A peer's answer to a transaction, as this realm reads it: results it cannot read are not taken (an
 * event without a readable result is not delivered, and is sent again).
 */
export const TransactionAnswer = z.object({
  results: z
    .array(z.object({ id: z.string().max(64), status: z.string().max(32), reason: z.string().max(1000).optional() }).loose())
    .max(MAX_EVENTS_PER_TXN * 2)
    .default([]),
});

/** An event as stored in the outbox (its envelope is completed here). */
export function envelope<T extends { type: string }>(origin: string, id: string, body: T): T & { id: string; origin: string; ts: string } {
  return { id, origin, ts: new Date().toISOString(), ...body };
}
