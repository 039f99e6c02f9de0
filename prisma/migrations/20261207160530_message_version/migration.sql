-- A change counter per message (see prisma/schema.prisma). ADD COLUMN with a constant default is
-- instant in SQLite: no table rebuild for a realm with millions of messages.
ALTER TABLE "Message" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;
