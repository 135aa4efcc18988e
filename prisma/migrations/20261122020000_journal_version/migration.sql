-- AlterTable
ALTER TABLE "User" ADD COLUMN     "journalVersion" INTEGER NOT NULL DEFAULT 0;

-- Hand-added: every change to a person's ratings, tags or relief bumps their journalVersion, in
-- the same transaction, so computed patterns can be cached until the journal changes. Statement
-- triggers with transition tables touch each person once per statement, however many rows.
CREATE FUNCTION "bump_journal_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "User" SET "journalVersion" = "journalVersion" + 1
    WHERE "id" IN (SELECT DISTINCT "userId" FROM old_rows);
  ELSE
    UPDATE "User" SET "journalVersion" = "journalVersion" + 1
    WHERE "id" IN (SELECT DISTINCT "userId" FROM new_rows);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "PainEntry_journal_version_insert" AFTER INSERT ON "PainEntry" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "PainEntry_journal_version_update" AFTER UPDATE ON "PainEntry" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "PainEntry_journal_version_delete" AFTER DELETE ON "PainEntry" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "TagUse_journal_version_insert" AFTER INSERT ON "TagUse" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "TagUse_journal_version_update" AFTER UPDATE ON "TagUse" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "TagUse_journal_version_delete" AFTER DELETE ON "TagUse" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "ReliefUse_journal_version_insert" AFTER INSERT ON "ReliefUse" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "ReliefUse_journal_version_update" AFTER UPDATE ON "ReliefUse" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "ReliefUse_journal_version_delete" AFTER DELETE ON "ReliefUse" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "Tag_journal_version_insert" AFTER INSERT ON "Tag" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "Tag_journal_version_update" AFTER UPDATE ON "Tag" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "Tag_journal_version_delete" AFTER DELETE ON "Tag" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "ReliefItem_journal_version_insert" AFTER INSERT ON "ReliefItem" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "ReliefItem_journal_version_update" AFTER UPDATE ON "ReliefItem" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
CREATE TRIGGER "ReliefItem_journal_version_delete" AFTER DELETE ON "ReliefItem" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_journal_version"();
