import pg from "pg";

/**
 * Seeds one person's journal in SQL (fast enough for 10 years): a check-in on ~90% of nights with
 * all four parts rated, tags on ~30% of days each, relief on ~35%, and about three quick logs a
 * week. Deterministic through setseed().
 */
export async function seedJournal({
  url,
  userId,
  from,
  to,
}: {
  url: string;
  userId: string;
  from: string;
  to: string;
}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT setseed(0.42)");
    await client.query(
      `INSERT INTO "Tag" (id, "userId", kind, name)
       SELECT gen_random_uuid(), $1, kind::"TagKind", name FROM (VALUES
         ('PERSON', 'Sam'), ('PERSON', 'my manager'), ('PERSON', 'Mum'),
         ('CONTEXT', 'at work'), ('CONTEXT', 'at a desk for hours'), ('CONTEXT', 'long car ride'),
         ('CONTEXT', 'at home'), ('CONTEXT', 'exercising'),
         ('EMOTION', 'anxiety'), ('EMOTION', 'frustration'), ('EMOTION', 'calm')) AS t(kind, name)`,
      [userId],
    );
    await client.query(
      `INSERT INTO "ReliefItem" (id, "userId", "builtinKey", name)
       SELECT gen_random_uuid(), $1, key, name FROM (VALUES
         ('calf-stretch', 'Calf stretch'), ('childs-pose', 'Child''s pose'), ('cat-cow', 'Cat-cow'),
         ('heat', 'Heat'), ('gentle-walk', 'A gentle walk')) AS r(key, name)`,
      [userId],
    );
    await client.query(
      `INSERT INTO "CheckIn" (id, "userId", date, stress, "sleepQuality", "updatedAt")
       SELECT gen_random_uuid(), $1, d::date, floor(random() * 11)::int, floor(random() * 11)::int, now()
       FROM generate_series($2::date, $3::date, interval '1 day') AS d
       WHERE random() < 0.9`,
      [userId, from, to],
    );
    await client.query(
      `INSERT INTO "PainEntry" (id, "userId", "checkInId", "localDate", "partOfDay", intensity, areas, qualities)
       SELECT gen_random_uuid(), c."userId", c.id, c.date, part,
              least(10, greatest(0, round(4 + (random() - 0.5) * 6 + CASE WHEN part = 'MORNING' THEN 1.5 ELSE 0 END)))::int,
              '{LOWER_BACK}', '{DULL_ACHE}'
       FROM "CheckIn" c CROSS JOIN unnest(enum_range(NULL::"PartOfDay")) AS part
       WHERE c."userId" = $1`,
      [userId],
    );
    await client.query(
      `INSERT INTO "TagUse" (id, "userId", "tagId", "checkInId", "localDate")
       SELECT gen_random_uuid(), c."userId", t.id, c.id, c.date
       FROM "CheckIn" c JOIN "Tag" t ON t."userId" = c."userId"
       WHERE c."userId" = $1 AND random() < 0.3`,
      [userId],
    );
    await client.query(
      `INSERT INTO "ReliefUse" (id, "userId", "checkInId", "reliefItemId", "localDate", minutes, helped)
       SELECT gen_random_uuid(), c."userId", c.id, r.id, c.date, 10, 'A_LITTLE'
       FROM "CheckIn" c JOIN "ReliefItem" r ON r."userId" = c."userId"
       WHERE c."userId" = $1 AND random() < 0.35`,
      [userId],
    );
    await client.query(
      `INSERT INTO "PainEntry" (id, "userId", "localDate", "partOfDay", intensity, areas, qualities, "occurredAt", "requestId")
       SELECT gen_random_uuid(), $1, d::date, 'AFTERNOON', floor(3 + random() * 6)::int, '{LOWER_BACK}', '{}',
              d + interval '14 hours', gen_random_uuid()
       FROM generate_series($2::date, $3::date, interval '1 day') AS d
       WHERE random() < 0.43`,
      [userId, from, to],
    );
    await client.query("COMMIT");
    await client.query('ANALYZE "CheckIn", "PainEntry", "TagUse", "ReliefUse"');
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM "CheckIn" WHERE "userId" = $1)::int AS check_ins,
              (SELECT count(*) FROM "PainEntry" WHERE "userId" = $1)::int AS pain_entries`,
      [userId],
    );
    return rows[0] as { check_ins: number; pain_entries: number };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
