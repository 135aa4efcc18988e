// @ts-check
// One way to get a migrated database for every entry point: the app (instrumentation.ts),
// the demo seeder, benchmarks and tests.
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { migrate } from "./migrate.mjs";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

/** The data directory: BACKSTORY_DATA_DIR, or `.data/` in the project. */
export function dataDirectory() {
  return path.resolve(projectRoot, process.env.BACKSTORY_DATA_DIR ?? ".data");
}

/**
 * Uses the server at DATABASE_URL when it is set; otherwise starts the embedded PostgreSQL with
 * its data under the data directory. Applies pending migrations unless told not to.
 * @param {{ dataDir?: string, applyMigrations?: boolean, log?: (message: string) => void }} [options]
 * @returns {Promise<{ url: string, isEmbedded: boolean, stop: () => Promise<void> }>}
 */
export async function openDatabase({
  dataDir = dataDirectory(),
  applyMigrations = true,
  log = () => {},
} = {}) {
  const external = process.env.DATABASE_URL;
  const database = external
    ? { url: external, isEmbedded: false, stop: async () => {} }
    : { ...(await startEmbeddedPostgres({ dataDir, log })), isEmbedded: true };
  if (applyMigrations) await migrate({ url: database.url, migrationsDir, log });
  return database;
}
