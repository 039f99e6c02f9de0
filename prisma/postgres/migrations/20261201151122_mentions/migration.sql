-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "mentions" TEXT;

-- CreateTable
CREATE TABLE "Mention" (
    "messageId" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("messageId","userId")
);

-- CreateIndex
CREATE INDEX "Mention_userId_messageId_idx" ON "Mention"("userId", "messageId");

-- CreateIndex
CREATE INDEX "Mention_conversationId_userId_seq_idx" ON "Mention"("conversationId", "userId", "seq");

