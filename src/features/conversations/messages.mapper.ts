// Message rows → the neutral view stored in events → the API object a viewer gets. One place.
import { toFileDto, type FileDto } from '../files/files.mapper.js';
import type { FileRecord } from '../files/files.repository.js';
import { viewRef, type ConversationRef } from './conversation-ref.js';

/** As stored in event payloads: DM refs not yet mapped to a viewer. */
export interface MessageView {
  id: string;
  conversation: ConversationRef;
  seq: number;
  sender: string;
  senderName: string;
  text: string | null;
  file: FileDto | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

export interface MessageDto extends Omit<MessageView, 'conversation'> {
  conversation: string;
}

export interface MessageRow {
  id: string;
  seq: number;
  text: string | null;
  file: FileRecord | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  sender: { handle: string; displayName: string };
}

export function toMessageView(row: MessageRow, conversation: ConversationRef): MessageView {
  return {
    id: row.id,
    conversation,
    seq: row.seq,
    sender: row.sender.handle,
    senderName: row.sender.displayName,
    // A deleted message is a tombstone: its place in history stays, its content does not.
    text: row.deletedAt ? null : row.text,
    file: row.deletedAt || !row.file ? null : toFileDto(row.file),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt ? row.editedAt.toISOString() : null,
    deleted: row.deletedAt !== null,
  };
}

export function toMessageDto(view: MessageView, viewer: string): MessageDto {
  return { ...view, conversation: viewRef(view.conversation, viewer) };
}
