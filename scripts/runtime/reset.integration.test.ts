import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { migrationsDir } from "./database.mjs";
import { migrate } from "./migrate.mjs";
import { emptySchema } from "./reset.mjs";

// A database of its own, migrated with the real migrations, so erasing it harms nothing.
const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
const databaseName = `reset_test_${Date.now()}`;
let url = "";

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  const parsed = new URL(process.env.TEST_ADMIN_DATABASE_URL ?? "");
  parsed.pathname = `/${databaseName}`;
  url = parsed.toString();
});

afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin.end();
});

async function query(sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const OBJECTS_IN_PUBLIC = `
  SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public')::int
       + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public')::int
       + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd'))::int AS count`;

test("a reset leaves nothing in the schema, and every migration applies again", async () => {
  const first = await migrate({ url, migrationsDir, log: () => {} });
  expect(first.length).toBeGreaterThan(10);
  await query(`INSERT INTO "User" (id, email, "passwordHash", "timeZone", "updatedAt")
               VALUES (gen_random_uuid(), 'reset@example.org', 'x', 'UTC', now())`);

  await emptySchema({ url });
  expect((await query(OBJECTS_IN_PUBLIC))[0]?.count).toBe(0);

  const again = await migrate({ url, migrationsDir, log: () => {} });
  expect(again).toEqual(first);
  expect(await query(`SELECT id FROM "User"`)).toEqual([]);
  expect((await query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`))[0]?.n).toBe(
    first.length,
  );
});
