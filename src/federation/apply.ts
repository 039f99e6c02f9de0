// Applying events from a peer. Wherever possible an event is carried out by the same services a local
// user's request would use, acting as the remote user (a shadow user with a federation session), so
// every rule (membership, authorship, limits) applies once. Message events keep their origin's id, so
// the message's primary key makes them apply exactly once; other events are recorded in AppliedEvent.
// One module per family of events (apply/): messages, groups homed here, replicas of groups homed there,
// reactions and pins.
import { AppError } from '../shared/errors.js';
import { duplicate, rejected, type ApplierDeps, type Event } from './apply/base.js';
import { HomeGroupEvents } from './apply/home-groups.js';
import { MessageEvents } from './apply/messages.js';
import { ReactionEvents } from './apply/reactions.js';
import { ReplicaGroupEvents } from './apply/replica-groups.js';
import type { EventResult, FederationEvent } from './events.js';

export type { ApplierDeps, FederationServices } from './apply/base.js';

export class Applier {
  private readonly messages: MessageEvents;
  private readonly homeGroups: HomeGroupEvents;
  private readonly replicas: ReplicaGroupEvents;
  private readonly reactions: ReactionEvents;

  constructor(private readonly d: ApplierDeps) {
    this.messages = new MessageEvents(d);
    this.homeGroups = new HomeGroupEvents(d);
    this.replicas = new ReplicaGroupEvents(d);
    this.reactions = new ReactionEvents(d);
  }

  /** Applies one event from `origin` (already checked: shape, origin). Never throws for a bad event. */
  async apply(origin: string, event: FederationEvent): Promise<EventResult> {
    return this.guarded(event, () => this.dispatch(origin, event));
  }

  /** A client mistake in an event (4xx) rejects that event only; anything else is our failure. */
  private async guarded(event: FederationEvent, run: () => Promise<EventResult>): Promise<EventResult> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return rejected(event.id, error.message);
      throw error;
    }
  }

  private dispatch(origin: string, event: FederationEvent): Promise<EventResult> {
    switch (event.type) {
      case 'dm.message':
        return this.messages.dmMessage(origin, event);
      case 'message.edit':
      case 'message.delete':
        return this.messages.messageChange(origin, event);
      case 'group.join':
      case 'group.leave':
        return this.homeGroups.groupMembershipRequest(origin, event);
      case 'group.send':
        return this.homeGroups.groupSend(origin, event);
      case 'group.message':
        return this.replicas.groupMessage(origin, event);
      case 'group.member':
        return this.replicas.groupMember(origin, event);
      case 'message.update':
        return this.replicas.messageUpdate(origin, event);
      case 'group.updated':
      case 'group.deleted':
        return this.replicas.groupChanged(origin, event);
      case 'reaction.change':
      case 'pin.change':
        return this.reactions.change(origin, event);
      case 'reaction.update':
      case 'pin.update':
        return this.reactions.update(origin, event);
    }
  }

  /**
   * The private messages of a run from one transaction: duplicates found in one query, the rest queued
   * with the writer one after the other — so they are stored in the order the peer sent them, whatever
   * each one's lookups cost — and committed together.
   */
  async applyDmRun(origin: string, events: ReadonlyArray<Event<'dm.message'>>): Promise<EventResult[]> {
    const existing = await this.d.services.messagesRepo.existingIds(events.map((e) => e.id));
    const results: Array<Promise<EventResult>> = [];
    for (const e of events) {
      if (existing.has(e.id)) {
        results.push(Promise.resolve(duplicate(e.id)));
        continue;
      }
      let done: Promise<EventResult>;
      try {
        ({ done } = await this.messages.queueDm(origin, e));
      } catch (error) {
        done = Promise.reject(error);
      }
      done.catch(() => {}); // answered below, in order
      results.push(this.guarded(e, () => done));
    }
    return Promise.all(results);
  }
}
