// `npm run rotate-key`: re-encrypts all health text (and its keyed hashes) under a new key
// (README "Encryption at rest"). Stop Backstory first. Safe to interrupt: run it again and it
// continues. Uses DATABASE_URL when set; otherwise the embedded database under
// BACKSTORY_DATA_DIR (default .data/).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory, openDatabase } from "./runtime/database.mjs";

/** True when a running Backstory serves the embedded database (starting it here would stop it). */
function isEmbeddedDatabaseRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, "utf8").split("\n")[0]), 0);
    return true;
  } catch {
    return false;
  }
}

// A function, not top-level await: tsx runs this file as CommonJS.
async function main() {
  const dataDir = dataDirectory();
  if (!process.env.DATABASE_URL && isEmbeddedDatabaseRunning(dataDir)) {
    console.error(
      "Backstory is running (its database is up). Stop it, run `npm run rotate-key`, then start it again.",
    );
    process.exit(1);
  }
  const database = await openDatabase({ dataDir });
  process.env.DATABASE_URL = database.url;
  // lib/env checks the whole configuration; this script signs no sessions.
  process.env.NEXTAUTH_SECRET ??= "rotate-key-script-signs-no-sessions-0123456789";
  const { getDatabase } = await import("@/lib/db");
  const { rotateKeys } = await import("@/lib/crypto/rotate/mutations");
  try {
    let batches = 0;
    const result = await rotateKeys({ onBatch: () => void batches++ });
    const moved = Object.values(result.changed).reduce((sum, count) => sum + count, 0);
    console.log(`Moved ${moved} rows to key ${result.keyId} in ${batches} batches.`);
    if (result.retiredFile) {
      console.log(
        `The old key is kept in ${result.retiredFile}: only backups made before now need it. Move it off this machine with those backups, or delete it once they have expired.`,
      );
    } else if (result.isFromEnvironment) {
      console.log(
        "Every value is under BACKSTORY_ENCRYPTION_KEY now: remove BACKSTORY_ENCRYPTION_PREVIOUS_KEYS. (To rotate, set BACKSTORY_ENCRYPTION_KEY to a new key, e.g. `openssl rand -base64 32`, and the old one in BACKSTORY_ENCRYPTION_PREVIOUS_KEYS, then run this again.)",
      );
    }
  } finally {
    await getDatabase().prisma.$disconnect();
    await getDatabase().pool.end();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(
    "Rows moved so far stay moved: once the cause is fixed, run `npm run rotate-key` again to continue.",
  );
  process.exit(1);
});
