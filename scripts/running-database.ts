import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "./runtime/database.mjs";
import { APP_USER } from "./runtime/embedded-postgres.mjs";

/**
 * The URL of an embedded PostgreSQL that a running Backstory already serves from this data
 * directory (starting a second one would stop it), or null. For scripts run beside `npm start`.
 */
export function runningEmbeddedDatabase(dataDir: string = dataDirectory()): string | null {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  // The app's own role (no superuser), as the server itself connects.
  const passwordFile = path.join(dataDir, "app-password");
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  const password = readFileSync(passwordFile, "utf8").trim();
  return `postgresql://${APP_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/backstory`;
}
