import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, readFile, rename, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { runningPostmaster, startEmbeddedPostgres } from "../scripts/runtime/embedded-postgres.mjs";
import { expect, newAccount, newClientPage, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";
import { createAccountAt, E2E_PORT, extraServer, freshDataDir, signInAt } from "./servers";

/*
 * The production server under trouble: its database killed, its database unreachable, and a
 * SIGTERM while it serves. No browser needed: these are what a load balancer and a supervisor see.
 */

test.describe.configure({ mode: "serial" });

/** A status code, or how the request failed: this client's own timeout, or a connection the
 * server dropped (which a load balancer would see as an error). */
type Answer = { status: number | "timeout" | "dropped"; retryAfter: string | null };

// Requests take seconds on a busy shared 2-core machine; a slow answer is not a failure.
const REQUEST_TIMEOUT_MS = 15_000;

async function ask(url: string): Promise<Answer> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get("retry-after") };
  } catch (error) {
    const isOwnTimeout = error instanceof DOMException && error.name === "TimeoutError";
    return { status: isOwnTimeout ? "timeout" : "dropped", retryAfter: null };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GETs `url` every 50 ms until it answers `expected` (or `timeoutMs`), keeping every answer. */
async function pollUntil(url: string, expected = 200, timeoutMs = 30_000): Promise<Answer[]> {
  const answers: Answer[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await ask(url);
    answers.push(answer);
    if (answer.status === expected) return answers;
    await sleep(50);
  }
  throw new Error(`${url} did not answer ${expected} within ${timeoutMs} ms`);
}

test("health and readiness for a load balancer", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({
    status: "ready",
    database: "up",
    migrationsMissing: 0,
  });
});

// Crash recovery after kill -9 took 0.4 s on a quiet machine and up to 15 s under heavy load.
const RECOVERY_DEADLINE_MS = 120_000;

/** Polls `read` until `isDone` says yes (or the deadline passes): waits for an event, never a duration. */
async function waitFor<T>(what: string, read: () => Promise<T>, isDone: (value: T) => boolean) {
  const deadline = Date.now() + RECOVERY_DEADLINE_MS;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${RECOVERY_DEADLINE_MS} ms`);
    await sleep(50);
  }
}

test("after kill -9 of the embedded PostgreSQL the app answers 503 with a retry hint, restarts it and recovers by itself", async () => {
  test.setTimeout(2 * RECOVERY_DEADLINE_MS + 120_000);
  const dataDir = await freshDataDir("e2e-supervision");
  const server = extraServer({ port: E2E_PORT + 3, dataDir, env: {} });
  await server.start();
  const clusterDir = path.join(dataDir, "postgres");
  const versionFile = path.join(clusterDir, "PG_VERSION");
  const heldVersionFile = `${versionFile}.held`;
  try {
    const logFile = path.join(dataDir, "server.log");
    const readLog = () => readFile(logFile, "utf8");
    const unknownLink = `${server.base}/s/${"x".repeat(43)}`;
    // Before: an unknown link is a 404 (the database answered). No client timeout here: the
    // first render of a page can take long on a busy machine, and that is no failure.
    expect((await fetch(unknownLink)).status).toBe(404);

    // Hold the supervisor's restart, so the outage lasts until this test ends it (the restart
    // alone takes 0.4 s, quicker than a poll can be sure to land in): without PG_VERSION the
    // data directory is no cluster, and the app will neither start PostgreSQL on it nor
    // initialise over it. The running postmaster read the file at its start and does not miss it.
    await rename(versionFile, heldVersionFile);
    const postmaster = await runningPostmaster(clusterDir);
    expect(postmaster).not.toBeNull();
    process.kill(postmaster as number, "SIGKILL");

    // The supervisor saw it end and tried to start it again, in vain: the database is down now,
    // and stays down until PG_VERSION is back.
    await waitFor("the first restart attempt", readLog, (log) =>
      /embedded PostgreSQL did not start \(attempt 1\)/.test(log),
    );
    // It says why, and leaves the files alone.
    expect(await readLog()).toMatch(/did not start \(attempt 1\): .*no PG_VERSION/);
    expect(await readLog()).toContain(
      "embedded PostgreSQL ended unexpectedly (SIGKILL); restarting it",
    );
    const ready = await fetch(`${server.base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get("retry-after")).toBe("5");
    expect(await ready.json()).toMatchObject({ status: "unavailable", database: "down" });
    // A page that needs the database: 503 with the hint, not a 500.
    const page = await fetch(unknownLink, { headers: { accept: "text/html" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain("Back in a moment");
    // The process itself is fine: a load balancer should wait, not replace it.
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);

    // The cluster is whole again: the supervisor's next attempt starts it, with nobody's help.
    await rename(heldVersionFile, versionFile);
    const pages: Answer[] = [];
    await waitFor(
      "ready again after the restart",
      async () => {
        pages.push(await ask(unknownLink));
        return { ready: await ask(`${server.base}/api/ready`), log: await readLog() };
      },
      ({ ready, log }) =>
        ready.status === 200 && /embedded PostgreSQL restarted after [\d.]+ s/.test(log),
    );
    const restarted = await runningPostmaster(clusterDir);
    expect(restarted).not.toBeNull();
    expect(restarted).not.toBe(postmaster);
    // Meanwhile the page was a 503 with the hint or the real answer: never a 500 or a dropped
    // connection. (This client's own timeouts under load say nothing about the server.)
    expect(pages.filter((answer) => ![404, 503, "timeout"].includes(answer.status))).toEqual([]);
    expect(pages.filter((answer) => answer.status === 503 && answer.retryAfter !== "5")).toEqual(
      [],
    );
    expect((await ask(unknownLink)).status).toBe(404);
  } finally {
    if (existsSync(heldVersionFile)) await rename(heldVersionFile, versionFile);
    // SIGTERM: it stops, and stops its database (no orphaned postmaster left behind).
    expect(await server.stop()).toBe(0);
  }
  expect(existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);
});

test("while its external database is down the server answers 503, then recovers without a restart", async () => {
  test.setTimeout(2 * RECOVERY_DEADLINE_MS + 120_000);
  const dataDir = await freshDataDir("e2e-external-database");
  let database = await startEmbeddedPostgres({ dataDir });
  const server = extraServer({
    port: E2E_PORT + 4,
    dataDir,
    env: { DATABASE_URL: database.url },
  });
  await server.start();
  try {
    await database.stop();
    // The monitor notices at its next probe (a second; longer on a busy machine).
    await pollUntil(`${server.base}/api/ready`, 503, RECOVERY_DEADLINE_MS);
    const unavailable = await fetch(`${server.base}/sign-in`, { headers: { accept: "text/html" } });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBe("5");
    expect(await unavailable.text()).toContain("Back in a moment");
    const ready = await fetch(`${server.base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", database: "down" });
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);

    database = await startEmbeddedPostgres({ dataDir, port: database.port });
    const answers = await pollUntil(`${server.base}/sign-in`, 200, RECOVERY_DEADLINE_MS);
    expect(answers.filter((answer) => ![200, 503, "timeout"].includes(answer.status))).toEqual([]);
  } finally {
    expect(await server.stop()).toBe(0);
    await database.stop();
  }
});

test("on SIGTERM it says it is not ready, keeps serving for the configured delay, finishes requests in flight, then exits cleanly", async () => {
  test.setTimeout(180_000);
  const dataDir = await freshDataDir("e2e-shutdown");
  const server = extraServer({
    port: E2E_PORT + 5,
    dataDir,
    env: { SHUTDOWN_DELAY_SECONDS: "10" },
  });
  await server.start();
  // A page that queries the database (an unknown share link): the app's pool has a connection.
  expect((await fetch(`${server.base}/s/${"x".repeat(43)}`)).status).toBe(404);
  const stopped = server.stop();
  // Within the delay: a busy machine may take a moment to deliver the signal.
  await pollUntil(`${server.base}/api/ready`, 503, 8_000);
  const ready = await fetch(`${server.base}/api/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ shuttingDown: true });
  // Requests that still arrive are answered, and told the connection will close.
  const page = await fetch(`${server.base}/sign-in`);
  expect(page.status).toBe(200);
  expect(page.headers.get("connection")).toBe("close");

  // A request still in flight when the delay ends (its body arrives slowly) is finished before
  // the server stops.
  const body = "slow=1&".repeat(100);
  const slow = http.request(`${server.base}/sign-in`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(body.length),
    },
  });
  const answered = new Promise<http.IncomingMessage>((resolve, reject) => {
    slow.on("response", resolve);
    slow.on("error", reject);
  });
  slow.write(body.slice(0, 7));
  const logFile = path.join(dataDir, "server.log");
  await expect
    .poll(() => readFile(logFile, "utf8"), { timeout: 30_000 })
    .toContain("finishing 1 request(s) in flight");
  slow.end(body.slice(7));
  const response = await answered;
  response.resume();
  expect(response.statusCode).toBeLessThan(500);
  expect(await stopped).toBe(0);
  // In this order: the requests finished, then the pool was ended (its connections closed
  // properly; how many were still open depends on how long they sat idle), then the embedded
  // database stopped (no postmaster left).
  const log = await readFile(logFile, "utf8");
  const closed = /database pool closed \(\d+ connection\(s\)\)/.exec(log);
  expect(closed).not.toBeNull();
  expect(log.indexOf("finishing 1 request(s) in flight")).toBeLessThan(closed?.index ?? -1);
  expect(closed?.index).toBeLessThan(log.lastIndexOf("stopped"));
  expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
});

test("scheduled backups that cannot work show in /api/health and the log at once", async () => {
  test.setTimeout(180_000);
  const dataDir = await freshDataDir("e2e-backup-settings");
  const server = extraServer({
    port: E2E_PORT + 6,
    dataDir,
    env: { BACKUP_SCHEDULE: "daily 03:30", BACKUP_RECIPIENT: "" },
  });
  await server.start();
  try {
    // The first slot may be a day away; the operator learns now, and the journal still works.
    const health = await fetch(`${server.base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", backups: "failing" });
    expect((await fetch(`${server.base}/api/ready`)).status).toBe(200);
    const log = await readFile(path.join(dataDir, "server.log"), "utf8");
    expect(log).toContain("BACKUP FAILED: BACKUP_SCHEDULE is set but BACKUP_RECIPIENT is not");
  } finally {
    expect(await server.stop()).toBe(0);
  }
});

/** Runs one of the operator's commands (`npm run backup` / `npm run restore`) as npm would. */
function command(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.resolve("scripts", script), ...args], {
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
  });
}

test("npm run backup beside the running server, npm run restore on a new machine: the person signs in and reads their note", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const oldMachine = await freshDataDir("e2e-backup-old");
  const newMachine = await freshDataDir("e2e-backup-new");
  const account = newAccount();
  const note = "Written before the backup";

  // The key pair, made once on a trusted machine; the server gets only the recipient.
  const keygen = command("backup.mjs", ["keygen"], {});
  expect(keygen).toMatchObject({ status: 0 });
  const recipient = /BACKUP_RECIPIENT=(age1\S+)/.exec(keygen.stdout)?.[1] ?? "";
  const identityFile = path.join(newMachine, "..", "e2e-backup-identity.txt");
  await writeFile(identityFile, keygen.stdout, { mode: 0o600 });

  const old = extraServer({ port: E2E_PORT + 8, dataDir: oldMachine, env: {} });
  await old.start();
  let file = "";
  try {
    const person = await newClientPage(browser);
    await createAccountAt(person.page, old.base, account);
    const checkIn = new CheckInPage(person.page);
    await checkIn.rate("Evening", 5);
    await checkIn.openYourDay();
    await checkIn.note.fill(note);
    await checkIn.save();
    await person.context.close();

    // While the server runs: the tool uses the running embedded database.
    const backup = command("backup.mjs", [], {
      BACKSTORY_DATA_DIR: oldMachine,
      BACKUP_RECIPIENT: recipient,
    });
    expect(backup).toMatchObject({ status: 0 });
    file = backup.stdout.trim().split("\n").at(-1) ?? "";
    expect(file).toMatch(/backups\/backstory-\d{8}T\d{6}Z\.backup\.age$/);
    expect((await readFile(file)).includes(Buffer.from(account.email))).toBe(false);
    expect(command("backup.mjs", ["status"], { BACKSTORY_DATA_DIR: oldMachine }).status).toBe(0);
  } finally {
    expect(await old.stop()).toBe(0);
  }

  // The new machine: the encryption key comes back from where the operator kept it (never in
  // the backup), the database from the backup.
  await copyFile(path.join(oldMachine, "encryption-key"), path.join(newMachine, "encryption-key"));
  const restore = command("restore.mjs", [file], {
    BACKSTORY_DATA_DIR: newMachine,
    BACKUP_IDENTITY_FILE: identityFile,
  });
  expect(restore).toMatchObject({ status: 0 });
  expect(restore.stdout).toMatch(/restored the backup of .*: \d+ rows in \d+ tables/);
  // A second restore would replace what is there now: refused unless told.
  const again = command("restore.mjs", [file], {
    BACKSTORY_DATA_DIR: newMachine,
    BACKUP_IDENTITY_FILE: identityFile,
  });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain("--force");

  const restored = extraServer({ port: E2E_PORT + 9, dataDir: newMachine, env: {} });
  await restored.start();
  try {
    const person = await newClientPage(browser);
    await signInAt(person.page, restored.base, account);
    await person.page.goto(`${restored.base}/journal`);
    await expect(person.page.getByRole("article")).toContainText(note);
    await person.context.close();
  } finally {
    expect(await restored.stop()).toBe(0);
  }
});
