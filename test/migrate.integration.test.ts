import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { migrate } from "../scripts/runtime/migrate.mjs";

// Runs the migration runner against a database of its own, so it can fail without harm.
const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
const databaseName = `migrate_test_${Date.now()}`;
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

async function migrationsDir(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function rows() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result = await client.query(
    `SELECT migration_name, finished_at, applied_steps_count, logs, length(checksum) AS checksum_length
     FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  await client.end();
  return result.rows;
}

test("applies migrations in name order once, in Prisma's table format, and stops at a failure", async () => {
  const dir = await migrationsDir({
    "2_second": 'CREATE TABLE "B" (id int REFERENCES "A"(id));',
    "1_first": 'CREATE TABLE "A" (id int PRIMARY KEY);',
  });
  expect(await migrate({ url, migrationsDir: dir })).toEqual(["1_first", "2_second"]);
  expect(await migrate({ url, migrationsDir: dir })).toEqual([]);
  const applied = await rows();
  expect(applied.map((row) => row.migration_name)).toEqual(["1_first", "2_second"]);
  expect(applied.every((row) => row.finished_at && row.applied_steps_count === 1)).toBe(true);
  expect(applied[0]?.checksum_length).toBe(64);

  const broken = await migrationsDir({
    "1_first": 'CREATE TABLE "A" (id int PRIMARY KEY);',
    "2_second": 'CREATE TABLE "B" (id int REFERENCES "A"(id));',
    "3_broken": 'CREATE TABLE "C" (id int REFERENCES "Missing"(id));',
  });
  await expect(migrate({ url, migrationsDir: broken })).rejects.toThrow(/3_broken failed/);
  const failed = (await rows()).find((row) => row.migration_name === "3_broken");
  expect(failed?.finished_at).toBeNull();
  expect(failed?.logs).toMatch(/Missing/);
  // An unfinished migration blocks every later run until someone resolves it.
  await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(/unfinished/);
});
