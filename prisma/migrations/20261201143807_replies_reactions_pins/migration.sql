-- Written by hand from `npm run db:diff` output: the columns are added in place (ALTER TABLE ADD
-- COLUMN, in the order Prisma's table rebuild would give them) instead of copying every message
-- into a new table, so a large realm migrates in moments.

-- CreateTable
CREATE TABLE "Reaction" (
    "messageId" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "emoji" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("messageId", "userId", "emoji"),
    CONSTRAINT "Reaction_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "replyToId" TEXT;
ALTER TABLE "Message" ADD COLUMN "threadId" TEXT;
ALTER TABLE "Message" ADD COLUMN "replyCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Message" ADD COLUMN "lastReplyAt" DATETIME;
ALTER TABLE "Message" ADD COLUMN "pinnedAt" DATETIME;
ALTER TABLE "Message" ADD COLUMN "pinnedById" INTEGER;

-- CreateIndex
CREATE INDEX "Message_threadId_seq_idx" ON "Message"("threadId", "seq");
CREATE INDEX "Message_conversationId_pinnedAt_idx" ON "Message"("conversationId", "pinnedAt");
