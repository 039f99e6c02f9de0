// Private messages and authors' changes to their messages (edit, delete), from the author's realm.
import type { EventResult } from '../events.js';
import { duplicate, ok, PeerEvents, rejected, type Event } from './base.js';

export class MessageEvents extends PeerEvents {
  async dmMessage(origin: string, e: Event<'dm.message'>, checked = false): Promise<EventResult> {
    if (!checked && (await this.messageExists(e.id))) return duplicate(e.id);
    const sender = await this.vouched(origin, e.from, e.fromName);
    const to = this.local(origin, e.to);
    const recipient = await this.d.services.lookup.byHandle(to);
    if (!recipient) return rejected(e.id, `no user named ${e.to} here`);
    return this.sendAs(origin, sender, { kind: 'dm', to }, e);
  }

  /**
   * Queues a private message of a run with the writer and resolves once it is queued (not committed):
   * the run's messages are queued one after the other, so they are stored in the order the peer sent
   * them and still committed together. `done` settles with the event's result.
   */
  async queueDm(origin: string, e: Event<'dm.message'>): Promise<{ done: Promise<EventResult> }> {
    const sender = await this.vouched(origin, e.from, e.fromName);
    const to = this.local(origin, e.to);
    const recipient = await this.d.services.lookup.byHandle(to);
    if (!recipient) return { done: Promise.resolve(rejected(e.id, `no user named ${e.to} here`)) };
    const file = e.file ? await this.remoteFile(origin, e.file, sender) : null;
    const { committed } = await this.d.services.messages.submit(
      this.actorFor(sender, origin),
      { kind: 'dm', to },
      {
        text: e.text ?? undefined,
        fileId: file?.id,
        messageId: e.id,
        replyTo: e.replyTo,
        replyToLenient: true,
      },
    );
    const done = committed.then(
      () => ok(e.id),
      async (error: unknown) => {
        if (await this.messageExists(e.id)) return duplicate(e.id);
        throw error;
      },
    );
    return { done };
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
