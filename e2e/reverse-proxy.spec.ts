import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../scripts/runtime/embedded-postgres.mjs";
import { expect, newAccount, test } from "./fixtures";
import { createAccountAt, E2E_PORT, extraServer, freshDataDir, signInAt } from "./servers";

/*
 * docs/deploy/Caddyfile itself, in front of two production servers: HTTPS, a server killed
 * without warning costs no request, the client cannot choose the address the app sees, and
 * share-link tokens stay out of the access log. Only what cannot work here is changed: the site
 * address (no public name: Caddy's own CA instead), the ports and the log file. Needs `caddy`
 * (Debian's package); skipped where it is not installed.
 */

const hasCaddy = spawnSync("caddy", ["version"]).status === 0;
test.skip(!hasCaddy, "caddy is not installed");
test.describe.configure({ mode: "serial" });

const HTTPS_PORT = E2E_PORT + 12;
const HTTP_PORT = E2E_PORT + 13;
const BASE = `https://127.0.0.1:${HTTPS_PORT}`;

/** The documented Caddyfile, with the site, the upstreams and the log file made local. */
async function localCaddyfile(dir: string, upstreams: [number, number]) {
  const documented = await readFile(path.resolve("docs/deploy/Caddyfile"), "utf8");
  const replacements: [string, string][] = [
    ["journal.example.org {", `https://127.0.0.1:${HTTPS_PORT} {\n\ttls internal`],
    ["127.0.0.1:3000 127.0.0.1:3001", upstreams.map((port) => `127.0.0.1:${port}`).join(" ")],
    ["/var/log/caddy/backstory.log", path.join(dir, "access.log")],
  ];
  let local = documented;
  for (const [from, to] of replacements) {
    // The documented file must still have this shape, or this test no longer tests it.
    expect(local).toContain(from);
    local = local.replace(from, to);
  }
  // Global options: no admin port, nothing written to the system's trust store, local ports.
  const globals = `{\n\tadmin off\n\tskip_install_trust\n\thttp_port ${HTTP_PORT}\n\thttps_port ${HTTPS_PORT}\n}\n`;
  return `${globals}${local}`;
}

let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
let servers: ReturnType<typeof extraServer>[];
let caddy: ChildProcess | undefined;
let dir: string;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = await freshDataDir("e2e-reverse-proxy");
  database = await startEmbeddedPostgres({ dataDir: dir });
  const env = { DATABASE_URL: database.url, NEXTAUTH_URL: BASE };
  servers = [
    extraServer({ port: E2E_PORT + 10, dataDir: await freshDataDir("e2e-proxy-a"), env }),
    extraServer({ port: E2E_PORT + 11, dataDir: await freshDataDir("e2e-proxy-b"), env }),
  ];
  await Promise.all(servers.map((server) => server.start()));
  const config = path.join(dir, "Caddyfile");
  await writeFile(config, await localCaddyfile(dir, [E2E_PORT + 10, E2E_PORT + 11]));
  const log = createWriteStream(path.join(dir, "caddy.log"));
  caddy = spawn("caddy", ["run", "--config", config, "--adapter", "caddyfile"], {
    // Its certificates and state in this test's directory, not the user's home.
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  caddy.stdout?.pipe(log);
  caddy.stderr?.pipe(log);
});

test.afterAll(async () => {
  if (caddy && caddy.exitCode === null) {
    const exited = new Promise((resolve) => caddy?.once("exit", resolve));
    caddy.kill("SIGTERM");
    await exited;
  }
  await Promise.all((servers ?? []).map((server) => server.stop()));
  await database?.stop();
});

test("HTTPS through the documented Caddyfile: the app sees Caddy's address, not one a client claims, and no token reaches the access log", async ({
  browser,
}) => {
  // A client claiming to be somewhere else, as anyone can.
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.9" },
  });
  const page = await context.newPage();
  await expect
    .poll(async () => (await page.request.get(`${BASE}/api/ready`).catch(() => null))?.status(), {
      timeout: 60_000,
    })
    .toBe(200);

  const account = newAccount();
  await createAccountAt(page, BASE, account);
  await signInAt(page, BASE, account);
  // The session cookie of an https NEXTAUTH_URL (README "Configuration"), over Caddy's TLS.
  const cookies = await context.cookies(BASE);
  expect(cookies.find((cookie) => cookie.name.includes("session-token"))).toMatchObject({
    secure: true,
  });

  // Caddy replaced the header with the address it saw (loopback): the sign-ins are recorded
  // from Caddy's network, never from the one the client named.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ network: string }>(
      `SELECT DISTINCT a.network FROM "AuditEntry" a JOIN "User" u ON u.id = a."userId"
       WHERE u.email = $1`,
      [account.email],
    );
    expect(rows).toEqual([{ network: "127.0.0.0/24" }]);
  } finally {
    await client.end();
  }

  const token = "t".repeat(43);
  expect((await page.request.get(`${BASE}/s/${token}`)).status()).toBe(404);
  // Every request is logged (the share link's 404 among them), without its path.
  const accessLog = () => readFile(path.join(dir, "access.log"), "utf8").catch(() => "");
  await expect.poll(async () => /"status": ?404/.test(await accessLog())).toBe(true);
  // No path: neither the one requested nor one repeated in a header (Referer, Next-Url, the
  // router's state tree), nor anything else a client sent.
  for (const text of [token, "/create-account", "/tonight", "/sign-in", "203.0.113.9"]) {
    expect(await accessLog()).not.toContain(text);
  }
  await context.close();
});

test("a server killed without warning costs no request: Caddy tries the other", async ({
  playwright,
}) => {
  const request = await playwright.request.newContext({ ignoreHTTPSErrors: true });
  servers[1]?.kill9();
  // Before Caddy's next health check notices, every request still gets an answer.
  const statuses: number[] = [];
  for (let i = 0; i < 20; i++) statuses.push((await request.get(`${BASE}/sign-in`)).status());
  expect(statuses).toEqual(Array(20).fill(200));
  await request.dispose();
});
