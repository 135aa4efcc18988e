import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import { createGate } from "./http-gate.mjs";

/*
 * What the production server answers before Next sees a request. Next is replaced by a handler
 * that answers 200 (or what a test asks for); the database monitor by a switch.
 */

const initial = {
  database: true,
  migrationsMissing: 0,
  isShuttingDown: false,
  handlerStatus: 200,
  // The database goes away while the app handles the request.
  isOutageDuringRequest: false,
};
const state = { ...initial };
let server: http.Server | undefined;

afterEach(async () => {
  Object.assign(state, initial);
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function start(backupState: string | null = null) {
  const gate = createGate({
    handle: (_req: IncomingMessage, res: ServerResponse) => {
      if (state.isOutageDuringRequest) state.database = false;
      res.writeHead(state.handlerStatus, { "content-type": "text/plain" });
      res.end("from the app");
    },
    monitor: {
      isAvailable: () => state.database,
      readiness: () => ({ database: state.database, migrationsMissing: state.migrationsMissing }),
    },
    isShuttingDown: () => state.isShuttingDown,
    backupState: () => backupState,
  });
  server = http.createServer(gate.listener);
  // Port 0: the system picks a free one, so this test never takes a port someone else uses.
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

test("ready only with the database up, every migration applied and no shutdown under way", async () => {
  const base = await start();
  const ready = await fetch(`${base}/api/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({
    status: "ready",
    database: "up",
    migrationsMissing: 0,
    shuttingDown: false,
  });

  state.migrationsMissing = 2;
  const behind = await fetch(`${base}/api/ready`);
  expect(behind.status).toBe(503);
  expect(behind.headers.get("retry-after")).toBe("5");
  expect(await behind.json()).toMatchObject({ status: "unavailable", migrationsMissing: 2 });

  state.migrationsMissing = 0;
  state.isShuttingDown = true;
  expect((await fetch(`${base}/api/ready`)).status).toBe(503);
  state.isShuttingDown = false;
  state.database = false;
  expect(await (await fetch(`${base}/api/ready`)).json()).toMatchObject({ database: "down" });
});

test("health says the process is up, and how scheduled backups fare", async () => {
  const base = await start("failing");
  state.database = false;
  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", backups: "failing" });
});

test("while the database is down: 503 with a retry hint, a page for browsers, static files still served", async () => {
  const base = await start();
  state.database = false;
  const page = await fetch(`${base}/journal`, { headers: { accept: "text/html" } });
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("5");
  expect(await page.text()).toContain("Back in a moment");
  const action = await fetch(`${base}/tonight`, { method: "POST" });
  expect(action.status).toBe(503);
  expect(await action.json()).toEqual({ error: "DATABASE_UNAVAILABLE" });
  expect((await fetch(`${base}/_next/static/chunks/app.js`)).status).toBe(200);
});

test("a 500 from a request the outage caught becomes a 503 with the retry hint; other errors stay", async () => {
  const base = await start();
  state.handlerStatus = 500;
  // The database is up: a 500 is the app's own error and must not be disguised.
  expect((await fetch(`${base}/journal`)).status).toBe(500);
  state.isOutageDuringRequest = true;
  const caught = await fetch(`${base}/journal`);
  expect(caught.status).toBe(503);
  expect(caught.headers.get("retry-after")).toBe("5");
});

test("once shutting down, answered requests close their connection", async () => {
  const base = await start();
  state.isShuttingDown = true;
  const page = await fetch(`${base}/journal`);
  expect(page.status).toBe(200);
  expect(page.headers.get("connection")).toBe("close");
});

test("a body announced larger than its path takes is refused before the app reads it", async () => {
  const base = await start();
  const post = (path: string, bytes: number) =>
    fetch(`${base}${path}`, { method: "POST", body: new Uint8Array(bytes) });
  const tooLarge = await post("/", 3 * 1024 * 1024);
  expect(tooLarge.status).toBe(413);
  expect(await tooLarge.text()).not.toContain("from the app");
  // Everything but the imports takes up to 2 MB; the imports' route refuses past 20 MB itself,
  // with words for the form.
  expect((await post("/", 1024 * 1024)).status).toBe(200);
  expect((await post("/api/import", 3 * 1024 * 1024)).status).toBe(200);
  expect((await post("/api/import/history", 3 * 1024 * 1024)).status).toBe(200);
  expect((await post("/api/imports-of-another-kind", 3 * 1024 * 1024)).status).toBe(413);
  // Streamed without a length, a body could be any size: refused.
  const streamed = await fetch(`${base}/`, {
    method: "POST",
    body: new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    }),
    duplex: "half",
  } as RequestInit);
  expect(streamed.status).toBe(411);
});
