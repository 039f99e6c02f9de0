// GET /search: messages I can read that match every word of a query, best first, with a snippet of
// each; and, on the first page of a search over everything, the users and groups whose names match.
// Who can read what is decided inside the index query (memberships as of that moment), so a search
// never returns a message of a conversation I am not a member of.
import { createHash } from 'node:crypto';
import type { ConversationAccess } from '../conversations/conversation-access.js';
import { parseConversationId } from '../conversations/conversation-ref.js';
import type { GroupDto, GroupsService } from '../conversations/groups.service.js';
import type { MessageDto } from '../conversations/messages.mapper.js';
import type { MessagesService } from '../conversations/messages.service.js';
import { AppError, badRequest, invalid } from '../../shared/errors.js';
import { MAX_QUERY_TERMS, queryTerms, snippet, type QueryTerm, type Snippet } from '../../shared/search-text.js';
import { handleOf, parseAddress } from '../../shared/addresses.js';
import type { UserDto } from '../users/users.mapper.js';
import type { UsersService } from '../users/users.service.js';
import type { UserLookup } from '../users/user-lookup.js';
import type { AuthContext } from '../users/sessions.service.js';
import type { SearchIndex } from './search-index.js';
import type { SearchIndexer } from './search-indexer.js';

/** Results are ranked, so a page is an offset into the ranking; deeper than this is not offered. */
export const MAX_SEARCH_DEPTH = 1000;
/** Users and groups shown beside the first page. */
const NAME_MATCHES = 5;

export interface SearchQuery {
  q: string;
  conversation?: string | undefined;
  from?: string | undefined;
  after?: string | undefined;
  before?: string | undefined;
  /** "users", "groups" or both, comma-separated (the route checked). */
  include?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

export interface SearchResultDto {
  message: MessageDto;
  snippet: Snippet['text'];
  highlights: Snippet['highlights'];
  score: number;
}

export interface SearchResponse {
  results: SearchResultDto[];
  next: string | null;
  users: UserDto[];
  groups: GroupDto[];
  indexComplete: boolean;
}

const unavailable = () => new AppError('unavailable', 'Search is switched off on this realm (SEARCH=off)');

export class SearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly indexer: SearchIndexer,
    private readonly enabled: boolean,
    private readonly access: ConversationAccess,
    private readonly messages: MessagesService,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly lookup: UserLookup,
    private readonly realmId: () => string,
  ) {}

  async search(actor: AuthContext, query: SearchQuery): Promise<SearchResponse> {
    if (!this.enabled) throw unavailable();
    const terms = queryTerms(query.q);
    if (terms.length === 0) throw invalid('q', 'must contain a letter or a digit');
    if (terms.length > MAX_QUERY_TERMS) throw invalid('q', `at most ${MAX_QUERY_TERMS} words`);
    const fingerprint = this.fingerprint(terms, query);
    const offset = query.cursor === undefined ? 0 : parseCursor(query.cursor, fingerprint);
    const after = query.after === undefined ? undefined : new Date(query.after);
    const before = query.before === undefined ? undefined : new Date(query.before);
    const empty = { results: [], next: null, users: [], groups: [], indexComplete: this.indexer.ready };
    // A conversation filter must name one I read: the same 403/404 as reading its history.
    const conversationId = query.conversation === undefined ? undefined : (await this.access.byParsedId(actor, parseConversationId(query.conversation))).id;
    let senderId: number | undefined;
    if (query.from !== undefined) {
      const sender = await this.lookup.byHandle(handleOf(parseAddress(query.from, this.realmId(), 'from')));
      // Nobody by that name has written here: nothing of theirs can match.
      if (!sender) return empty;
      senderId = sender.id;
    }
    const hits = await this.index.search({
      userId: actor.userId,
      terms,
      conversationId,
      senderId,
      after,
      before,
      offset,
      limit: query.limit + 1,
    });
    const shown = hits.slice(0, query.limit);
    const conversations = new Map(shown.map((h) => [h.conversation.id, h.conversation]));
    const dtos = new Map(
      (
        await this.messages.dtosOf(
          actor,
          shown.map((h) => h.message),
          [...conversations.values()],
          new Set(shown.filter((h) => h.reacted).map((h) => h.message.id)),
        )
      ).map((m) => [m.id, m]),
    );
    const results = shown.flatMap((hit): SearchResultDto[] => {
      const message = dtos.get(hit.message.id);
      if (!message || message.text === null) return [];
      const { text, highlights } = snippet(message.text, terms);
      return [{ message, snippet: text, highlights, score: Number(hit.score) }];
    });
    const nextOffset = offset + query.limit;
    const next = hits.length > query.limit && nextOffset < MAX_SEARCH_DEPTH ? `${nextOffset}.${fingerprint}` : null;
    const include = new Set(query.include?.split(',') ?? []);
    const names =
      offset === 0 && conversationId === undefined && senderId === undefined
        ? await this.names(actor, query.q, include.has('users'), include.has('groups'))
        : { users: [], groups: [] };
    return { results, next, ...names, indexComplete: this.indexer.ready };
  }

  /** Users and groups (mine, and public ones) whose names contain the query. */
  private async names(actor: AuthContext, q: string, withUsers: boolean, withGroups: boolean): Promise<{ users: UserDto[]; groups: GroupDto[] }> {
    const name = q.trim().slice(0, 64);
    const users = withUsers ? (await this.users.search(name, undefined, NAME_MATCHES)).users : [];
    if (!withGroups) return { users, groups: [] };
    const [mine, open] = await Promise.all([
      this.groups.list(actor, { mine: true, q: name, limit: NAME_MATCHES }),
      this.groups.list(actor, { mine: false, q: name, limit: NAME_MATCHES }),
    ]);
    const groups = new Map([...mine.groups, ...open.groups].map((g) => [g.name, g]));
    return { users, groups: [...groups.values()].slice(0, NAME_MATCHES) };
  }

  /** Ties a cursor to its search: a cursor of another query or filter would page through the wrong ranking. */
  private fingerprint(terms: readonly QueryTerm[], q: SearchQuery): string {
    const key = JSON.stringify([terms, q.conversation, q.from, q.after, q.before, q.limit]);
    return createHash('sha256').update(key).digest('base64url').slice(0, 12);
  }
}

function parseCursor(cursor: string, fingerprint: string): number {
  const match = /^(\d{1,4})\.([\w-]{12})$/.exec(cursor);
  if (!match) throw invalid('cursor', 'must be the next value of a previous page');
  if (match[2] !== fingerprint) throw badRequest('This cursor belongs to another search: repeat the query and filters of the page it came from');
  const offset = Number(match[1]);
  if (offset >= MAX_SEARCH_DEPTH) throw invalid('cursor', 'must be the next value of a previous page');
  return offset;
}
