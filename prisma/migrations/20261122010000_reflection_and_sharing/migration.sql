-- CreateEnum
CREATE TYPE "LifeEventCategory" AS ENUM ('WORK', 'RELATIONSHIP', 'HEALTH', 'LOSS', 'MOVE', 'OTHER');

-- CreateEnum
CREATE TYPE "ShareMode" AS ENUM ('SNAPSHOT', 'LIVE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "flareBeganOn" DATE,
ADD COLUMN     "painBeganOn" DATE;

-- CreateTable
CREATE TABLE "LifeEvent" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "category" "LifeEventCategory" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LifeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "promptKey" TEXT NOT NULL,
    "promptText" TEXT NOT NULL,
    "evidence" JSONB,
    "answer" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PegResponse" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "pain" INTEGER NOT NULL,
    "enjoyment" INTEGER NOT NULL,
    "activity" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PegResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT,
    "mode" "ShareMode" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "options" JSONB NOT NULL,
    "snapshot" JSONB,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareAccess" (
    "id" UUID NOT NULL,
    "shareLinkId" UUID NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,

    CONSTRAINT "ShareAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LifeEvent_userId_date_title_key" ON "LifeEvent"("userId", "date", "title");

-- CreateIndex
CREATE INDEX "Reflection_userId_weekStart_idx" ON "Reflection"("userId", "weekStart");

-- CreateIndex
CREATE UNIQUE INDEX "Reflection_userId_promptKey_createdAt_key" ON "Reflection"("userId", "promptKey", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PegResponse_userId_date_key" ON "PegResponse"("userId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_userId_idx" ON "ShareLink"("userId");

-- CreateIndex
CREATE INDEX "ShareAccess_shareLinkId_openedAt_idx" ON "ShareAccess"("shareLinkId", "openedAt");

-- AddForeignKey
ALTER TABLE "LifeEvent" ADD CONSTRAINT "LifeEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PegResponse" ADD CONSTRAINT "PegResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareAccess" ADD CONSTRAINT "ShareAccess_shareLinkId_fkey" FOREIGN KEY ("shareLinkId") REFERENCES "ShareLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-added checks (Prisma does not model CHECK constraints)
ALTER TABLE "PegResponse" ADD CONSTRAINT "PegResponse_scores_check" CHECK ("pain" BETWEEN 0 AND 10 AND "enjoyment" BETWEEN 0 AND 10 AND "activity" BETWEEN 0 AND 10);
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_period_check" CHECK ("periodStart" <= "periodEnd");
