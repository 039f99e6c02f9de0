// Applying events from a peer. Wherever possible an event is carried out by the same services a local
// user's request would use, acting as the remote user (a shadow user with a federation session), so
// every rule (membership, authorship, limits) applies once. Message events keep their origin's id, so
// the message's primary key makes them apply exactly once; other events are recorded in AppliedEvent.
import { isMember } from '../features/conversations/membership.js';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database, Tx } from '../db/database.js';
import type { ConversationsRepository } from '../features/conversations/conversations.repository.js';
import type { GroupsService } from '../features/conversations/groups.service.js';
import type { MessagesRepository } from '../features/conversations/messages.repository.js';
import type { MessagesService } from '../features/conversations/messages.service.js';
import type { ReplicasService } from '../features/conversations/replicas.service.js';
import type { EventLog } from '../features/events/event-log.js';
import type { FilesRepository } from '../features/files/files.repository.js';
import type { FilesService } from '../features/files/files.service.js';
import type { UserLookup } from '../features/users/user-lookup.js';
import type { UsersRepository } from '../features/users/users.repository.js';
import { fromPeerHandle, handleOf, type Address } from '../shared/addresses.js';
import { AppError, isUniqueViolation } from '../shared/errors.js';
import type { AuthContext } from '../features/users/sessions.service.js';
import type { UserRef } from '../features/users/user-lookup.js';
import type { FileDto } from '../features/files/files.mapper.js';
import type { SendTarget } from '../features/conversations/messages.service.js';
import type { EventResult, FederationEvent } from './events.js';
import type { FederationClient } from './federation-client.js';
import type { FederationRepository } from './federation.repository.js';
import type { PeersService } from './peers.service.js';
import type { RemoteUsers } from './remote-users.js';

type Event<T extends FederationEvent['type']> = Extract<FederationEvent, { type: T }>;
type FileMeta = NonNullable<Event<'dm.message'>['file']>;

/**
 * What federation uses of the rest of the app: these services and repositories, handed in explicitly
 * by the composition root (no back-reference to the whole services object).
 */
export interface FederationServices {
  messages: MessagesService;
  groups: GroupsService;
  files: FilesService;
  eventLog: EventLog;
  lookup: UserLookup;
  usersRepo: UsersRepository;
  conversationsRepo: ConversationsRepository;
  messagesRepo: MessagesRepository;
  filesRepo: FilesRepository;
  replicas: ReplicasService;
}

export interface ApplierDeps {
  config: Config;
  db: Database;
  services: FederationServices;
  repo: FederationRepository;
  remoteUsers: RemoteUsers;
  peers: PeersService;
  client: FederationClient;
  log: FastifyBaseLogger;
}

const ok = (id: string): EventResult => ({ id, status: 'ok' });
const duplicate = (id: string): EventResult => ({ id, status: 'duplicate' });
const rejected = (id: string, reason: string): EventResult => ({ id, status: 'rejected', reason });

export class Applier {
  constructor(private readonly d: ApplierDeps) {}

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
        return this.dmMessage(origin, event);
      case 'message.edit':
      case 'message.delete':
        return this.messageChange(origin, event);
      case 'group.join':
      case 'group.leave':
        return this.groupMembershipRequest(origin, event);
      case 'group.send':
        return this.groupSend(origin, event);
      case 'group.message':
        return this.groupMessage(origin, event);
      case 'group.member':
        return this.groupMember(origin, event);
      case 'message.update':
        return this.messageUpdate(origin, event);
      case 'group.updated':
      case 'group.deleted':
        return this.groupChanged(origin, event);
    }
  }

  // DMs

  private async dmMessage(origin: string, e: Event<'dm.message'>, checked = false): Promise<EventResult> {
    if (!checked && (await this.messageExists(e.id))) return duplicate(e.id);
    const sender = await this.vouched(origin, e.from, e.fromName);
    const to = this.local(origin, e.to);
    const recipient = await this.d.services.lookup.byHandle(to);
    if (!recipient) return rejected(e.id, `no user named ${e.to} here`);
    return this.sendAs(origin, sender, { kind: 'dm', to }, e);
  }

  /** An author's edit or delete, for a DM here or a group homed here (which then fans it out). */
  private async messageChange(origin: string, e: Event<'message.edit' | 'message.delete'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const author = await this.vouched(origin, e.from, null);
    const actor = this.actorFor(author, origin);
    if (e.type === 'message.edit') await this.d.services.messages.edit(actor, e.messageId, e.text);
    else await this.d.services.messages.delete(actor, e.messageId);
    await this.markApplied(origin, e.id);
    return ok(e.id);
  }

  // Groups, home side

  private async groupMembershipRequest(origin: string, e: Event<'group.join' | 'group.leave'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const user = await this.vouched(origin, e.user, e.type === 'group.join' ? e.userName : null);
    const actor = this.actorFor(user, origin);
    try {
      if (e.type === 'group.join') await this.d.services.groups.join(actor, e.group);
      else await this.d.services.groups.leave(actor, e.group);
    } catch (error) {
      // Already in (join) or already out (leave): the request was carried out before.
      if (!(error instanceof AppError && (error.code === 'conflict' || (e.type === 'group.leave' && error.code === 'not_found')))) throw error;
    }
    await this.markApplied(origin, e.id);
    return ok(e.id);
  }

  private async groupSend(origin: string, e: Event<'group.send'>): Promise<EventResult> {
    if (await this.messageExists(e.id)) return duplicate(e.id);
    const sender = await this.vouched(origin, e.from, e.fromName);
    return this.sendAs(origin, sender, { kind: 'group', name: e.group }, e);
  }

  /**
   * Sends a peer's message as its (shadow) sender through the messages service, under the event's id.
   * A concurrent copy of the same event that won the insert makes this one a duplicate.
   */
  private async sendAs(origin: string, sender: UserRef, target: SendTarget, e: Event<'dm.message' | 'group.send'>): Promise<EventResult> {
    const file = e.file ? await this.remoteFile(origin, e.file, sender) : null;
    try {
      await this.d.services.messages.send(this.actorFor(sender, origin), target, { text: e.text ?? undefined, fileId: file?.id, messageId: e.id });
    } catch (error) {
      if (await this.messageExists(e.id)) return duplicate(e.id);
      throw error;
    }
    return ok(e.id);
  }

  // Groups, member side (events from the home realm)

  private replicaName(origin: string, group: string): string {
    return `${group}@${origin}`;
  }

  private async groupMessage(origin: string, e: Event<'group.message'>): Promise<EventResult> {
    if (await this.messageExists(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const replica = await services.conversationsRepo.findGroup(this.replicaName(origin, e.group));
    if (!replica || replica.homeRealm !== origin) return rejected(e.id, `no replica of group ${e.group} here`);
    const senderAddress = fromPeerHandle(e.from, origin, this.d.config.realmId);
    // The home realm orders its group, so it relays its members' messages; but a message "from" one of
    // our users is only the echo of a group.send that user made through us.
    const sender = senderAddress.realm
      ? await this.d.remoteUsers.vouched({ ...senderAddress, realm: senderAddress.realm }, e.fromName)
      : await services.lookup.byHandle(senderAddress.name);
    if (!sender) return rejected(e.id, `unknown sender ${e.from}`);
    if (senderAddress.realm === null && !(await this.d.repo.queuedBy(origin, sender.id, 'group.send', { eventId: e.id }))) {
      return rejected(e.id, `realm ${origin} cannot speak for ${e.from}: no such message was sent from here`);
    }
    const file = e.file ? await this.remoteFile(origin, e.file, sender) : null;
    try {
      await services.replicas.appendMessage(replica, {
        id: e.id,
        seq: e.seq,
        senderId: sender.id,
        text: e.text,
        fileId: file?.id ?? null,
        createdAt: new Date(e.createdAt),
      });
    } catch (error) {
      if (isUniqueViolation(error) || (await this.messageExists(e.id))) return duplicate(e.id);
      throw error;
    }
    return ok(e.id);
  }

  private async groupMember(origin: string, e: Event<'group.member'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const name = this.replicaName(origin, e.group);
    const address = fromPeerHandle(e.user, origin, this.d.config.realmId);
    const local = address.realm === null ? await services.usersRepo.findByHandle(address.name) : null;
    const replica = await services.conversationsRepo.findGroup(name);
    if (!replica && !local) {
      // Not about one of ours and no replica here: nothing to keep.
      await this.markApplied(origin, e.id);
      return ok(e.id);
    }
    if (local) {
      const refusal = await this.memberChangeRefusal(origin, e, local.id, replica?.id ?? null);
      if (refusal) return rejected(e.id, refusal);
    }
    const change = {
      user: handleOf(address),
      localUserId: local?.id ?? null,
      change: e.change,
      role: e.role,
      description: e.description,
      visibility: e.visibility,
    };
    await services.replicas.applyMemberChange(name, origin, replica, change, (tx) => this.d.repo.markApplied(tx, e.id, origin, 'ok'));
    return ok(e.id);
  }

  /**
   * Why a home realm may not make this change to one of our users' memberships, or null if it may. It
   * owns its group (it may invite, remove, change roles of members), but it adds our user only when that
   * user asked: a join they sent through us (which is also how an invitation is accepted).
   */
  private async memberChangeRefusal(origin: string, e: Event<'group.member'>, userId: number, replicaId: number | null): Promise<string | null> {
    const current = replicaId === null ? null : await this.d.services.conversationsRepo.membership(replicaId, userId);
    const member = isMember(current);
    switch (e.change) {
      case 'left':
        return null;
      case 'invited':
        return member ? `${e.user} is already a member of ${e.group}` : null;
      case 'role':
        if (!member) return `${e.user} is not a member of ${e.group}`;
        return e.role === null || e.role === 'invited' ? `role ${String(e.role)} is not a member role` : null;
      case 'joined':
        if (member) return null;
        return (await this.d.repo.queuedBy(origin, userId, 'group.join', { group: e.group })) ? null : `${e.user} did not ask to join ${e.group}`;
    }
  }

  private async messageUpdate(origin: string, e: Event<'message.update'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const row = await services.messagesRepo.findById(e.messageId);
    const conversation = row && (await services.conversationsRepo.findById(row.conversationId));
    if (!row || !conversation || conversation.homeRealm !== origin) return rejected(e.id, 'no such message of a group homed at the sender');
    const update = { deleted: e.deleted, text: e.text, editedAt: e.editedAt ? new Date(e.editedAt) : null };
    await services.replicas.applyMessageUpdate(row, conversation, update, (tx) => this.d.repo.markApplied(tx, e.id, origin, 'ok'));
    return ok(e.id);
  }

  private async groupChanged(origin: string, e: Event<'group.updated' | 'group.deleted'>): Promise<EventResult> {
    if ((await this.d.repo.appliedAmong([e.id])).has(e.id)) return duplicate(e.id);
    const { services } = this.d;
    const replica = await services.conversationsRepo.findGroup(this.replicaName(origin, e.group));
    if (!replica || replica.homeRealm !== origin) {
      await this.markApplied(origin, e.id);
      return ok(e.id);
    }
    const record = (tx: Tx) => this.d.repo.markApplied(tx, e.id, origin, 'ok');
    if (e.type === 'group.updated') await services.replicas.applyUpdated(replica, { description: e.description, visibility: e.visibility }, origin, record);
    else await services.replicas.applyDeleted(replica, origin, record);
    return ok(e.id);
  }

  // Helpers

  /**
   * A user the sending realm vouches for: only one of its own (a shadow row here). A peer never acts as
   * one of our users, nor as a user of a third realm.
   */
  private async vouched(origin: string, handle: string, displayName: string | null): Promise<UserRef> {
    const address: Address = fromPeerHandle(handle, origin, this.d.config.realmId);
    if (address.realm !== origin) throw new AppError('forbidden', `realm ${origin} cannot speak for ${handleOf(address)}`);
    return this.d.remoteUsers.vouched({ ...address, realm: address.realm }, displayName);
  }

  /** A handle the peer wrote that must name a user of this realm. */
  private local(origin: string, handle: string): string {
    const address = fromPeerHandle(handle, origin, this.d.config.realmId);
    if (address.realm !== null) throw new AppError('bad_request', `${handle} is not a user of this realm`);
    return address.name;
  }

  private actorFor(user: UserRef, origin: string): AuthContext {
    return { userId: user.id, handle: user.handle, sessionId: `federation:${origin}` };
  }

  private async messageExists(id: string): Promise<boolean> {
    return (await this.d.services.messagesRepo.existingIds([id])).has(id);
  }

  /** The private messages of a run from one transaction: duplicates found in one query, the rest applied together. */
  async applyDmRun(origin: string, events: ReadonlyArray<Event<'dm.message'>>): Promise<EventResult[]> {
    const existing = await this.d.services.messagesRepo.existingIds(events.map((e) => e.id));
    return Promise.all(events.map((e) => (existing.has(e.id) ? duplicate(e.id) : this.guarded(e, () => this.dmMessage(origin, e, true)))));
  }

  private async markApplied(origin: string, id: string): Promise<void> {
    await this.d.db.write((tx) => this.d.repo.markApplied(tx, id, origin, 'ok'));
  }

  /** The bytes of a file a peer sent, fetched from it by signed GET, checked, stored here. */
  private async remoteFile(origin: string, meta: FileMeta, uploader: UserRef): Promise<FileDto> {
    const { services } = this.d;
    const existing = await services.filesRepo.findById(meta.id);
    if (existing)
      return {
        id: existing.id,
        name: existing.name,
        size: existing.size,
        mimeType: existing.mimeType,
        sha256: existing.sha256,
        createdAt: existing.createdAt.toISOString(),
      };
    if (meta.size > this.d.config.maxUploadBytes) throw new AppError('payload_too_large', `file of ${meta.size} bytes is over this realm's limit`);
    const peer = await this.d.peers.get(origin);
    let stored: FileDto | null = null;
    const response = await this.d.client.request(peer, 'GET', `/federation/v1/files/${encodeURIComponent(meta.id)}`, undefined, {
      sink: async (res) => {
        stored = await services.files.storeRemote(uploader.id, meta, res);
      },
    });
    if (response.status !== 200 || !stored) throw new AppError('unavailable', `could not fetch file ${meta.id} from ${origin} (HTTP ${response.status})`);
    return stored;
  }
}
