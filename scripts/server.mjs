// @ts-check
// The production server (`npm start`, the end-to-end tests, benchmarks, the crash test): Next's
// request handler behind a small gate (runtime/http-gate.mjs), with the database started and
// supervised first, and a graceful shutdown on SIGTERM or SIGINT: stop accepting, finish the
// requests in flight, close the connection pool, stop the embedded database, exit.
// Usage: node scripts/server.mjs [port]   (PORT and HOST also work; HOST defaults to 127.0.0.1)
import http from "node:http";
import path from "node:path";
import next from "next";
import { createGate } from "./runtime/http-gate.mjs";
import { prepareRuntime } from "./runtime/prepare.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const SHUTDOWN_GRACE_MS = 15_000;
// Behind a load balancer: how long to keep serving once /api/ready says 503, so that it stops
// sending new requests here before the port closes.
const SHUTDOWN_DELAY_MS = Number(process.env.SHUTDOWN_DELAY_SECONDS ?? 0) * 1000;

/** @param {string} message */
const log = (message) => console.log(`[backstory] ${message}`);

process.env.NEXT_TELEMETRY_DISABLED = "1";
const runtime = await prepareRuntime({ log });
// next's CommonJS export is the factory; its type declarations describe the module instead.
const createNext = /** @type {typeof import("next").default} */ (/** @type {unknown} */ (next));
const app = createNext({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

let isShuttingDown = false;
const gate = createGate({
  handle,
  monitor: runtime.monitor,
  isShuttingDown: () => isShuttingDown,
  backupState: runtime.backupState,
});
const server = http.createServer(gate.listener);
server.on("error", async (error) => {
  log(`cannot listen on ${hostname}:${port}: ${error.message}`);
  await runtime.stop();
  process.exit(1);
});
server.listen(port, hostname, () => log(`listening on http://${hostname}:${port}`));

/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
  if (isShuttingDown) return;
  isShuttingDown = true;
  if (SHUTDOWN_DELAY_MS > 0) {
    log(`${signal}: not ready any more; serving ${SHUTDOWN_DELAY_MS / 1000} s longer`);
    await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DELAY_MS));
  }
  log(`${signal}: finishing ${gate.inFlight()} request(s) in flight, then stopping`);
  server.close();
  server.closeIdleConnections();
  await gate.idle(SHUTDOWN_GRACE_MS);
  server.closeAllConnections();
  // The app's pool (lib/db.ts keeps it on globalThis; absent when no request needed the
  // database): ending it closes each connection properly, so the database stops cleanly.
  const pool = /** @type {{ backstoryDb?: { pool: import("pg").Pool } }} */ (globalThis).backstoryDb
    ?.pool;
  if (pool) {
    const open = pool.totalCount;
    await pool.end().then(
      () => log(`database pool closed (${open} connection(s))`),
      (/** @type {{ code?: unknown }} */ error) =>
        log(`database pool did not close cleanly (${String(error?.code ?? "no code")})`),
    );
  }
  await runtime.stop();
  log("stopped");
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
