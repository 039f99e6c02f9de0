// Private messages and authors' changes to their messages (edit, delete), from the author's realm.
import type { EventResult } from '../events.js';
import { duplicate, ok, PeerEvents, rejected, type Event } from './base.js';

export class MessageEvents extends PeerEvents {
  async dmMessage(origin: string, e: Event<'dm.message'>, checked = false): Promise<EventResult> {
    if (!checked && (await this.messageExists(e.id))) return duplicate(e.id);
    return (await this.queueDm(origin, e)).done;
  }

  /**
   * Queues a private message with the writer and resolves once it is queued (a run's messages are queued
   * one after the other: stored in the order the peer sent them). `done` settles with the event's result.
   */
  async queueDm(origin: string, e: Event<'dm.message'>): Promise<{ done: Promise<EventResult> }> {
    const sender = await this.vouched(origin, e.from, e.fromName);
    const to = this.local(origin, e.to);
    const recipient = await this.d.services.lookup.byHandle(to);
    if (!recipient) return { done: Promise.resolve(rejected(e.id, `no user named ${e.to} here`)) };
    return this.queueAs(origin, sender, { kind: 'dm', to }, e);
  }

  /** An author's edit or delete, for a DM here or a group homed here (which then fans it out). */
  async messageChange(origin: string, e: Event<'message.edit' | 'message.delete'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const author = await this.vouched(origin, e.from, null);
    const actor = this.actorFor(author, origin);
    if (e.type === 'message.edit') await this.d.services.messages.edit(actor, e.messageId, e.text);
    else await this.d.services.messages.delete(actor, e.messageId);
    await this.markApplied(origin, e.id);
    return ok(e.id);
  }
}
