// What every family of inbound events shares: the dependencies, the per-event results, and the rules
// about who an event may act as (a peer speaks only for its own users).
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ConversationsRepository } from '../../features/conversations/conversations.repository.js';
import type { GroupsService } from '../../features/conversations/groups.service.js';
import type { MessagesRepository } from '../../features/conversations/messages.repository.js';
import type { MessagesService, SendTarget } from '../../features/conversations/messages.service.js';
import type { ReactionsPinsService } from '../../features/conversations/reactions-pins.service.js';
import type { ReplicasService } from '../../features/conversations/replicas.service.js';
import type { EventLog } from '../../features/events/event-log.js';
import type { FileDto } from '../../features/files/files.mapper.js';
import type { FilesRepository } from '../../features/files/files.repository.js';
import type { FilesService } from '../../features/files/files.service.js';
import { ALL_SCOPES } from '../../features/users/scopes.js';
import type { AuthContext } from '../../features/users/sessions.service.js';
import type { UserLookup, UserRef } from '../../features/users/user-lookup.js';
import type { UsersRepository } from '../../features/users/users.repository.js';
import { fromPeerHandle, handleOf, type Address } from '../../shared/addresses.js';
import { AppError } from '../../shared/errors.js';
import type { EventResult, FederationEvent } from '../events.js';
import type { FederationClient } from '../federation-client.js';
import type { FederationRepository } from '../federation.repository.js';
import type { PeersService } from '../peers.service.js';
import type { RemoteUsers } from '../remote-users.js';

export type Event<T extends FederationEvent['type']> = Extract<FederationEvent, { type: T }>;
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
  reactionsPins: ReactionsPinsService;
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

export const ok = (id: string): EventResult => ({ id, status: 'ok' });
export const duplicate = (id: string): EventResult => ({ id, status: 'duplicate' });
export const rejected = (id: string, reason: string): EventResult => ({ id, status: 'rejected', reason });

export abstract class PeerEvents {
  constructor(protected readonly d: ApplierDeps) {}

  /**
   * A user the sending realm vouches for: only one of its own (a shadow row here). A peer never acts as
   * one of our users, nor as a user of a third realm.
   */
  protected async vouched(origin: string, handle: string, displayName: string | null): Promise<UserRef> {
    const address: Address = fromPeerHandle(handle, origin, this.d.config.realmId);
    if (address.realm !== origin) throw new AppError('forbidden', `realm ${origin} cannot speak for ${handleOf(address)}`);
    return this.d.remoteUsers.vouched({ ...address, realm: address.realm }, displayName);
  }

  /** A handle the peer wrote that must name a user of this realm. */
  protected local(origin: string, handle: string): string {
    const address = fromPeerHandle(handle, origin, this.d.config.realmId);
    if (address.realm !== null) throw new AppError('bad_request', `${handle} is not a user of this realm`);
    return address.name;
  }

  protected actorFor(user: UserRef, origin: string): AuthContext {
    // A peer acts for its users within what the services allow any user; scopes only narrow tokens.
    return { userId: user.id, handle: user.handle, sessionId: `federation:${origin}`, kind: 'session', scopes: ALL_SCOPES };
  }

  protected async messageExists(id: string): Promise<boolean> {
    return (await this.d.services.messagesRepo.existingIds([id])).has(id);
  }

  protected async markApplied(origin: string, id: string): Promise<void> {
    await this.d.db.write((tx) => this.d.repo.markApplied(tx, id, origin, 'ok'));
  }

  /**
   * Sends a peer's message as its (shadow) sender through the messages service, under the event's id.
   * A concurrent copy of the same event that won the insert makes this one a duplicate.
   */
  protected async sendAs(origin: string, sender: UserRef, target: SendTarget, e: Event<'dm.message' | 'group.send'>): Promise<EventResult> {
    return (await this.queueAs(origin, sender, target, e)).done;
  }

  /**
   * Queues the message with the writer as its sender and resolves once it is queued (not committed), so
   * messages queued one after the other are stored in that order and still committed together. `done`
   * settles with the event's result: a send refused because the message is already here is a duplicate.
   */
  protected async queueAs(origin: string, sender: UserRef, target: SendTarget, e: Event<'dm.message' | 'group.send'>): Promise<{ done: Promise<EventResult> }> {
    const file = e.file ? await this.remoteFile(origin, e.file, sender) : null;
    let committed: Promise<unknown>;
    try {
      ({ committed } = await this.d.services.messages.submit(this.actorFor(sender, origin), target, {
        text: e.text ?? undefined,
        fileId: file?.id,
        messageId: e.id,
        replyTo: e.replyTo,
        replyToLenient: true,
      }));
    } catch (error) {
      committed = Promise.reject(error);
    }
    const done = committed.then(
      () => ok(e.id),
      async (error: unknown) => {
        if (await this.messageExists(e.id)) return duplicate(e.id);
        throw error;
      },
    );
    return { done };
  }

  /** The bytes of a file a peer sent, fetched from it by signed GET, checked, stored here. */
  protected async remoteFile(origin: string, meta: FileMeta, uploader: UserRef): Promise<FileDto> {
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
