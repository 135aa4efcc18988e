-- A person's own relief names are health text: they are encrypted in the application
-- (lib/crypto/sealing/fields.ts, "ReliefItem.name") and matched in any case through a keyed hash
-- of the lower-cased name, "nameIndex" (a blind index), as tag names are. Rows an older version
-- wrote are encrypted, and get their hash, at the next start (lib/crypto/mutations.ts). The
-- index is not unique: a start must not fail on two old rows that differ only in case.

-- DropIndex
DROP INDEX "ReliefItem_userId_name_key";

-- AlterTable
ALTER TABLE "ReliefItem" ADD COLUMN     "nameIndex" TEXT;

-- CreateIndex
CREATE INDEX "ReliefItem_userId_nameIndex_idx" ON "ReliefItem"("userId", "nameIndex");

-- save_check_in as in 20261201021000_save_check_in_hours_slept_and_medications, with relief
-- items matched by "nameIndex". In p_input, each of "typedRelief" and "builtins" carries its
-- encrypted "name" and "indexes", and each of "relief" without an "itemId" carries "indexes"
-- (no name): one hash per key while a key rotation is under way. Whoever changes save_check_in
-- next: start from this file.
CREATE OR REPLACE FUNCTION "save_check_in"(p_user_id uuid, p_input jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_day date := (p_input->>'date')::date;
  v_source date := coalesce((p_input->>'replacesDate')::date, v_day);
  v_request uuid := (p_input->>'requestId')::uuid;
  v_checks boolean := p_input ? 'baseVersion';
  v_base int := (p_input->>'baseVersion')::int;
  v_found record;
  v_check_in_id uuid;
  v_version int;
  v_is_new boolean;
BEGIN
  IF v_request IS NOT NULL THEN
    SELECT c."id", c."date", c."version" INTO v_found FROM "CheckIn" c
    WHERE c."userId" = p_user_id AND c."requestId" = v_request;
    IF FOUND THEN
      RETURN jsonb_build_object('status', 'saved', 'replayed', true, 'id', v_found."id",
        'date', v_found."date", 'version', v_found."version");
    END IF;
  END IF;

  IF v_checks THEN
    -- FOR UPDATE waits for any other save of this check-in and then reads what it stored, so
    -- the comparison holds until this one commits.
    SELECT c."id", c."version", c."requestId" INTO v_found FROM "CheckIn" c
    WHERE c."userId" = p_user_id AND c."date" = v_source
    FOR UPDATE;
    IF FOUND AND v_request IS NOT NULL AND v_found."requestId" = v_request THEN
      -- The same save, sent twice at once: the other copy stored it.
      RETURN jsonb_build_object('status', 'saved', 'replayed', true, 'id', v_found."id",
        'date', v_source, 'version', v_found."version");
    END IF;
    IF (FOUND AND v_found."version" IS DISTINCT FROM v_base) OR (NOT FOUND AND v_base IS NOT NULL) THEN
      RETURN jsonb_build_object('status', 'conflict',
        'id', CASE WHEN FOUND THEN v_found."id" END,
        'version', CASE WHEN FOUND THEN v_found."version" END);
    END IF;
  END IF;

  -- Tags are the person's own. Names arrive encrypted, with their keyed hashes (the current key's
  -- first): they match in any case through the hash, and missing ones are created.
  IF EXISTS (
    SELECT 1 FROM jsonb_array_elements(p_input->'newTags') AS typed(t)
    WHERE NOT EXISTS (
      SELECT 1 FROM "Tag" own
      WHERE own."userId" = p_user_id AND own."kind" = (t->>'kind')::"TagKind"
        AND own."nameIndex" IN (SELECT jsonb_array_elements_text(t->'indexes'))
    )
  ) THEN
    INSERT INTO "Tag" ("id", "userId", "kind", "name", "nameIndex")
    SELECT gen_random_uuid(), p_user_id, (t->>'kind')::"TagKind", t->>'name', t->'indexes'->>0
    FROM jsonb_array_elements(p_input->'newTags') WITH ORDINALITY AS typed(t, ord)
    WHERE NOT EXISTS (
      SELECT 1 FROM "Tag" own
      WHERE own."userId" = p_user_id AND own."kind" = (t->>'kind')::"TagKind"
        AND own."nameIndex" IN (SELECT jsonb_array_elements_text(t->'indexes'))
    )
    ORDER BY ord
    ON CONFLICT DO NOTHING;
  END IF;

  IF jsonb_array_length(p_input->'typedRelief') > 0 THEN
    -- A built-in item's name typed by hand is that item, created here if it was missing.
    INSERT INTO "ReliefItem" ("id", "userId", "builtinKey", "name", "nameIndex")
    SELECT gen_random_uuid(), p_user_id, b->>'key', b->>'name', b->'indexes'->>0
    FROM jsonb_array_elements(p_input->'builtins') WITH ORDINALITY AS library(b, ord)
    WHERE NOT EXISTS (
      SELECT 1 FROM "ReliefItem" own
      WHERE own."userId" = p_user_id AND own."builtinKey" = b->>'key'
    )
    ORDER BY ord
    ON CONFLICT DO NOTHING;
    INSERT INTO "ReliefItem" ("id", "userId", "name", "nameIndex")
    SELECT gen_random_uuid(), p_user_id, typed->>'name', typed->'indexes'->>0
    FROM jsonb_array_elements(p_input->'typedRelief') WITH ORDINALITY AS typed_relief(typed, ord)
    WHERE NOT EXISTS (
      SELECT 1 FROM "ReliefItem" own
      WHERE own."userId" = p_user_id
        AND own."nameIndex" IN (SELECT jsonb_array_elements_text(typed->'indexes'))
    )
    ORDER BY ord
    ON CONFLICT DO NOTHING;
  END IF;

  IF v_source <> v_day THEN
    -- Moving to another date: the check-in there is replaced (the form says so before saving).
    DELETE FROM "CheckIn" WHERE "userId" = p_user_id AND "date" = v_day;
    UPDATE "CheckIn" SET
      "date" = v_day,
      "stress" = (p_input->>'stress')::int,
      "sleepQuality" = (p_input->>'sleepQuality')::int,
      "sleepHours" = (p_input->>'sleepHours')::float8,
      "sittingHours" = (p_input->>'sittingHours')::float8,
      "note" = p_input->>'note',
      "redFlags" = ARRAY(SELECT jsonb_array_elements_text(p_input->'redFlags'))::"RedFlag"[],
      "version" = "version" + 1,
      "requestId" = v_request,
      "updatedAt" = now()
    WHERE "userId" = p_user_id AND "date" = v_source
    RETURNING "id", "version", false INTO v_check_in_id, v_version, v_is_new;
  ELSIF v_checks AND v_base IS NOT NULL THEN
    -- The row is locked and its version matched above.
    UPDATE "CheckIn" SET
      "stress" = (p_input->>'stress')::int,
      "sleepQuality" = (p_input->>'sleepQuality')::int,
      "sleepHours" = (p_input->>'sleepHours')::float8,
      "sittingHours" = (p_input->>'sittingHours')::float8,
      "note" = p_input->>'note',
      "redFlags" = ARRAY(SELECT jsonb_array_elements_text(p_input->'redFlags'))::"RedFlag"[],
      "version" = "version" + 1,
      "requestId" = v_request,
      "updatedAt" = now()
    WHERE "userId" = p_user_id AND "date" = v_day
    RETURNING "id", "version", false INTO v_check_in_id, v_version, v_is_new;
  ELSIF v_checks THEN
    -- A new check-in: if another save created one for this date meanwhile, that is a conflict
    -- (or this very save, sent twice at once).
    INSERT INTO "CheckIn" (
      "id", "userId", "date", "stress", "sleepQuality", "sleepHours", "sittingHours", "note",
      "redFlags", "requestId", "updatedAt"
    )
    VALUES (
      gen_random_uuid(), p_user_id, v_day, (p_input->>'stress')::int,
      (p_input->>'sleepQuality')::int, (p_input->>'sleepHours')::float8,
      (p_input->>'sittingHours')::float8, p_input->>'note',
      ARRAY(SELECT jsonb_array_elements_text(p_input->'redFlags'))::"RedFlag"[], v_request, now()
    )
    ON CONFLICT DO NOTHING
    RETURNING "id", "version", true INTO v_check_in_id, v_version, v_is_new;
    IF v_check_in_id IS NULL THEN
      SELECT c."id", c."version", c."requestId", c."date" INTO v_found FROM "CheckIn" c
      WHERE c."userId" = p_user_id
        AND (c."date" = v_day OR (v_request IS NOT NULL AND c."requestId" = v_request))
      ORDER BY c."requestId" IS NOT DISTINCT FROM v_request DESC
      LIMIT 1;
      IF FOUND AND v_request IS NOT NULL AND v_found."requestId" = v_request THEN
        RETURN jsonb_build_object('status', 'saved', 'replayed', true, 'id', v_found."id",
          'date', v_found."date", 'version', v_found."version");
      END IF;
      RETURN jsonb_build_object('status', 'conflict', 'id', v_found."id",
        'version', v_found."version");
    END IF;
  END IF;

  IF v_check_in_id IS NULL THEN
    INSERT INTO "CheckIn" (
      "id", "userId", "date", "stress", "sleepQuality", "sleepHours", "sittingHours", "note",
      "redFlags", "requestId", "updatedAt"
    )
    VALUES (
      gen_random_uuid(), p_user_id, v_day, (p_input->>'stress')::int,
      (p_input->>'sleepQuality')::int, (p_input->>'sleepHours')::float8,
      (p_input->>'sittingHours')::float8, p_input->>'note',
      ARRAY(SELECT jsonb_array_elements_text(p_input->'redFlags'))::"RedFlag"[], v_request, now()
    )
    ON CONFLICT ("userId", "date") DO UPDATE SET
      "stress" = EXCLUDED."stress",
      "sleepQuality" = EXCLUDED."sleepQuality",
      "sleepHours" = EXCLUDED."sleepHours",
      "sittingHours" = EXCLUDED."sittingHours",
      "note" = EXCLUDED."note",
      "redFlags" = EXCLUDED."redFlags",
      "version" = "CheckIn"."version" + 1,
      "requestId" = EXCLUDED."requestId",
      "updatedAt" = EXCLUDED."updatedAt"
    -- xmax is 0 on a row this statement inserted and set (by the row lock) on one it updated: an
    -- implementation detail of PostgreSQL, pinned down by lib/journal/check-in.integration.test.ts.
    RETURNING "id", "version", "xmax" = 0 INTO v_check_in_id, v_version, v_is_new;
  END IF;

  IF NOT v_is_new THEN
    DELETE FROM "PainEntry" WHERE "checkInId" = v_check_in_id AND "userId" = p_user_id;
    DELETE FROM "TagUse" WHERE "checkInId" = v_check_in_id AND "userId" = p_user_id;
    DELETE FROM "ReliefUse" WHERE "checkInId" = v_check_in_id AND "userId" = p_user_id;
    DELETE FROM "MedicationDose" WHERE "checkInId" = v_check_in_id AND "userId" = p_user_id;
  END IF;

  IF jsonb_array_length(p_input->'painEntries') > 0 THEN
    INSERT INTO "PainEntry" (
      "id", "userId", "checkInId", "localDate", "partOfDay", "intensity", "areas", "qualities"
    )
    SELECT gen_random_uuid(), p_user_id, v_check_in_id, v_day,
      (p->>'partOfDay')::"PartOfDay", (p->>'intensity')::int,
      ARRAY(SELECT jsonb_array_elements_text(p->'areas'))::"BodyArea"[],
      ARRAY(SELECT jsonb_array_elements_text(p->'qualities'))::"PainQuality"[]
    FROM jsonb_array_elements(p_input->'painEntries') AS part(p);
  END IF;

  IF jsonb_array_length(p_input->'tags') > 0 THEN
    INSERT INTO "TagUse" ("id", "userId", "tagId", "checkInId", "localDate", "partOfDay")
    SELECT gen_random_uuid(), p_user_id, tag."id", v_check_in_id, v_day,
      (t->>'partOfDay')::"PartOfDay"
    FROM jsonb_array_elements(p_input->'tags') AS used(t)
    -- The person's first spelling of a name wins.
    CROSS JOIN LATERAL (
      SELECT own."id" FROM "Tag" own
      WHERE own."userId" = p_user_id AND own."kind" = (t->>'kind')::"TagKind"
        AND own."nameIndex" IN (SELECT jsonb_array_elements_text(t->'indexes'))
      ORDER BY own."createdAt", own."id"
      LIMIT 1
    ) tag;
  END IF;

  IF jsonb_array_length(p_input->'relief') > 0 THEN
    INSERT INTO "ReliefUse" (
      "id", "userId", "checkInId", "reliefItemId", "localDate", "partOfDay", "minutes", "helped"
    )
    SELECT gen_random_uuid(), p_user_id, v_check_in_id, item_id, v_day,
      (r->>'partOfDay')::"PartOfDay", (r->>'minutes')::int, (r->>'helped')::"Helped"
    FROM (
      -- An item id counts only if it is the person's own, each item once, as first listed.
      SELECT DISTINCT ON (item."id") item."id" AS item_id, r
      FROM jsonb_array_elements(p_input->'relief') WITH ORDINALITY AS used(r, ord)
      CROSS JOIN LATERAL (
        SELECT own."id" FROM "ReliefItem" own
        WHERE own."userId" = p_user_id AND CASE
          WHEN r->>'itemId' IS NOT NULL THEN own."id" = (r->>'itemId')::uuid
          ELSE own."nameIndex" IN (SELECT jsonb_array_elements_text(r->'indexes'))
        END
        ORDER BY own."createdAt", own."builtinKey" IS NULL, own."id"
        LIMIT 1
      ) item
      ORDER BY item."id", ord
    ) relief;
  END IF;

  IF jsonb_array_length(coalesce(p_input->'medications', '[]'::jsonb)) > 0 THEN
    -- A medication id counts only if it is the person's own (archived ones too: an old day
    -- keeps what was taken). takenAt and partOfDay come from the app, in the person's zone.
    INSERT INTO "MedicationDose" (
      "id", "userId", "medicationId", "checkInId", "localDate", "partOfDay", "takenAt",
      "asNeeded", "dose", "unit"
    )
    SELECT gen_random_uuid(), p_user_id, own."id", v_check_in_id, v_day,
      (m->>'partOfDay')::"PartOfDay", ((m->>'takenAt')::timestamptz AT TIME ZONE 'UTC'),
      (m->>'asNeeded')::boolean, (m->>'dose')::float8, m->>'unit'
    FROM jsonb_array_elements(p_input->'medications') AS taken(m)
    JOIN "Medication" own ON own."id" = (m->>'medicationId')::uuid AND own."userId" = p_user_id;
  END IF;

  RETURN jsonb_build_object('status', 'saved', 'replayed', false, 'id', v_check_in_id,
    'date', v_day, 'version', v_version);
END
$$;
