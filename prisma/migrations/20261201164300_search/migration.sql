-- Full-text search over message text (src/features/search). Written by hand: Prisma cannot describe
-- an FTS5 virtual table, so it is not in schema.prisma.
-- Contentless: the index keeps only the folded words (src/shared/search-text.ts); the text itself
-- stays in "Message". contentless_delete lets edits and deletes take a message's words out again.
-- detail=column: no word positions (queries are words, never phrases), so a smaller index that is
-- quicker to write and to intersect; bm25 then ranks by rarity and length, not repetition.
-- rowid = "conversationId" << 32 | "seq": stable (a plain Message rowid may change on VACUUM), it
-- names the message through the (conversationId, seq) unique index, and one conversation's messages
-- are one rowid range.
-- Messages already stored are indexed by the server at its next start (the search indexer).
CREATE VIRTUAL TABLE "MessageSearch" USING fts5(body, content='', contentless_delete=1, detail=column, tokenize='unicode61 remove_diacritics 2');

-- A realm without messages has nothing to index: its (empty) index is complete. One with messages is
-- rebuilt by the server in the background.
INSERT INTO "RealmSetting" ("key", "value", "updatedAt")
SELECT 'search.index', 'ready', strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now') WHERE NOT EXISTS (SELECT 1 FROM "Message");
