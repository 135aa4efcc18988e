-- CreateEnum
CREATE TYPE "ExperimentOutcome" AS ENUM ('MORNING', 'AFTERNOON', 'EVENING', 'NIGHT', 'DAY');

-- CreateTable
CREATE TABLE "Experiment" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "reliefItemId" UUID,
    "rule" TEXT,
    "outcome" "ExperimentOutcome" NOT NULL,
    "startDate" DATE NOT NULL,
    "blockDays" INTEGER NOT NULL,
    "blockOrder" TEXT NOT NULL,
    "stoppedOn" DATE,
    "requestId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Experiment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExperimentNight" (
    "experimentId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "isDone" BOOLEAN NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExperimentNight_pkey" PRIMARY KEY ("experimentId","date")
);

-- CreateIndex
CREATE INDEX "Experiment_userId_startDate_idx" ON "Experiment"("userId", "startDate");

-- CreateIndex
CREATE INDEX "Experiment_reliefItemId_idx" ON "Experiment"("reliefItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Experiment_userId_requestId_key" ON "Experiment"("userId", "requestId");

-- CreateIndex
CREATE INDEX "ExperimentNight_userId_idx" ON "ExperimentNight"("userId");

-- AddForeignKey
ALTER TABLE "Experiment" ADD CONSTRAINT "Experiment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Experiment" ADD CONSTRAINT "Experiment_reliefItemId_fkey" FOREIGN KEY ("reliefItemId") REFERENCES "ReliefItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentNight" ADD CONSTRAINT "ExperimentNight_experimentId_fkey" FOREIGN KEY ("experimentId") REFERENCES "Experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExperimentNight" ADD CONSTRAINT "ExperimentNight_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-added checks (Prisma ignores them): a block order is whole pairs, each AB or BA.
ALTER TABLE "Experiment" ADD CONSTRAINT "Experiment_blockOrder_check" CHECK ("blockOrder" ~ '^(AB|BA)+$');
ALTER TABLE "Experiment" ADD CONSTRAINT "Experiment_blockDays_check" CHECK ("blockDays" BETWEEN 1 AND 14);
