// @ts-check
// One way to get a migrated database for every entry point: the app (scripts/server.mjs and
// instrumentation.ts), the demo seeder, benchmarks, backups and tests.
import path from "node:path";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { migrate } from "./migrate.mjs";
import { superviseEmbeddedPostgres } from "./supervisor.mjs";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");

/** The data directory: BACKSTORY_DATA_DIR, or `.data/` in the project. */
export function dataDirectory() {
  return path.resolve(projectRoot, process.env.BACKSTORY_DATA_DIR ?? ".data");
}

/**
 * Uses the server at DATABASE_URL when it is set; otherwise starts the embedded PostgreSQL with
 * its data under the data directory (restarted whenever it ends on its own, with `supervise`).
 * Applies pending migrations unless told not to.
 * @param {{
 *   dataDir?: string,
 *   applyMigrations?: boolean,
 *   supervise?: boolean,
 *   onDown?: () => void,
 *   log?: (message: string) => void,
 * }} [options]
 * `url` is the app's (a role that is no superuser; migrations run as it too), `adminUrl` the
 * embedded server's superuser, for tools that create databases (schema diff, tests).
 * @returns {Promise<{ url: string, adminUrl: string, isEmbedded: boolean, stop: () => Promise<void> }>}
 */
export async function openDatabase({
  dataDir = dataDirectory(),
  applyMigrations = true,
  supervise = false,
  onDown,
  log = () => {},
} = {}) {
  const external = process.env.DATABASE_URL;
  let database;
  if (external) {
    database = { url: external, adminUrl: external, isEmbedded: false, stop: async () => {} };
  } else if (supervise) {
    const supervised = await superviseEmbeddedPostgres({ dataDir, log, onDown });
    database = {
      url: supervised.url,
      adminUrl: supervised.adminUrl,
      isEmbedded: true,
      stop: supervised.stop,
    };
  } else {
    const cluster = await startEmbeddedPostgres({ dataDir, log });
    database = {
      url: cluster.url,
      adminUrl: cluster.adminUrl,
      isEmbedded: true,
      stop: cluster.stop,
    };
  }
  if (applyMigrations) await migrate({ url: database.url, migrationsDir, log });
  return database;
}

/**
 * For command-line tools (backup, restore) that may run beside the app: DATABASE_URL, else the
 * embedded database the app is running now (never a second server on its data), else the
 * embedded database started for the run and stopped after.
 * @param {{ applyMigrations?: boolean, log?: (message: string) => void }} [options]
 */
export async function openDatabaseForTool({ applyMigrations = true, log = () => {} } = {}) {
  if (!process.env.DATABASE_URL) {
    const url = await runningEmbeddedUrl(dataDirectory());
    if (url) {
      if (applyMigrations) await migrate({ url, migrationsDir, log });
      return { url, isEmbedded: true, stop: async () => {} };
    }
  }
  return openDatabase({ applyMigrations, log });
}

/** Where backups go, the public key they are encrypted to, and how many are kept. */
export function backupSettings() {
  const keep = Number.parseInt(process.env.BACKUP_KEEP ?? "14", 10);
  return {
    dir: path.resolve(projectRoot, process.env.BACKUP_DIR ?? path.join(dataDirectory(), "backups")),
    recipient: process.env.BACKUP_RECIPIENT?.trim() || undefined,
    keep: Number.isInteger(keep) && keep > 0 ? keep : 14,
    schedule: process.env.BACKUP_SCHEDULE?.trim() || undefined,
  };
}
