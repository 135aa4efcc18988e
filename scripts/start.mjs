// @ts-check
// `npm start`: builds when the sources changed since the last build, then serves on port 3000
// (PORT to change it; HOST, default 127.0.0.1, to listen elsewhere) through scripts/server.mjs.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "types",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "instrumentation-client.ts",
  "scripts/runtime",
  "scripts/server.mjs",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];
const stampFile = path.join(root, ".next", "backstory-source-hash");

/** @param {string} entry @param {import("node:crypto").Hash} hash */
function hashTree(entry, hash) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) hashTree(path.join(entry, child), hash);
    return;
  }
  hash.update(entry).update(readFileSync(full));
}

const hash = createHash("sha256");
for (const entry of SOURCES) hashTree(entry, hash);
const sourceHash = hash.digest("hex");
const isBuilt =
  existsSync(path.join(root, ".next", "BUILD_ID")) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, "utf8") === sourceHash;

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const next = path.join(root, "node_modules", ".bin", "next");
if (!isBuilt) {
  console.log("[backstory] building (first start or changed sources)…");
  const build = spawnSync(next, ["build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stampFile, sourceHash);
}
// The production server (PORT, HOST): supervised database, health checks, graceful shutdown.
const server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
  cwd: root,
  env,
  stdio: "inherit",
});
// A stop signal sent to this process alone (a process manager that signals only the process it
// started) reaches the server, which finishes its requests and stops the database; without
// this it ran on, orphaned. A terminal's Ctrl-C reaches both (the server ignores the second).
for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
