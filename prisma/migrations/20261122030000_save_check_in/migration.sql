-- Hand-written: saving a nightly check-in in one round trip (lib/journal/check-in-mutations.ts
-- calls it; README "Benchmarks" has the figures). `input` is the validated check-in as JSON, with
-- `newTags` (sorted, so concurrent saves lock new tags in one order), `typedRelief` (new relief
-- names) and `builtins` (the relief library, sent only when a relief item is typed by name).
--
-- Two statements: the first upserts the check-in row, which waits for any other save of the same
-- date and then holds it; the second runs with a fresh snapshot (each statement of a volatile
-- function does, under READ COMMITTED), so it sees and replaces whatever that other save stored.
CREATE FUNCTION "save_check_in"(p_user_id uuid, p_input jsonb) RETURNS uuid
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_check_in_id uuid;
  v_day date := (p_input->>'date')::date;
BEGIN
  WITH moved AS (
    DELETE FROM "CheckIn"
    WHERE "userId" = p_user_id AND "date" = (p_input->>'replacesDate')::date
  ),
  new_tags AS (
    INSERT INTO "Tag" ("id", "userId", "kind", "name")
    SELECT gen_random_uuid(), p_user_id, (t->>'kind')::"TagKind", t->>'name'
    FROM jsonb_array_elements(p_input->'newTags') WITH ORDINALITY AS typed(t, ord)
    WHERE NOT EXISTS (
      SELECT 1 FROM "Tag" own
      WHERE own."userId" = p_user_id AND own."kind" = (t->>'kind')::"TagKind"
        AND lower(own."name") = lower(t->>'name')
    )
    ORDER BY ord
    ON CONFLICT DO NOTHING
  ),
  builtin_relief AS (
    INSERT INTO "ReliefItem" ("id", "userId", "builtinKey", "name")
    SELECT gen_random_uuid(), p_user_id, b->>'key', b->>'name'
    FROM jsonb_array_elements(p_input->'builtins') WITH ORDINALITY AS library(b, ord)
    WHERE NOT EXISTS (
      SELECT 1 FROM "ReliefItem" own
      WHERE own."userId" = p_user_id AND own."builtinKey" = b->>'key'
    )
    ORDER BY ord
    ON CONFLICT DO NOTHING
  ),
  typed_relief AS (
    INSERT INTO "ReliefItem" ("id", "userId", "name")
    SELECT gen_random_uuid(), p_user_id, typed_name
    FROM jsonb_array_elements_text(p_input->'typedRelief') WITH ORDINALITY AS typed(typed_name, ord)
    WHERE NOT EXISTS (
      SELECT 1 FROM "ReliefItem" own
      WHERE own."userId" = p_user_id AND lower(own."name") = lower(typed_name)
    )
      -- A built-in item's name typed by hand is that item, created above if it was missing.
      AND NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(p_input->'builtins') b
        WHERE lower(b->>'name') = lower(typed_name)
      )
    ORDER BY ord
    ON CONFLICT DO NOTHING
  )
  INSERT INTO "CheckIn" (
    "id", "userId", "date", "stress", "sleepQuality", "sittingHours", "note", "redFlags",
    "updatedAt"
  )
  VALUES (
    gen_random_uuid(), p_user_id, v_day, (p_input->>'stress')::int,
    (p_input->>'sleepQuality')::int, (p_input->>'sittingHours')::float8, p_input->>'note',
    ARRAY(SELECT jsonb_array_elements_text(p_input->'redFlags'))::"RedFlag"[], now()
  )
  ON CONFLICT ("userId", "date") DO UPDATE SET
    "stress" = EXCLUDED."stress",
    "sleepQuality" = EXCLUDED."sleepQuality",
    "sittingHours" = EXCLUDED."sittingHours",
    "note" = EXCLUDED."note",
    "redFlags" = EXCLUDED."redFlags",
    "updatedAt" = EXCLUDED."updatedAt"
  RETURNING "id" INTO v_check_in_id;

  -- `cleared` is joined into every insert so that the old rows are gone before the new ones
  -- arrive (a check-in's parts of the day are unique).
  WITH old_pain AS (
    DELETE FROM "PainEntry"
    WHERE "checkInId" = v_check_in_id AND "userId" = p_user_id RETURNING 1
  ),
  old_tags AS (
    DELETE FROM "TagUse"
    WHERE "checkInId" = v_check_in_id AND "userId" = p_user_id RETURNING 1
  ),
  old_relief AS (
    DELETE FROM "ReliefUse"
    WHERE "checkInId" = v_check_in_id AND "userId" = p_user_id RETURNING 1
  ),
  cleared AS (
    SELECT (SELECT count(*) FROM old_pain) + (SELECT count(*) FROM old_tags)
      + (SELECT count(*) FROM old_relief) AS deleted
  ),
  pain AS (
    INSERT INTO "PainEntry" (
      "id", "userId", "checkInId", "localDate", "partOfDay", "intensity", "areas", "qualities"
    )
    SELECT gen_random_uuid(), p_user_id, v_check_in_id, v_day,
      (p->>'partOfDay')::"PartOfDay", (p->>'intensity')::int,
      ARRAY(SELECT jsonb_array_elements_text(p->'areas'))::"BodyArea"[],
      ARRAY(SELECT jsonb_array_elements_text(p->'qualities'))::"PainQuality"[]
    FROM cleared, jsonb_array_elements(p_input->'painEntries') AS part(p)
  ),
  tag_uses AS (
    INSERT INTO "TagUse" ("id", "userId", "tagId", "checkInId", "localDate", "partOfDay")
    SELECT gen_random_uuid(), p_user_id, tag."id", v_check_in_id, v_day,
      (t->>'partOfDay')::"PartOfDay"
    FROM cleared, jsonb_array_elements(p_input->'tags') AS used(t)
    -- Names match in any case; the person's first spelling wins.
    CROSS JOIN LATERAL (
      SELECT own."id" FROM "Tag" own
      WHERE own."userId" = p_user_id AND own."kind" = (t->>'kind')::"TagKind"
        AND lower(own."name") = lower(t->>'name')
      ORDER BY own."createdAt", own."id"
      LIMIT 1
    ) tag
  ),
  relief AS (
    -- An item id counts only if it is the person's own; each item once, as first listed.
    SELECT DISTINCT ON (item."id") item."id" AS item_id, r
    FROM cleared, jsonb_array_elements(p_input->'relief') WITH ORDINALITY AS used(r, ord)
    CROSS JOIN LATERAL (
      SELECT own."id" FROM "ReliefItem" own
      WHERE own."userId" = p_user_id AND CASE
        WHEN r->>'itemId' IS NOT NULL THEN own."id" = (r->>'itemId')::uuid
        ELSE lower(own."name") = lower(r->>'name')
      END
      ORDER BY own."createdAt", own."builtinKey" IS NULL, own."id"
      LIMIT 1
    ) item
    ORDER BY item."id", ord
  )
  INSERT INTO "ReliefUse" (
    "id", "userId", "checkInId", "reliefItemId", "localDate", "partOfDay", "minutes", "helped"
  )
  SELECT gen_random_uuid(), p_user_id, v_check_in_id, item_id, v_day,
    (r->>'partOfDay')::"PartOfDay", (r->>'minutes')::int, (r->>'helped')::"Helped"
  FROM relief;

  RETURN v_check_in_id;
END
$$;

