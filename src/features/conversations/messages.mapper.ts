// Message rows → the neutral view stored in events → the API object a viewer gets. One place.
import { toFileDto, type FileDto } from '../files/files.mapper.js';
import { viewRef, type ConversationRef } from './conversation-ref.js';
import { avatarUrl } from '../users/users.mapper.js';
import type { FileRecord } from '../files/files.repository.js';

/** How much of the quoted message a reply shows. */
export const QUOTE_PREVIEW_CHARS = 200;

/** The message a reply answers, as the reply shows it. */
export interface QuoteView {
  id: string;
  sender: string;
  senderName: string;
  /** The first 200 characters of its text; null once deleted or when it is only a file. */
  preview: string | null;
  hasFile: boolean;
  deleted: boolean;
}

/** As stored in event payloads: DM refs not yet mapped to a viewer. */
export interface MessageView {
  id: string;
  conversation: ConversationRef;
  seq: number;
  sender: string;
  senderName: string;
  senderAvatarUrl: string | null;
  text: string | null;
  file: FileDto | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  replyTo: QuoteView | null;
  /** The thread root's id, for a reply (a root itself has null). */
  threadId: string | null;
  /** On a thread root: how many replies, and when the last one came. */
  replyCount: number;
  lastReplyAt: string | null;
  pinnedAt: string | null;
  /** Users the text mentions who can read it, as this realm writes their handles. */
  mentions: string[];
}

/** Reactions to one message as one viewer sees them: counts, and whether they reacted. */
export interface ReactionDto {
  emoji: string;
  count: number;
  me: boolean;
}

export interface MessageDto extends Omit<MessageView, 'conversation'> {
  conversation: string;
  reactions: ReactionDto[];
}

export interface QuotedRow {
  id: string;
  text: string | null;
  fileId: string | null;
  deletedAt: Date | null;
  sender: { handle: string; displayName: string };
}

export interface MessageRow {
  id: string;
  seq: number;
  text: string | null;
  file: FileRecord | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  sender: { handle: string; displayName: string; avatarSha256?: string | null };
  replyToId: string | null;
  threadId: string | null;
  replyCount: number;
  lastReplyAt: Date | null;
  pinnedAt: Date | null;
  /** JSON array of handles, or null. */
  mentions: string | null;
  /** The message replyToId names (repositories attach it); null if it is not there. */
  quoted?: QuotedRow | null;
}

/** A message row with what its view needs: its conversation, sender and file (repositories read it). */
export interface MessageWithContext extends MessageRow {
  conversationId: number;
  senderId: number;
  clientTxnId: string | null;
  /** Who pinned it (read with the row; absent where a write returned the row). */
  pinnedById?: number | null;
}

export function toQuoteView(q: QuotedRow): QuoteView {
  const deleted = q.deletedAt !== null;
  return {
    id: q.id,
    sender: q.sender.handle,
    senderName: q.sender.displayName,
    preview: deleted || q.text === null ? null : [...q.text].slice(0, QUOTE_PREVIEW_CHARS).join(''),
    hasFile: !deleted && q.fileId !== null,
    deleted,
  };
}

/** A reply whose original is not on this realm (a peer's reference it never sent us). */
const missingQuote = (id: string): QuoteView => ({ id, sender: '', senderName: '', preview: null, hasFile: false, deleted: true });

export function toMessageView(row: MessageRow, conversation: ConversationRef): MessageView {
  return {
    id: row.id,
    conversation,
    seq: row.seq,
    sender: row.sender.handle,
    senderName: row.sender.displayName,
    senderAvatarUrl: avatarUrl(row.sender.avatarSha256),
    // A deleted message is a tombstone: its place in history stays, its content does not.
    text: row.deletedAt ? null : row.text,
    file: row.deletedAt || !row.file ? null : toFileDto(row.file),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt ? row.editedAt.toISOString() : null,
    deleted: row.deletedAt !== null,
    replyTo: row.replyToId ? (row.quoted ? toQuoteView(row.quoted) : missingQuote(row.replyToId)) : null,
    threadId: row.threadId,
    replyCount: row.replyCount,
    lastReplyAt: row.lastReplyAt ? row.lastReplyAt.toISOString() : null,
    pinnedAt: row.pinnedAt ? row.pinnedAt.toISOString() : null,
    // Mentions go with the content when the message is deleted.
    mentions: row.mentions && !row.deletedAt ? (JSON.parse(row.mentions) as string[]) : [],
  };
}

export function toMessageDto(view: MessageView, viewer: string, reactions: ReactionDto[] = []): MessageDto {
  return { ...view, conversation: viewRef(view.conversation, viewer), reactions };
}
