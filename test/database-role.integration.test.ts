import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "../scripts/runtime/database.mjs";

/** Runs `sql` as the app's role (the connection the app and its migrations use). */
async function asApp<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<T>(sql);
  } finally {
    await client.end();
  }
}

async function refusal(url: string, sql: string): Promise<string | undefined> {
  try {
    await asApp(url, sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("the app's database role (embedded server)", () => {
  const url = process.env.DATABASE_URL ?? "";

  test("is no superuser and cannot create roles, databases or schemas", async () => {
    const { rows } = await asApp<{
      rolname: string;
      rolsuper: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
      rolreplication: boolean;
      rolbypassrls: boolean;
    }>(
      url,
      "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user",
    );
    expect(rows).toEqual([
      {
        rolname: "backstory_app",
        rolsuper: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolreplication: false,
        rolbypassrls: false,
      },
    ]);
    // 42501: insufficient privilege.
    expect(await refusal(url, "CREATE ROLE intruder LOGIN")).toBe("42501");
    expect(await refusal(url, "CREATE DATABASE intruder")).toBe("42501");
    expect(await refusal(url, "CREATE SCHEMA intruder")).toBe("42501");
    expect(await refusal(url, "ALTER ROLE backstory_app SUPERUSER")).toBe("42501");
    expect(await refusal(url, "COPY (SELECT 1) TO PROGRAM 'true'")).toBe("42501");
  });

  test("owns its schema and everything the migrations made in it, which it ran itself", async () => {
    const { rows } = await asApp<{ owner: string; objects: number }>(
      url,
      `SELECT pg_get_userbyid(c.relowner) AS owner, count(*)::int AS objects
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v')
       GROUP BY 1 UNION ALL
       SELECT pg_get_userbyid(nspowner), 0 FROM pg_namespace WHERE nspname = 'public'`,
    );
    expect(new Set(rows.map((row) => row.owner))).toEqual(new Set(["backstory_app"]));
    const applied = await asApp<{ count: number }>(
      url,
      'SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
    );
    expect(applied.rows[0]?.count).toBeGreaterThan(0);
  });
});

describe("a cluster made before the app had its own role", () => {
  let dataDir = "";
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "role-upgrade-"));
  });

  afterAll(async () => {
    await database?.stop();
  });

  test("at the next start its tables, types and functions move to the app's role, data intact", async () => {
    const external = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      database = await openDatabase({ dataDir, applyMigrations: false });
      // What an older version left: the superuser owns everything it created.
      await asApp(
        database.adminUrl,
        `CREATE TYPE "Mood" AS ENUM ('CALM');
         CREATE TABLE "Old" (id serial PRIMARY KEY, mood "Mood", note text);
         INSERT INTO "Old" (mood, note) VALUES ('CALM', 'kept');
         CREATE FUNCTION old_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM "Old"'`,
      );
      await database.stop();
      database = await openDatabase({ dataDir, applyMigrations: false });
    } finally {
      process.env.DATABASE_URL = external;
    }
    const owners = await asApp<{ owner: string }>(
      database.url,
      `SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname IN ('Old', 'Old_id_seq')
       UNION ALL SELECT pg_get_userbyid(typowner) FROM pg_type WHERE typname = 'Mood'
       UNION ALL SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'old_count'`,
    );
    expect(owners.rows).toEqual(Array(4).fill({ owner: "backstory_app" }));
    await asApp(database.url, "INSERT INTO \"Old\" (mood, note) VALUES ('CALM', 'new')");
    const kept = await asApp<{ note: string; n: string }>(
      database.url,
      'SELECT note, old_count()::text AS n FROM "Old" ORDER BY id LIMIT 1',
    );
    expect(kept.rows).toEqual([{ note: "kept", n: "2" }]);
    const password = await readFile(path.join(dataDir, "app-password"), "utf8");
    expect(password.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(path.join(dataDir, "app-password"))).mode & 0o777).toBe(0o600);
  });
});
