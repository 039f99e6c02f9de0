// The events realms exchange inside PUT /federation/v1/send/{txnId}. Every event has a globally unique
// id (a message event's id is the message id), the realm that produced it, and a type. Handles inside
// are written relative to the sending realm: "alice" is the sender's own user, "bob@realm-b" anyone else.
import { z } from 'zod';

const Handle = z.string().min(1).max(200);
const Group = z.string().regex(/^[a-z0-9_.-]{1,64}$/);
const Text = z.string().max(40_000).nullable();
const FileMeta = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(1000),
    size: z.number().int().min(0),
    mimeType: z.string().max(200),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .nullable();
const Base = { id: z.string().min(1).max(64), origin: z.string().regex(/^[a-z0-9-]{1,63}$/), ts: z.string().max(64) };

export const FederationEvent = z.discriminatedUnion('type', [
  /** A private message from `from` (sender's realm) to `to` (receiver's realm). */
  z.object({ ...Base, type: z.literal('dm.message'), from: Handle, fromName: z.string().max(200), to: Handle, text: Text, file: FileMeta }),
  /** The author edits or deletes a message: sent to the DM's other realm, or to a group's home realm. */
  z.object({ ...Base, type: z.literal('message.edit'), messageId: z.string().max(64), from: Handle, text: z.string().max(40_000) }),
  z.object({ ...Base, type: z.literal('message.delete'), messageId: z.string().max(64), from: Handle }),
  /** Member realm → home realm. */
  z.object({ ...Base, type: z.literal('group.join'), group: Group, user: Handle, userName: z.string().max(200) }),
  z.object({ ...Base, type: z.literal('group.leave'), group: Group, user: Handle }),
  z.object({ ...Base, type: z.literal('group.send'), group: Group, from: Handle, fromName: z.string().max(200), text: Text, file: FileMeta }),
  /** Home realm → member realms (once per realm). */
  z.object({
    ...Base,
    type: z.literal('group.message'),
    group: Group,
    seq: z.number().int().min(1),
    from: Handle,
    fromName: z.string().max(200),
    text: Text,
    file: FileMeta,
    createdAt: z.string().max(64),
  }),
  z.object({
    ...Base,
    type: z.literal('group.member'),
    group: Group,
    user: Handle,
    userName: z.string().max(200),
    change: z.enum(['joined', 'left', 'invited', 'role']),
    role: z.enum(['owner', 'admin', 'member', 'invited']).nullable(),
    description: z.string().max(4000).optional(),
    visibility: z.enum(['public', 'invite']).optional(),
  }),
  z.object({ ...Base, type: z.literal('message.update'), messageId: z.string().max(64), text: Text, deleted: z.boolean(), editedAt: z.string().max(64).nullable() }),
  z.object({ ...Base, type: z.literal('group.updated'), group: Group, description: z.string().max(4000), visibility: z.enum(['public', 'invite']) }),
  z.object({ ...Base, type: z.literal('group.deleted'), group: Group }),
]);

export type FederationEvent = z.infer<typeof FederationEvent>;
export type FederationEventType = FederationEvent['type'];

export const MAX_EVENTS_PER_TXN = 50;

export const Transaction = z.object({
  origin: z.string().regex(/^[a-z0-9-]{1,63}$/),
  destination: z.string().regex(/^[a-z0-9-]{1,63}$/),
  events: z.array(z.unknown()).max(MAX_EVENTS_PER_TXN, `at most ${MAX_EVENTS_PER_TXN} events per transaction`),
});

export type EventResult = { id: string; status: 'ok' | 'duplicate' | 'rejected'; reason?: string };

/** An event as stored in the outbox (its envelope is completed here). */
export function envelope<T extends { type: string }>(origin: string, id: string, body: T): T & { id: string; origin: string; ts: string } {
  return { id, origin, ts: new Date().toISOString(), ...body };
}
