-- CreateTable
CREATE TABLE "RealmPeer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastSuccessAt" DATETIME,
    "lastErrorAt" DATETIME,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "destination" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "senderId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "txnId" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    CONSTRAINT "OutboxEvent_destination_fkey" FOREIGN KEY ("destination") REFERENCES "RealmPeer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceivedTxn" (
    "origin" TEXT NOT NULL,
    "txnId" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("origin", "txnId")
);

-- CreateTable
CREATE TABLE "AppliedEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "origin" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SeenNonce" (
    "origin" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("origin", "nonce")
);

-- CreateIndex
CREATE INDEX "OutboxEvent_destination_status_id_idx" ON "OutboxEvent"("destination", "status", "id");

-- CreateIndex
CREATE INDEX "OutboxEvent_destination_txnId_idx" ON "OutboxEvent"("destination", "txnId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_destination_eventId_key" ON "OutboxEvent"("destination", "eventId");

-- CreateIndex
CREATE INDEX "SeenNonce_createdAt_idx" ON "SeenNonce"("createdAt");

