import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { runningPostmaster, startEmbeddedPostgres } from "../scripts/runtime/embedded-postgres.mjs";
import { expect, test } from "./fixtures";
import { E2E_PORT, extraServer, freshDataDir } from "./servers";

/*
 * The production server under trouble: its database killed, its database unreachable, and a
 * SIGTERM while it serves. No browser needed: these are what a load balancer and a supervisor see.
 */

test.describe.configure({ mode: "serial" });

type Answer = { status: number; retryAfter: string | null };

/** GETs `url` every 50 ms until it answers `expected` (or `timeoutMs`), keeping every answer. */
async function pollUntil(url: string, expected = 200, timeoutMs = 30_000): Promise<Answer[]> {
  const answers: Answer[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      answers.push({ status: response.status, retryAfter: response.headers.get("retry-after") });
      if (response.status === expected) return answers;
    } catch {
      answers.push({ status: 0, retryAfter: null });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
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

test("after kill -9 of the embedded PostgreSQL the app restarts it and recovers by itself", async () => {
  test.setTimeout(240_000);
  const dataDir = await freshDataDir("e2e-supervision");
  const server = extraServer({ port: E2E_PORT + 3, dataDir, env: {} });
  await server.start();
  try {
    const postmaster = await runningPostmaster(path.join(dataDir, "postgres"));
    expect(postmaster).not.toBeNull();
    process.kill(postmaster as number, "SIGKILL");

    // A share link's page looks its token up in the database: an unknown one is a 404 when the
    // database answers.
    // Crash recovery took up to 15 s on this machine under heavy load: allow for more.
    const answers = await pollUntil(`${server.base}/s/${"x".repeat(43)}`, 404, 90_000);
    // While it was down: 503 with a retry hint, never a 500 or a dropped connection.
    const whileDown = answers.slice(0, -1);
    expect(whileDown.length).toBeGreaterThan(0);
    expect(
      whileDown.filter((answer) => answer.status !== 503 || answer.retryAfter !== "5"),
    ).toEqual([]);
    const restarted = await runningPostmaster(path.join(dataDir, "postgres"));
    expect(restarted).not.toBe(postmaster);
    const log = await readFile(path.join(dataDir, "server.log"), "utf8");
    expect(log).toContain("embedded PostgreSQL ended unexpectedly (SIGKILL); restarting it");
    expect(log).toMatch(/embedded PostgreSQL restarted after [\d.]+ s/);
    expect((await fetch(`${server.base}/api/ready`)).status).toBe(200);
  } finally {
    // SIGTERM: it stops, and stops its database (no orphaned postmaster left behind).
    expect(await server.stop()).toBe(0);
  }
  expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
});

test("while its external database is down the server answers 503, then recovers without a restart", async () => {
  test.setTimeout(180_000);
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
    const down = await fetch(`${server.base}/sign-in`, { headers: { accept: "text/html" } });
    // The first request may still be answered from before the monitor noticed; poll briefly.
    let status = down.status;
    for (let i = 0; status !== 503 && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await fetch(`${server.base}/sign-in`)).status;
    }
    expect(status).toBe(503);
    const unavailable = await fetch(`${server.base}/sign-in`, { headers: { accept: "text/html" } });
    expect(unavailable.headers.get("retry-after")).toBe("5");
    expect(await unavailable.text()).toContain("Back in a moment");
    const ready = await fetch(`${server.base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", database: "down" });
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);

    database = await startEmbeddedPostgres({ dataDir, port: database.port });
    const answers = await pollUntil(`${server.base}/sign-in`);
    expect(answers.at(-1)?.status).toBe(200);
  } finally {
    expect(await server.stop()).toBe(0);
    await database.stop();
  }
});

test("on SIGTERM it says it is not ready, keeps serving for the configured delay, then exits cleanly", async () => {
  test.setTimeout(180_000);
  const dataDir = await freshDataDir("e2e-shutdown");
  const server = extraServer({
    port: E2E_PORT + 5,
    dataDir,
    env: { SHUTDOWN_DELAY_SECONDS: "2" },
  });
  await server.start();
  const stopped = server.stop();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const ready = await fetch(`${server.base}/api/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ shuttingDown: true });
  // Requests that still arrive are answered, and told the connection will close.
  const page = await fetch(`${server.base}/sign-in`);
  expect(page.status).toBe(200);
  expect(page.headers.get("connection")).toBe("close");
  expect(await stopped).toBe(0);
  expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
});
