// @ts-check
// The server for end-to-end tests: the production server (scripts/server.mjs) on the production
// build, on a fresh embedded database.
import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.argv[2] ?? "3100";
const dataDir = path.join(root, ".data/e2e");
await rm(dataDir, { recursive: true, force: true });

const server = spawn(process.execPath, [path.join(root, "scripts/server.mjs"), port], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    BACKSTORY_DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: "",
    // The tests act as a reverse proxy: each one sends its own X-Forwarded-For so that per-client
    // limits see separate people (e2e/fixtures.ts).
    TRUST_PROXY: "loopback",
  },
});
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
