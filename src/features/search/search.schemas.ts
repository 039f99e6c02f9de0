// Request/response schemas of GET /search.
import { z } from 'zod';
import { ConversationIdDoc, GroupSchema, MESSAGE_EXAMPLE, MessageSchema } from '../conversations/conversations.schemas.js';
import { limitQuery } from '../../shared/schemas.js';
import { MAX_QUERY_TERMS, PREFIX_FROM } from '../../shared/search-text.js';
import { UserSchema } from '../users/users.schemas.js';

const when = z.iso.datetime({ offset: true });

export const SearchQuerySchema = z.strictObject({
  q: z
    .string()
    .min(1)
    .max(200)
    .describe(
      `Words to find, all of them (at most ${MAX_QUERY_TERMS}). Case and diacritics do not matter; the last word, from ${PREFIX_FROM} letters on, also finds the words it begins ("makan" finds "makanan")`,
    ),
  conversation: z.string().max(300).optional().describe(`Only this conversation: ${ConversationIdDoc}`),
  from: z.string().max(300).optional().describe('Only messages sent by this user (username or user@realm)'),
  after: when.optional().describe('Only messages sent after this time'),
  before: when.optional().describe('Only messages sent before this time'),
  include: z
    .string()
    .regex(/^(users|groups)(,(users|groups))?$/, 'must be "users", "groups" or "users,groups"')
    .optional()
    .describe('Also list users and/or groups whose name contains q (first page of a search over everything only)'),
  cursor: z.string().max(64).optional().describe('The next value of the previous page (same q and filters)'),
  limit: limitQuery(50, 20),
});

const SearchResultSchema = z
  .object({
    message: MessageSchema,
    snippet: z.string().describe('The matching part of the text: all of it when short, else a window around the first match with "…" where text was left out'),
    highlights: z
      .array(z.array(z.number().int()).length(2))
      .describe('The matched words in `snippet`: [start, end) offsets in UTF-16 code units (JavaScript string indexes)'),
    score: z.number().describe('Relevance; higher is better; comparable only within one search'),
  })
  .meta({
    id: 'SearchResult',
    examples: [{ message: MESSAGE_EXAMPLE, snippet: 'Selamat pagi! Rapat jam 10?', highlights: [[14, 19]], score: 1.2 }],
  });

export const SearchResponseSchema = z.object({
  results: z.array(SearchResultSchema).describe('Best first'),
  next: z.string().nullable().describe('Cursor of the next page; null at the end (or 1,000 results deep)'),
  users: z.array(UserSchema).describe('With include=users, on the first page of a search over everything: users whose name contains q'),
  groups: z.array(GroupSchema).describe('With include=groups, on the first page of a search over everything: my groups and public ones whose name contains q'),
  indexComplete: z.boolean().describe('false while the server is still indexing older messages (after an upgrade or SEARCH=off): they may be missing'),
});
