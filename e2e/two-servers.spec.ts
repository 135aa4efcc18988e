import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../scripts/runtime/embedded-postgres.mjs";
import { listMigrations } from "../scripts/runtime/migrate.mjs";
import { generateVapidKeys } from "../scripts/runtime/vapid.mjs";
import { expect, newAccount, newClientPage, test } from "./fixtures";
import { CheckInPage } from "./pages/check-in-page";
import { createAccountAt, E2E_PORT, extraServer, freshDataDir, signInAt } from "./servers";

/*
 * Two production servers on one PostgreSQL, as behind a load balancer: everything a person does
 * on one holds on the other. Each has a data directory of its own: they share the database and
 * the secrets and keys from the environment, nothing else.
 */

test.describe.configure({ mode: "serial" });

let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
let serverA: ReturnType<typeof extraServer>;
let serverB: ReturnType<typeof extraServer>;
let A: string;
let B: string;
let logFiles: string[];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Three machines' worth of directories: the database's, and one per server, so the servers
  // share nothing but the database and what the environment gives both (as on two machines).
  database = await startEmbeddedPostgres({ dataDir: await freshDataDir("e2e-two-servers") });
  const vapid = generateVapidKeys();
  const env = {
    DATABASE_URL: database.url,
    BACKSTORY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
  };
  const [dirA, dirB] = [await freshDataDir("e2e-server-a"), await freshDataDir("e2e-server-b")];
  logFiles = [path.join(dirA, "server.log"), path.join(dirB, "server.log")];
  serverA = extraServer({ port: E2E_PORT + 1, dataDir: dirA, env });
  serverB = extraServer({ port: E2E_PORT + 2, dataDir: dirB, env });
  // At once, as a fleet starts: the migrations run once, under their advisory lock.
  await Promise.all([serverA.start(), serverB.start()]);
  A = serverA.base;
  B = serverB.base;
});

test.afterAll(async () => {
  // Both stop gracefully (exit code 0) on SIGTERM.
  expect(await Promise.all([serverA?.stop(), serverB?.stop()])).toEqual([0, 0]);
  await database?.stop();
});

test("started at the same moment, the two servers applied each migration once", async () => {
  const names = (await listMigrations(path.resolve("prisma/migrations"))).map(
    (migration) => migration.name,
  );
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; count: number }>(
      `SELECT migration_name, count(*)::int AS count FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(rows).toEqual(names.map((name) => ({ migration_name: name, count: 1 })));
  } finally {
    await client.end();
  }
  // Between them, each migration was applied by one server only (the other waited for the
  // advisory lock, then found nothing to do).
  const logs = await Promise.all(logFiles.map((file) => readFile(file, "utf8")));
  const applied = logs.join("\n").match(/applied migration \S+/g) ?? [];
  expect(applied.sort()).toEqual(names.map((name) => `applied migration ${name}`).sort());
});

test("a session from one server is valid on the other; sign-out everywhere on one ends it on the other", async ({
  browser,
}) => {
  const account = newAccount();
  const laptop = await newClientPage(browser);
  await createAccountAt(laptop.page, A, account);
  // Cookies belong to the host, not the port: the same browser session goes to B.
  await laptop.page.goto(`${B}/tonight`);
  await expect(laptop.page.getByRole("form", { name: "Nightly check-in" })).toBeVisible();

  const phone = await newClientPage(browser);
  await signInAt(phone.page, B, account);
  await phone.page.goto(`${B}/journal`);
  await expect(phone.page).toHaveURL(`${B}/journal`);

  await laptop.page.goto(`${A}/settings`);
  await laptop.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await laptop.page.waitForURL(/\/sign-in/);
  await phone.page.goto(`${B}/journal`);
  await expect(phone.page).toHaveURL(/\/sign-in/);
  await laptop.context.close();
  await phone.context.close();
});

test("a link revoked on one server is 404 on the other; a share-token limit hit on one holds on the other", async ({
  browser,
}) => {
  const owner = await newClientPage(browser);
  await createAccountAt(owner.page, A, newAccount());
  await owner.page.goto(`${A}/share`);
  await owner.page.getByRole("button", { name: "Create link" }).click();
  const url = await owner.page.getByLabel("The link (shown only now; copy it)").inputValue();
  const path = new URL(url).pathname;

  const therapist = await newClientPage(browser);
  expect((await therapist.page.goto(`${B}${path}`))?.status()).toBe(200);

  // A client guessing tokens on A is turned away on B too, even with a real token.
  const guesser = await newClientPage(browser);
  for (let i = 0; i < 30; i++) {
    const miss = await guesser.page.request.get(
      `${A}/s/${"g".repeat(40)}${String(i).padStart(3, "0")}`,
    );
    expect(miss.status()).toBe(404);
  }
  expect((await guesser.page.request.get(`${B}${path}`)).status()).toBe(404);
  expect((await therapist.page.request.get(`${B}${path}`)).status()).toBe(200);

  await owner.page.goto(`${A}/share`);
  await owner.page
    .getByRole("button", { name: /^Revoke/ })
    .first()
    .click();
  await expect(owner.page.getByText("Link revoked.")).toBeVisible();
  expect((await therapist.page.goto(`${B}${path}`))?.status()).toBe(404);
  for (const client of [owner, therapist, guesser]) await client.context.close();
});

test("a check-in saved on one server changes the patterns shown by the other, and its note reads there", async ({
  browser,
}) => {
  const person = await newClientPage(browser);
  await createAccountAt(person.page, A, newAccount());
  await person.page.goto(`${B}/patterns`);
  await expect(person.page.locator(".lead")).toContainText(/^0 days with ratings/);

  await person.page.goto(`${A}/tonight`);
  const checkIn = new CheckInPage(person.page);
  await checkIn.rate("Morning", 7);
  await checkIn.openYourDay();
  await checkIn.note.fill("Sealed by one server, read by the other");
  await checkIn.save();

  await person.page.goto(`${B}/patterns`);
  await expect(person.page.locator(".lead")).toContainText(/^1 day with ratings/);
  // The note was encrypted by A under the key from the environment; B reads it.
  await person.page.goto(`${B}/journal`);
  await expect(person.page.getByRole("article")).toContainText(
    "Sealed by one server, read by the other",
  );
  await person.context.close();
});
