-- CreateEnum
CREATE TYPE "PartOfDay" AS ENUM ('MORNING', 'AFTERNOON', 'EVENING', 'NIGHT');

-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('PERSON', 'CONTEXT', 'EMOTION');

-- CreateEnum
CREATE TYPE "BodyArea" AS ENUM ('LOWER_BACK', 'MID_UPPER_BACK', 'NECK', 'HIPS', 'BUTTOCKS', 'BACK_OF_THIGHS', 'CALVES_FEET', 'FRONT_THIGHS_GROIN', 'DOWN_ONE_LEG');

-- CreateEnum
CREATE TYPE "PainQuality" AS ENUM ('DULL_ACHE', 'TIGHT', 'SHARP', 'STABBING', 'BURNING', 'SHOOTING', 'STIFF');

-- CreateEnum
CREATE TYPE "RedFlag" AS ENUM ('SADDLE_NUMBNESS', 'BLADDER_BOWEL', 'BOTH_LEGS_WEAK', 'SHOOTING_DOWN_LEG', 'NUMBNESS_TINGLING', 'WORSE_AT_NIGHT', 'FEVER', 'WEIGHT_LOSS', 'AFTER_FALL_OR_INJURY', 'STEADILY_WORSE');

-- CreateEnum
CREATE TYPE "Helped" AS ENUM ('YES', 'A_LITTLE', 'NO', 'NOT_SURE');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "TagKind" NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReliefItem" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "builtinKey" TEXT,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReliefItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "stress" INTEGER,
    "sittingHours" DOUBLE PRECISION,
    "sleepQuality" INTEGER,
    "note" TEXT,
    "redFlags" "RedFlag"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PainEntry" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "checkInId" UUID,
    "localDate" DATE NOT NULL,
    "partOfDay" "PartOfDay" NOT NULL,
    "intensity" INTEGER NOT NULL,
    "areas" "BodyArea"[],
    "qualities" "PainQuality"[],
    "occurredAt" TIMESTAMP(3),
    "requestId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PainEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagUse" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tagId" UUID NOT NULL,
    "checkInId" UUID,
    "painEntryId" UUID,
    "localDate" DATE NOT NULL,
    "partOfDay" "PartOfDay",

    CONSTRAINT "TagUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReliefUse" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "checkInId" UUID NOT NULL,
    "reliefItemId" UUID NOT NULL,
    "localDate" DATE NOT NULL,
    "partOfDay" "PartOfDay",
    "minutes" INTEGER,
    "helped" "Helped",

    CONSTRAINT "ReliefUse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_kind_name_key" ON "Tag"("userId", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ReliefItem_userId_builtinKey_key" ON "ReliefItem"("userId", "builtinKey");

-- CreateIndex
CREATE UNIQUE INDEX "ReliefItem_userId_name_key" ON "ReliefItem"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_userId_date_key" ON "CheckIn"("userId", "date");

-- CreateIndex
CREATE INDEX "PainEntry_userId_localDate_idx" ON "PainEntry"("userId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "PainEntry_checkInId_partOfDay_key" ON "PainEntry"("checkInId", "partOfDay");

-- CreateIndex
CREATE UNIQUE INDEX "PainEntry_userId_requestId_key" ON "PainEntry"("userId", "requestId");

-- CreateIndex
CREATE INDEX "TagUse_userId_localDate_idx" ON "TagUse"("userId", "localDate");

-- CreateIndex
CREATE INDEX "TagUse_tagId_idx" ON "TagUse"("tagId");

-- CreateIndex
CREATE INDEX "TagUse_checkInId_idx" ON "TagUse"("checkInId");

-- CreateIndex
CREATE INDEX "TagUse_painEntryId_idx" ON "TagUse"("painEntryId");

-- CreateIndex
CREATE INDEX "ReliefUse_userId_localDate_idx" ON "ReliefUse"("userId", "localDate");

-- CreateIndex
CREATE INDEX "ReliefUse_reliefItemId_idx" ON "ReliefUse"("reliefItemId");

-- CreateIndex
CREATE UNIQUE INDEX "ReliefUse_checkInId_reliefItemId_key" ON "ReliefUse"("checkInId", "reliefItemId");

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReliefItem" ADD CONSTRAINT "ReliefItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainEntry" ADD CONSTRAINT "PainEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PainEntry" ADD CONSTRAINT "PainEntry_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagUse" ADD CONSTRAINT "TagUse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagUse" ADD CONSTRAINT "TagUse_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagUse" ADD CONSTRAINT "TagUse_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagUse" ADD CONSTRAINT "TagUse_painEntryId_fkey" FOREIGN KEY ("painEntryId") REFERENCES "PainEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReliefUse" ADD CONSTRAINT "ReliefUse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReliefUse" ADD CONSTRAINT "ReliefUse_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReliefUse" ADD CONSTRAINT "ReliefUse_reliefItemId_fkey" FOREIGN KEY ("reliefItemId") REFERENCES "ReliefItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-added checks (Prisma does not model CHECK constraints)
ALTER TABLE "PainEntry" ADD CONSTRAINT "PainEntry_intensity_check" CHECK ("intensity" BETWEEN 0 AND 10);
ALTER TABLE "PainEntry" ADD CONSTRAINT "PainEntry_quick_log_check" CHECK (("checkInId" IS NULL) = ("occurredAt" IS NOT NULL));
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_stress_check" CHECK ("stress" BETWEEN 0 AND 10);
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_sleepQuality_check" CHECK ("sleepQuality" BETWEEN 0 AND 10);
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_sittingHours_check" CHECK ("sittingHours" BETWEEN 0 AND 24);
ALTER TABLE "ReliefUse" ADD CONSTRAINT "ReliefUse_minutes_check" CHECK ("minutes" BETWEEN 0 AND 1440);
ALTER TABLE "TagUse" ADD CONSTRAINT "TagUse_owner_check" CHECK (num_nonnulls("checkInId", "painEntryId") = 1);
