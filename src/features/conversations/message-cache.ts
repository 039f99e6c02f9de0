// Rendered messages, kept between requests. Reading a page of messages used to mean reading every column
// of every row, joined with its sender, file and quote, mapping it to the API object and encoding it — two
// milliseconds for 50 messages, most of it turning SQL values into JavaScript ones (docs/performance.md,
// "Reads"). Now a page reads only each message's stamp (id, version, its quote's version, when its
// sender's and the quoted sender's profiles last changed); messages whose stamp is the one they were
// rendered with come from here, already encoded, and only the others are read and rendered.
//
// Why no invalidation is needed, on one instance or many: the stamp is read from the database on every
// request, and everything a rendering shows moves it — an edit, the delete, a pin, a reply in its thread
// and a reaction bump the message's version (in the same transaction), the quoted message's version
// covers its preview, User.updatedAt covers names and avatars, and a file never changes. A rendering is
// read after its stamp, so it is never older than the stamp it is kept under.
import { memoJson } from '../../shared/json-memo.js';
import { LruCache } from '../../shared/lru.js';
import { viewRef, type ConversationRef } from './conversation-ref.js';
import { toMessageView, type MessageDto, type MessageView, type MessageWithContext, type ReactionDto } from './messages.mapper.js';
import type { MessagesRepository } from './messages.repository.js';
import type { MessageStamp } from './messages.statements.js';
import type { Reactors, ReactionsRepository } from './reactions.repository.js';

export interface RenderedMessage {
  readonly row: MessageWithContext;
  /** The view as stored in events: a DM's conversation not yet mapped to a viewer. */
  readonly view: MessageView;
  /** The view's fields after "conversation", encoded, without braces ("seq": … "mentions": […]). */
  readonly tail: string;
  readonly reactions: readonly Reactors[];
  /**
   * The viewer's objects made so far, by what makes them differ: the conversation as the viewer names
   * it (a DM's other side) and the emoji they reacted with. Most viewers of a message share one.
   */
  readonly variants: Map<string, MessageDto>;
}

const stampKey = (s: MessageStamp) => `${s.version}/${s.quoteVersion ?? ''}/${time(s.senderStamp)}/${time(s.quoteSenderStamp)}`;
const time = (t: string | Date | null) => (t instanceof Date ? t.getTime() : (t ?? ''));

/** Renderings kept: about 2 KB each, so ~40 MB at most. */
const CAPACITY = 20_000;

export class MessageCache {
  private readonly entries = new LruCache<string, { key: string; rendered: RenderedMessage }>(CAPACITY);

  constructor(
    private readonly messages: MessagesRepository,
    private readonly reactions: ReactionsRepository,
  ) {}

  /**
   * The renderings of the stamped messages, in the stamps' order (a message gone since is left out).
   * `refsOf` names the conversations of the messages that must be rendered.
   */
  async render(stamps: readonly MessageStamp[], refsOf: (conversationIds: number[]) => Promise<Map<number, ConversationRef>>): Promise<RenderedMessage[]> {
    const out: Array<RenderedMessage | undefined> = new Array(stamps.length);
    const missing: number[] = [];
    stamps.forEach((stamp, i) => {
      const hit = this.entries.get(stamp.id);
      if (hit && hit.key === stampKey(stamp)) out[i] = hit.rendered;
      else missing.push(i);
    });
    if (missing.length > 0) {
      const ids = missing.map((i) => stamps[i]!.id);
      const [rows, reactors] = await Promise.all([this.messages.findManyByIds(ids), this.reactions.reactors(ids)]);
      const refs = await refsOf([...new Set(rows.map((r) => r.conversationId))]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const i of missing) {
        const stamp = stamps[i]!;
        const row = byId.get(stamp.id);
        const ref = row && refs.get(row.conversationId);
        if (!row || !ref) continue;
        const rendered = renderOf(row, ref, reactors.get(row.id) ?? []);
        this.entries.set(stamp.id, { key: stampKey(stamp), rendered });
        out[i] = rendered;
      }
    }
    return out.filter((r): r is RenderedMessage => r !== undefined);
  }
}

function renderOf(row: MessageWithContext, ref: ConversationRef, reactions: readonly Reactors[]): RenderedMessage {
  const view = toMessageView(row, ref);
  const { id: _id, conversation: _conversation, ...rest } = view;
  return { row, view, tail: JSON.stringify(rest).slice(1, -1), reactions, variants: new Map() };
}

/** Variants kept per message: beyond this (a message many reacted to, seen by many), they are made anew. */
const MAX_VARIANTS = 8;

/**
 * The message as `viewer` gets it (their DM ref, whether they reacted), with its encoding kept. The
 * object is shared by every response that shows the same variant: callers must not change it.
 */
export function dtoFor(rendered: RenderedMessage, viewer: { userId: number; handle: string }): MessageDto {
  const conversation = viewRef(rendered.view.conversation, viewer.handle);
  let key = conversation;
  for (const r of rendered.reactions) if (r.users.includes(viewer.userId)) key += `\u0000${r.emoji}`;
  const known = rendered.variants.get(key);
  if (known) return known;
  const dto = variant(rendered, viewer.userId, conversation);
  if (rendered.variants.size < MAX_VARIANTS) rendered.variants.set(key, dto);
  // Shared: frozen, so a caller that changed it would fail loudly instead of showing its change to others.
  return Object.freeze(dto);
}

function variant(rendered: RenderedMessage, viewerId: number, conversation: string): MessageDto {
  const reactions: ReactionDto[] = rendered.reactions.map((r) => ({ emoji: r.emoji, count: r.users.length, me: r.users.includes(viewerId) }));
  const dto: MessageDto = { ...rendered.view, conversation, reactions };
  const json = `{"id":${JSON.stringify(dto.id)},"conversation":${JSON.stringify(conversation)},${rendered.tail},"reactions":${reactions.length === 0 ? '[]' : JSON.stringify(reactions)}}`;
  return memoJson(dto, json);
}
