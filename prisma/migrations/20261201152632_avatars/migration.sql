-- AlterTable
ALTER TABLE "User" ADD COLUMN "avatarSha256" TEXT;
ALTER TABLE "User" ADD COLUMN "avatarType" TEXT;

-- CreateIndex
CREATE INDEX "User_avatarSha256_idx" ON "User"("avatarSha256");

