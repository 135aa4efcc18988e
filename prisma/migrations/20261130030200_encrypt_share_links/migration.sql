-- A share link's label and frozen summary are encrypted in the application (lib/crypto/fields.ts):
-- the summary is stored as encrypted JSON text. Rows an older version wrote are encrypted at the
-- next start (lib/crypto/reencrypt-mutations.ts).

-- AlterTable
ALTER TABLE "ShareLink" ALTER COLUMN "snapshot" SET DATA TYPE TEXT USING "snapshot"::text;
