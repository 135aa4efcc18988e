// @ts-check
// `npm run restore FILE [-- --force]`: restores an encrypted backup into DATABASE_URL (or the
// embedded database), which must be empty unless --force is given (then everything in it is
// replaced). The identity comes from BACKUP_IDENTITY_FILE (or BACKUP_IDENTITY).
import { readFile } from "node:fs/promises";
import { migrationsDir, openDatabaseForTool } from "./runtime/database.mjs";
import { migrate } from "./runtime/migrate.mjs";
import { restoreBackup } from "./runtime/restore-backup.mjs";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
const force = args.includes("--force");
/** @param {string} message */
const log = (message) => console.log(`[backstory] ${message}`);

if (!file) {
  console.error("usage: npm run restore FILE [-- --force]");
  process.exit(2);
}
const identity = process.env.BACKUP_IDENTITY_FILE
  ? (await readFile(process.env.BACKUP_IDENTITY_FILE, "utf8"))
      .split("\n")
      .find((line) => line.startsWith("AGE-SECRET-KEY-"))
  : process.env.BACKUP_IDENTITY;
if (!identity) {
  console.error(
    "Set BACKUP_IDENTITY_FILE to the identity file made by `npm run backup -- keygen`.",
  );
  process.exit(2);
}
const database = await openDatabaseForTool({ log, applyMigrations: false });
try {
  const result = await restoreBackup({
    url: database.url,
    file,
    identity,
    force,
    migrationsDir,
    migrate: (options) => migrate({ ...options, log }),
  });
  const rows = Object.values(result.restored).reduce((sum, n) => sum + n, 0);
  log(
    `restored the backup of ${result.createdAt}: ${rows} rows in ${Object.keys(result.restored).length} tables`,
  );
} catch (error) {
  console.error(`[backstory] restore failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
