// Request/response schemas of the conversations API (DMs, groups, messages, read state, inbox).
import { z } from 'zod';
import { isoDate, limitQuery, seqCursor } from '../../shared/schemas.js';
import { DOC_RULES } from '../../shared/text.js';
import { FileSchema } from '../files/files.schemas.js';

export const MESSAGE_EXAMPLE = {
  id: '01JF0Q8W6D7R5TZ3K9X2M4N8PB',
  conversation: 'dm:bob',
  seq: 42,
  sender: 'alice',
  senderName: 'Alice Wijaya',
  senderAvatarUrl: '/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  text: 'Selamat pagi! Rapat jam 10?',
  file: null,
  createdAt: '2026-12-01T09:30:00.000Z',
  editedAt: null,
  deleted: false,
  replyTo: null,
  threadId: null,
  replyCount: 3,
  lastReplyAt: '2026-12-01T09:42:00.000Z',
  pinnedAt: null,
  reactions: [{ emoji: '👍', count: 2, me: true }],
  mentions: [],
};

export const ConversationIdDoc = '"dm:<username>" or "group:<name>"';

export const QuoteSchema = z
  .object({
    id: z.string(),
    sender: z.string(),
    senderName: z.string(),
    preview: z.string().nullable().describe('The first 200 characters of its text; null once deleted or when it is only a file'),
    hasFile: z.boolean(),
    deleted: z.boolean(),
  })
  .meta({
    id: 'Quote',
    examples: [
      { id: '01JF0Q8W6D7R5TZ3K9X2M4N8PB', sender: 'alice', senderName: 'Alice Wijaya', preview: 'Selamat pagi! Rapat jam 10?', hasFile: false, deleted: false },
    ],
  });

export const ReactionSchema = z
  .object({ emoji: z.string(), count: z.number().int().min(1), me: z.boolean().describe('Whether I reacted with it') })
  .meta({ id: 'Reaction', examples: [{ emoji: '👍', count: 2, me: true }] });

export const MessageSchema = z
  .object({
    id: z.string().describe('Globally unique message id (ULID)'),
    conversation: z.string().describe(ConversationIdDoc),
    seq: z.number().int().describe('Position in the conversation, strictly increasing'),
    sender: z.string(),
    senderName: z.string().describe('The sender’s display name when sent'),
    senderAvatarUrl: z.string().nullable().describe('The sender’s avatar (as it is now); null when none'),
    text: z.string().nullable().describe('null when the message has only a file, or once deleted'),
    file: FileSchema.nullable().describe('The attached file (download: GET /files/{id})'),
    createdAt: isoDate(),
    editedAt: isoDate().nullable(),
    deleted: z.boolean(),
    replyTo: QuoteSchema.nullable().describe('For a reply: the message it answers'),
    threadId: z.string().nullable().describe('For a reply: the first message of its thread (GET /messages/{threadId}/thread)'),
    replyCount: z.number().int().describe('On a thread’s first message: how many replies it has'),
    lastReplyAt: isoDate().nullable(),
    pinnedAt: isoDate().nullable().describe('When it was pinned in its conversation; null if not'),
    reactions: z.array(ReactionSchema).describe('Each emoji with its count and whether I reacted (first used first)'),
    mentions: z.array(z.string()).describe('Users the text mentions (@name, @name@realm, @all) who can read it'),
  })
  .meta({ id: 'Message', examples: [MESSAGE_EXAMPLE] });

// The size bound only; the exact rule (after trimming, in code points) is normalizeMessageText's.
const TextField = z.string().max(40_000).meta(DOC_RULES.messageText).describe('1–10,000 characters after trimming; no control characters but newline and tab');

export const SendBody = z
  .strictObject({
    text: TextField.optional(),
    fileId: z.string().min(1).max(64).optional().describe('A file from POST /files (yours, or one you can read)'),
    replyTo: z.string().min(1).max(64).optional().describe('Answer this message (of the same conversation): the reply quotes it and joins its thread'),
  })
  .describe('Text, a file, or both')
  .meta({ examples: [{ text: 'Selamat pagi! Rapat jam 10?' }] });

export const EditBody = z.strictObject({ text: TextField }).meta({ examples: [{ text: 'Selamat pagi! Rapat jam 11.' }] });

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
    createdAt: isoDate(),
    myRole: RoleSchema.nullable(),
    homeRealm: z.string().nullable().describe('For a group of another realm ("team@realm-b"): that realm'),
  })
  .meta({
    id: 'Group',
    examples: [
      {
        name: 'surabaya',
        description: 'Kabar dari Surabaya',
        visibility: 'public',
        memberCount: 12,
        createdAt: '2026-12-01T09:30:00.000Z',
        myRole: 'member',
        homeRealm: null,
      },
    ],
  });

export const MemberSchema = z
  .object({ username: z.string(), displayName: z.string(), role: RoleSchema, joinedAt: isoDate() })
  .meta({ id: 'Member', examples: [{ username: 'bob', displayName: 'Bob Santoso', role: 'member', joinedAt: '2026-12-01T09:30:00.000Z' }] });

export const GroupParams = z.strictObject({ name: z.string().min(1).max(300) });
export const GroupMemberParams = z.strictObject({ name: z.string().min(1).max(300), username: z.string().min(1).max(300) });

export const CreateGroupBody = z
  .strictObject({
    name: z.string().max(128).meta(DOC_RULES.groupName).describe('1–64 characters of a-z 0-9 _ . - (case-insensitive)'),
    description: z.string().max(4000).meta(DOC_RULES.groupDescription).optional().describe('Up to 1,000 characters'),
    visibility: VisibilitySchema.optional().describe('public (anyone may join) or invite (default public)'),
  })
  .meta({ examples: [{ name: 'surabaya', description: 'Kabar dari Surabaya', visibility: 'public' }] });

export const UpdateGroupBody = z
  .strictObject({
    description: z.string().max(4000).meta(DOC_RULES.groupDescription).optional(),
    visibility: VisibilitySchema.optional(),
  })
  .meta({ examples: [{ description: 'Kabar dan rapat', visibility: 'invite' }] });

export const ListGroupsQuery = z.strictObject({
  mine: z.enum(['true', 'false']).default('true').describe('true: my groups; false: public groups to browse'),
  invited: z.enum(['true', 'false']).default('false').describe('true: the groups I am invited to (waiting for me to join), whatever `mine` says'),
  q: z.string().max(64).optional(),
  after: z.string().max(128).optional().describe('Cursor: the last group name of the previous page'),
  limit: limitQuery(200, 50),
});

export const AddMemberBody = z
  .strictObject({ username: z.string().min(1).max(300).describe('A user of this realm, or user@realm') })
  .meta({ examples: [{ username: 'bob' }] });
export const SetRoleBody = z.strictObject({ role: z.enum(['owner', 'admin', 'member']) }).meta({ examples: [{ role: 'admin' }] });

export const ConversationSchema = z
  .object({
    id: z.string().describe(ConversationIdDoc),
    type: z.enum(['dm', 'group']),
    title: z.string(),
    lastSeq: z.number().int(),
    lastReadSeq: z.number().int(),
    unread: z.number().int(),
    mentions: z.number().int().describe('Unread messages that mention me'),
    lastMessage: MessageSchema.nullable(),
    lastActivityAt: isoDate(),
  })
  .meta({
    id: 'Conversation',
    examples: [
      {
        id: 'dm:bob',
        type: 'dm',
        title: 'Bob Santoso',
        lastSeq: 42,
        lastReadSeq: 40,
        unread: 2,
        mentions: 1,
        lastMessage: MESSAGE_EXAMPLE,
        lastActivityAt: '2026-12-01T09:30:00.000Z',
      },
    ],
  });

export const ConversationParams = z.strictObject({ id: z.string().min(1).max(300).describe(ConversationIdDoc) });
export const ReadBody = z.strictObject({ upToSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }).meta({ examples: [{ upToSeq: 42 }] });

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
