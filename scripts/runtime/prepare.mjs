// @ts-check
// Runs once per server process, before it serves: a migrated database (the embedded one started
// and supervised when no DATABASE_URL is set), a session secret, and a monitor that knows
// whether the database can be used right now. Nothing to set up on a fresh machine.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { scheduleBackups } from "./backup-schedule.mjs";
import { backupSettings, dataDirectory, migrationsDir, openDatabase } from "./database.mjs";
import { monitorDatabase } from "./database-monitor.mjs";
import { readOrCreateSecret } from "./embedded-postgres.mjs";
import { listMigrations } from "./migrate.mjs";
import { readOrCreateVapidKeys } from "./vapid.mjs";

/** @param {string} message */
const defaultLog = (message) => console.log(`[backstory] ${message}`);

const RUNTIME = Symbol.for("backstory.runtime");

/**
 * @param {(message: string) => void} log
 */
async function start(log) {
  const dataDir = dataDirectory();
  if (!process.env.NEXTAUTH_SECRET) {
    await mkdir(dataDir, { recursive: true });
    process.env.NEXTAUTH_SECRET = await readOrCreateSecret(path.join(dataDir, "nextauth-secret"));
  }
  if (!process.env.VAPID_PUBLIC_KEY || !process.env.VAPID_PRIVATE_KEY) {
    await mkdir(dataDir, { recursive: true });
    const keys = await readOrCreateVapidKeys(path.join(dataDir, "vapid-keys.json"));
    process.env.VAPID_PUBLIC_KEY = keys.publicKey;
    process.env.VAPID_PRIVATE_KEY = keys.privateKey;
  }
  /** @type {ReturnType<typeof monitorDatabase> | undefined} */
  let monitor;
  const database = await openDatabase({
    dataDir,
    log,
    supervise: true,
    onDown: () => monitor?.markDown("embedded PostgreSQL ended"),
  });
  if (database.isEmbedded) {
    process.env.DATABASE_URL = database.url;
    log(`embedded PostgreSQL running, data in ${path.relative(process.cwd(), dataDir) || "."}`);
  }
  const migrationNames = (await listMigrations(migrationsDir)).map((migration) => migration.name);
  monitor = monitorDatabase({ url: database.url, migrationNames, log });
  const { stop: stopMonitor } = monitor;
  const { schedule, ...settings } = backupSettings();
  const backups = schedule
    ? scheduleBackups({ url: database.url, schedule, ...settings, log })
    : null;
  return {
    database,
    monitor,
    /** Scheduled backups' state, or null when BACKUP_SCHEDULE is not set. */
    backupState: () => backups?.state() ?? null,
    stop: async () => {
      backups?.stop();
      await stopMonitor();
      await database.stop();
    },
  };
}

/**
 * The process's runtime, started on first call (by scripts/server.mjs, or by Next's
 * instrumentation hook under `next dev`), the same one after that.
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {ReturnType<typeof start>}
 */
export function prepareRuntime({ log = defaultLog } = {}) {
  const global = /** @type {Record<symbol, ReturnType<typeof start>>} */ (
    /** @type {unknown} */ (globalThis)
  );
  global[RUNTIME] ??= start(log);
  return global[RUNTIME];
}

/**
 * For Next's instrumentation hook. Under scripts/server.mjs the runtime exists already and the
 * server shuts it down gracefully. Under `next dev` or a bare `next start` it is started here,
 * and stopped on SIGTERM/SIGINT, since nothing else would stop the embedded database.
 */
export async function prepareRuntimeForNext() {
  const global = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  if (global[RUNTIME]) {
    await prepareRuntime();
    return;
  }
  const runtime = await prepareRuntime();
  let isStopping = false;
  const stop = async () => {
    if (isStopping) return;
    isStopping = true;
    await runtime.stop().catch(() => {});
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
