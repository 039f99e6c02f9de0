-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector");


-- Written by hand (data, not schema): a realm without messages has nothing to index, so its index is
-- complete. One with messages is rebuilt by the server in the background (features/search).
INSERT INTO "RealmSetting" ("key", "value", "updatedAt")
SELECT 'search.index', 'ready', now() WHERE NOT EXISTS (SELECT 1 FROM "Message");
