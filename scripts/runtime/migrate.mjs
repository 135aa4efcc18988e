// @ts-check
// Applies prisma/migrations/*/migration.sql in name order, recording them in Prisma's own
// `_prisma_migrations` table so that `prisma migrate deploy` accepts the same database. Prisma's
// CLI cannot run here (it downloads a schema engine first), hence this runner.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Prisma Migrate's advisory lock id, so this runner and `prisma migrate` never interleave.
const PRISMA_MIGRATE_LOCK_ID = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** @param {string} migrationsDir */
export async function listMigrations(migrationsDir) {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(migrationsDir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    }),
  );
}

/**
 * Migrates the database at `url` (with `names`, only up to those: a restore first brings an
 * empty database to the backup's version). Returns the names of the migrations it applied.
 * @param {{ url: string, migrationsDir: string, names?: string[], log?: (message: string) => void }} options
 */
export async function migrate({ url, migrationsDir, names, log = () => {} }) {
  const known = await listMigrations(migrationsDir);
  const unknown = (names ?? []).filter((name) => !known.some((m) => m.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `the database is at migrations this version does not have (${unknown.join(", ")}): use a newer Backstory`,
    );
  }
  const migrations = names ? known.filter((m) => names.includes(m.name)) : known;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_ID]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const unfinished = rows.find((row) => row.finished_at === null);
    if (unfinished) {
      throw new Error(
        `Migration ${unfinished.migration_name} failed earlier and is unfinished; resolve it before starting (see README "Database").`,
      );
    }
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const appliedNow = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          log(`warning: migration ${migration.name} was changed after it was applied`);
        }
        continue;
      }
      const id = randomUUID();
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [
          id,
          error instanceof Error ? error.message : String(error),
        ]);
        throw new Error(
          `Migration ${migration.name} failed: ${error instanceof Error ? error.message : error}`,
        );
      }
      appliedNow.push(migration.name);
      log(`applied migration ${migration.name}`);
    }
    return appliedNow;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_ID]).catch(() => {});
    await client.end();
  }
}
