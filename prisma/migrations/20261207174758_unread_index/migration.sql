-- CreateIndex
CREATE INDEX "Message_conversationId_seq_senderId_deletedAt_idx" ON "Message"("conversationId", "seq", "senderId", "deletedAt");

