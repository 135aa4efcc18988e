-- Health text is encrypted in the application (lib/crypto/fields.ts). Rows stored as plain text
-- by an older version are encrypted at the next start (lib/crypto/reencrypt-mutations.ts).

-- A life event's title is ciphertext now: uniqueness moves to its keyed hash (blind index).
-- DropIndex
DROP INDEX "LifeEvent_userId_date_title_key";

-- AlterTable
ALTER TABLE "LifeEvent" ADD COLUMN     "titleIndex" TEXT;

-- A reflection's evidence is stored as encrypted JSON text.
-- AlterTable
ALTER TABLE "Reflection" ALTER COLUMN "evidence" SET DATA TYPE TEXT USING "evidence"::text;

-- CreateIndex
CREATE UNIQUE INDEX "LifeEvent_userId_date_titleIndex_key" ON "LifeEvent"("userId", "date", "titleIndex");
