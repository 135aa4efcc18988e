// @ts-check
// Runs once per server process, before it serves (instrumentation.ts): a migrated database and
// a session secret, with nothing to set up on a fresh machine.
import path from "node:path";
import { dataDirectory, openDatabase } from "./database.mjs";
import { readOrCreateSecret } from "./embedded-postgres.mjs";

/** @param {string} message */
const log = (message) => console.log(`[backstory] ${message}`);

export async function prepareRuntime() {
  const dataDir = dataDirectory();
  if (!process.env.NEXTAUTH_SECRET) {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dataDir, { recursive: true });
    process.env.NEXTAUTH_SECRET = await readOrCreateSecret(path.join(dataDir, "nextauth-secret"));
  }
  const database = await openDatabase({ dataDir, log });
  if (database.isEmbedded) {
    process.env.DATABASE_URL = database.url;
    log(`embedded PostgreSQL running, data in ${path.relative(process.cwd(), dataDir) || "."}`);
    let isStopping = false;
    const stop = async () => {
      if (isStopping) return;
      isStopping = true;
      await database.stop().catch(() => {});
      process.exit(0);
    };
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  }
}
