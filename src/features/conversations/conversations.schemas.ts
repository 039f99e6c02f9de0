// Request/response schemas of the conversations API (DMs, groups, messages, read state, inbox).
import { z } from 'zod';
import { limitQuery, seqCursor } from '../../shared/schemas.js';
import { FileSchema } from '../files/files.schemas.js';

export const ConversationIdDoc = '"dm:<username>" or "group:<name>"';

export const MessageSchema = z
  .object({
    id: z.string().describe('Globally unique message id (ULID)'),
    conversation: z.string().describe(ConversationIdDoc),
    seq: z.number().int().describe('Position in the conversation, strictly increasing'),
    sender: z.string(),
    senderName: z.string().describe('The sender’s display name when sent'),
    text: z.string().nullable().describe('null when the message has only a file, or once deleted'),
    file: FileSchema.nullable().describe('The attached file (download: GET /files/{id})'),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deleted: z.boolean(),
  })
  .meta({ id: 'Message' });

const TextField = z.string().max(40_000).describe('1–10,000 characters after trimming; no control characters but newline and tab');

export const SendBody = z
  .strictObject({
    text: TextField.optional(),
    fileId: z.string().min(1).max(64).optional().describe('A file from POST /files (yours, or one you can read)'),
  })
  .describe('Text, a file, or both');

export const EditBody = z.strictObject({ text: TextField });

export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .max(256)
    .optional()
    .describe(
      'Retry-safe sends: the same key from the same user with the same body returns the first message (200); with a different body, 422 idempotency_key_reused',
    ),
});

export const HistoryQuery = z.strictObject({
  before: seqCursor.optional().describe('Only messages with seq < before (newest first)'),
  after: seqCursor.optional().describe('Only messages with seq > after, oldest first'),
  limit: limitQuery(200, 50),
});

export const HistorySchema = z.object({
  messages: z.array(MessageSchema),
  hasMore: z.boolean().describe('More messages exist beyond this page'),
});

export const RoleSchema = z.enum(['owner', 'admin', 'member', 'invited']);
export const VisibilitySchema = z.enum(['public', 'invite']);

export const GroupSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    visibility: VisibilitySchema,
    memberCount: z.number().int(),
    createdAt: z.string(),
    myRole: RoleSchema.nullable(),
    homeRealm: z.string().nullable().describe('For a group of another realm ("team@realm-b"): that realm'),
  })
  .meta({ id: 'Group' });

export const MemberSchema = z.object({ username: z.string(), displayName: z.string(), role: RoleSchema, joinedAt: z.string() }).meta({ id: 'Member' });

export const GroupParams = z.strictObject({ name: z.string().min(1).max(300) });
export const GroupMemberParams = z.strictObject({ name: z.string().min(1).max(300), username: z.string().min(1).max(300) });

export const CreateGroupBody = z.strictObject({
  name: z.string().max(128).describe('1–64 characters of a-z 0-9 _ . - (case-insensitive)'),
  description: z.string().max(4000).optional().describe('Up to 1,000 characters'),
  visibility: VisibilitySchema.optional().describe('public (anyone may join) or invite (default public)'),
});

export const UpdateGroupBody = z.strictObject({
  description: z.string().max(4000).optional(),
  visibility: VisibilitySchema.optional(),
});

export const ListGroupsQuery = z.strictObject({
  mine: z.enum(['true', 'false']).default('true').describe('true: my groups; false: public groups to browse'),
  q: z.string().max(64).optional(),
  after: z.string().max(128).optional().describe('Cursor: the last group name of the previous page'),
  limit: limitQuery(200, 50),
});

export const AddMemberBody = z.strictObject({ username: z.string().min(1).max(300) });
export const SetRoleBody = z.strictObject({ role: z.enum(['owner', 'admin', 'member']) });

export const ConversationSchema = z
  .object({
    id: z.string().describe(ConversationIdDoc),
    type: z.enum(['dm', 'group']),
    title: z.string(),
    lastSeq: z.number().int(),
    lastReadSeq: z.number().int(),
    unread: z.number().int(),
    lastMessage: MessageSchema.nullable(),
    lastActivityAt: z.string(),
  })
  .meta({ id: 'Conversation' });

export const ConversationParams = z.strictObject({ id: z.string().min(1).max(300).describe(ConversationIdDoc) });
export const ReadBody = z.strictObject({ upToSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

export const InboxSchema = z.object({
  conversations: z.array(
    z.object({
      conversation: z.string(),
      type: z.enum(['dm', 'group']),
      unread: z.number().int().describe('All unread messages; `messages` holds at most 100 of them'),
      messages: z.array(MessageSchema),
    }),
  ),
});

export const MessageParams = z.strictObject({ id: z.string().min(1).max(64) });
