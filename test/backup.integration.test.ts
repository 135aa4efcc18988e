import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { Pool } from "pg";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { getExportDocument } from "@/lib/export/data";
import { importExportDocument } from "@/lib/export/mutations";
import { exportDocumentSchema } from "@/lib/export/schema";
import { createLifeEvent } from "@/lib/life-events/mutations";
import { hashPassword } from "@/lib/passwords";
import { createReflection } from "@/lib/reflection/mutations";
import { authorizeCredentials } from "@/lib/sessions/next-auth/credentials";
import { createShareLink } from "@/lib/sharing/mutations";
import { createTotpSecret, currentTotp } from "@/lib/two-factor/codes/totp";
import { enableTotp, startTotpSetup } from "@/lib/two-factor/mutations";
import { writeBackup } from "@/scripts/runtime/backup.mjs";
import {
  backupAndRecord,
  listBackups,
  readBackupStatus,
  scheduleBackups,
} from "@/scripts/runtime/backup-schedule.mjs";
import { migrationsDir } from "@/scripts/runtime/database.mjs";
import { migrate } from "@/scripts/runtime/migrate.mjs";
import { restoreBackup } from "@/scripts/runtime/restore-backup.mjs";
import { sampleExportInput } from "./export-fixtures";

/*
 * A journal with every kind of record (a row in every table of the schema) is backed up,
 * restored into a new database, and every one of the person's rows comes back unchanged; the
 * JSON export from the restored database equals the one from the original; they can sign in
 * there with their password.
 */

const PASSWORD = "restore me please 2026";
const CANARY = `backup-canary-${randomUUID()}`;
const TOTP_SECRET = createTotpSecret();
let dir: string;
let identity: string;
let recipient: string;
const extraDatabases: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "backstory-backup-"));
  identity = await generateX25519Identity();
  recipient = await identityToRecipient(identity);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  const swapped = (globalThis as { backstoryDb?: { pool: Pool } }).backstoryDb;
  await swapped?.pool.end();
  const admin = new Pool({ connectionString: adminUrl() });
  for (const name of extraDatabases)
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

// The app's role may not create databases (README "Where data lives"): the superuser does.
const adminUrl = () => process.env.TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL;

/** A new, empty database in the same PostgreSQL server, owned by the app's role. */
async function newDatabase() {
  const name = `restore_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const appRole = new URL(process.env.DATABASE_URL ?? "").username;
  const admin = new Pool({ connectionString: adminUrl() });
  await admin.query(`CREATE DATABASE ${name} OWNER ${appRole}`);
  await admin.end();
  extraDatabases.push(name);
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  return url.toString();
}

/** Points the app's one Prisma client (lib/db.ts) at another database for the rest of the file. */
function useDatabase(url: string) {
  const pool = new Pool({ connectionString: url });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  (globalThis as { backstoryDb?: unknown }).backstoryDb = { prisma, pool };
}

async function personWithEverything() {
  const email = `backup-${randomUUID()}@example.test`;
  const user = await getPrisma().user.create({
    data: { email, passwordHash: await hashPassword(PASSWORD), timeZone: "Europe/Berlin" },
    select: { id: true },
  });
  const document = exportDocumentSchema.parse(sampleExportInput());
  await importExportDocument({ userId: user.id, document });
  await createReflection({
    userId: user.id,
    requestId: randomUUID(),
    promptKey: "baseline:onset",
    promptText: "When did this pain begin?",
    evidence: [],
    answer: `A reflection with ${CANARY}`,
    weekStart: "2026-03-02",
  });
  await createLifeEvent({
    userId: user.id,
    requestId: randomUUID(),
    data: { date: "2026-02-01", title: "Moved", category: "MOVE", note: CANARY },
  });
  await createShareLink({
    userId: user.id,
    requestId: randomUUID(),
    snapshot: null,
    input: {
      from: "2026-03-01",
      to: "2026-03-10",
      includeNotes: false,
      includeReflections: false,
      includeExperiments: false,
      showNames: false,
      includeMedications: false,
      expiresInDays: 14,
      mode: "LIVE",
      label: "physio",
    },
  });
  await recordsOutsideTheExport(user.id);
  return { id: user.id, email };
}

/**
 * What the JSON export does not carry but a restore must bring back: sign-in state, reminders,
 * the openings of share links, the activity log, a rate-limit counter. Written as rows: the
 * backup copies rows, whatever wrote them.
 */
async function recordsOutsideTheExport(userId: string) {
  const prisma = getPrisma();
  const soon = new Date(Date.now() + 30 * 60_000);
  // Two-step sign-in on (its secret encrypted), the flare's onset saved twice since.
  await startTotpSetup({ userId, secret: TOTP_SECRET });
  await enableTotp({ userId, step: Math.floor(Date.now() / 30_000) - 2 });
  await prisma.user.update({
    where: { id: userId },
    data: { flareBeganOn: new Date("2026-02-20"), onsetVersion: 3 },
  });
  await prisma.session.create({ data: { userId, device: "Firefox on Android" } });
  await prisma.auditEntry.create({
    data: { userId, event: "SIGNED_IN", device: "Firefox on Android", network: "10.1.2.0/24" },
  });
  await prisma.recoveryCode.create({ data: { userId, codeHash: `code-${randomUUID()}` } });
  await prisma.passwordReset.create({
    data: { userId, tokenHash: `reset-${randomUUID()}`, expiresAt: soon },
  });
  await prisma.reminderSettings.create({
    data: { userId, dailyMinute: 1290, isEmailEnabled: true, calendarTokenHash: randomUUID() },
  });
  await prisma.pushDevice.create({
    data: {
      userId,
      endpoint: `https://push.example.test/${randomUUID()}`,
      p256dh: "p256dh-key",
      auth: "auth-secret",
      label: "Chrome on Android",
    },
  });
  await prisma.sentReminder.create({
    data: { userId, channel: "PUSH", localDate: new Date("2026-03-09") },
  });
  const link = await prisma.shareLink.findFirstOrThrow({ where: { userId }, select: { id: true } });
  await prisma.shareAccess.create({ data: { shareLinkId: link.id, kind: "page" } });
  await prisma.rateLimit.create({
    data: { key: `backup-test:${userId}`, points: 3, expire: BigInt(soon.getTime()) },
  });
}

/**
 * How the rows of a table that has no "userId" column belong to a person. A new such table
 * makes the test below fail until it is named here (and filled in `personWithEverything`).
 */
const OWNED_THROUGH: Record<string, string> = {
  User: `"id" = $1`,
  ShareAccess: `"shareLinkId" IN (SELECT "id" FROM "ShareLink" WHERE "userId" = $1)`,
  RateLimit: `"key" LIKE '%' || $1::text || '%'`,
};

/** The person's rows in every table of the app's schema, table by table, as JSON text. */
async function rowsOfPerson(url: string, userId: string) {
  const client = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows: tables } = await client.query<{ name: string; hasUserId: boolean }>(
      `SELECT table_name AS name, bool_or(column_name = 'userId') AS "hasUserId"
       FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
       GROUP BY table_name ORDER BY table_name`,
    );
    const byTable: Record<string, string[]> = {};
    for (const { name, hasUserId } of tables) {
      const where = hasUserId ? `"userId" = $1` : OWNED_THROUGH[name];
      if (!where)
        throw new Error(`table ${name}: name in OWNED_THROUGH how its rows are a person's`);
      // User.journalVersion is the pattern cache's counter, bumped by triggers on every row the
      // restore loads: compared apart (it must not go back, or a server could serve stale
      // patterns), the rest of the row exactly.
      const row = name === "User" ? `to_jsonb(t) - 'journalVersion'` : "to_jsonb(t)";
      const { rows } = await client.query<{ row: string }>(
        `SELECT (${row})::text AS row FROM "${name}" t WHERE ${where} ORDER BY 1`,
        [userId],
      );
      byTable[name] = rows.map((r) => r.row);
    }
    return byTable;
  } finally {
    await client.end();
  }
}

test("backup, restore into a new database: every row of every table, the same export, and sign-in works", async () => {
  const person = await personWithEverything();
  const before = await getExportDocument({ userId: person.id, now: new Date(0) });
  expect(before?.checkIns.length).toBeGreaterThan(0);
  expect(before?.reflections.length).toBeGreaterThan(0);
  expect(before?.experiments.length).toBeGreaterThan(0);
  // Medications, with doses from a check-in and a quick log.
  expect(before?.medications.length).toBe(2);
  expect(before?.checkIns.flatMap((checkIn) => checkIn.medications).length).toBeGreaterThan(0);
  expect(before?.quickLogs.flatMap((log) => log.medications).length).toBeGreaterThan(0);
  // Every table of the schema holds at least one row of this person's.
  const rowsBefore = await rowsOfPerson(process.env.DATABASE_URL ?? "", person.id);
  const emptyTables = Object.entries(rowsBefore).filter(([, rows]) => rows.length === 0);
  expect(emptyTables.map(([table]) => table)).toEqual([]);
  // ... and those tables are every model of schema.prisma (none missed by the query above).
  const models = (await readFile(path.resolve("prisma/schema.prisma"), "utf8")).matchAll(
    /^model (\w+) \{/gm,
  );
  expect(Object.keys(rowsBefore)).toEqual([...models].map(([, model]) => model).sort());

  const file = await writeBackup({ url: process.env.DATABASE_URL ?? "", dir, recipient });
  // Encrypted: nothing typed can be read from the file.
  expect((await readFile(file)).includes(Buffer.from(CANARY))).toBe(false);

  const target = await newDatabase();
  const result = await restoreBackup({ url: target, file, identity, migrationsDir, migrate });
  expect(result.restored.User).toBeGreaterThan(0);

  // Row for row, column for column, in every table: what the export leaves out came back too.
  expect(await rowsOfPerson(target, person.id)).toEqual(rowsBefore);
  const journalVersion = async (url: string) => {
    const pool = new Pool({ connectionString: url, max: 1 });
    const { rows } = await pool.query(`SELECT "journalVersion" FROM "User" WHERE id = $1`, [
      person.id,
    ]);
    await pool.end();
    return Number(rows[0]?.journalVersion);
  };
  expect(await journalVersion(target)).toBeGreaterThanOrEqual(
    await journalVersion(process.env.DATABASE_URL ?? ""),
  );
  useDatabase(target);
  const after = await getExportDocument({ userId: person.id, now: new Date(0) });
  expect(after).toEqual(before);
  // With the password and a code from their authenticator app: the restored secret still
  // decrypts under the app's key.
  const signedIn = await authorizeCredentials(
    { email: person.email, password: PASSWORD, code: await currentTotp({ secret: TOTP_SECRET }) },
    { "x-forwarded-for": "10.1.2.3" },
  );
  expect(signedIn).toMatchObject({ id: person.id, email: person.email });
  expect(
    await authorizeCredentials(
      { email: person.email, password: `${PASSWORD}!` },
      { "x-forwarded-for": "10.1.2.3" },
    ),
  ).toBeNull();
});

test("restore refuses a database that holds data unless forced, and a wrong key", async () => {
  const source = process.env.DATABASE_URL ?? "";
  const file = await writeBackup({ url: source, dir, recipient });
  const target = await newDatabase();
  await restoreBackup({ url: target, file, identity, migrationsDir, migrate });
  await expect(
    restoreBackup({ url: target, file, identity, migrationsDir, migrate }),
  ).rejects.toThrow(/not empty/);
  const forced = await restoreBackup({
    url: target,
    file,
    identity,
    migrationsDir,
    migrate,
    force: true,
  });
  expect(forced.restored.User).toBeGreaterThan(0);

  // The same through `npm run restore FILE [-- --force]`, with the identity file from keygen.
  const identityFile = path.join(dir, "identity.txt");
  await writeFile(identityFile, `# Backstory backup identity\n${identity}\n`, { mode: 0o600 });
  const restoreCommand = (...args: string[]) =>
    spawnSync(process.execPath, [path.resolve("scripts/restore.mjs"), file, ...args], {
      env: { ...process.env, DATABASE_URL: target, BACKUP_IDENTITY_FILE: identityFile },
      encoding: "utf8",
    });
  const refused = restoreCommand();
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/the database is not empty .*--force/);
  const replaced = restoreCommand("--force");
  // The whole result, so that a failure shows its output.
  expect(replaced).toMatchObject({ status: 0 });
  expect(replaced.stdout).toMatch(/restored the backup of .*: \d+ rows in \d+ tables/);

  const stranger = await generateX25519Identity();
  const empty = await newDatabase();
  await expect(
    restoreBackup({ url: empty, file, identity: stranger, migrationsDir, migrate }),
  ).rejects.toThrow();
});

/** `npm run backup -- status` for the backups in `backupDir`. */
function backupStatusCommand(backupDir: string) {
  return spawnSync(process.execPath, [path.resolve("scripts/backup.mjs"), "status"], {
    env: { ...process.env, BACKUP_DIR: backupDir },
    encoding: "utf8",
  });
}

test("a failed backup is logged, recorded and reported by `backup status` until one succeeds", async () => {
  const backupDir = path.join(dir, "status");
  await mkdir(backupDir);
  const log: string[] = [];
  const record = (url: string) =>
    backupAndRecord({ url, dir: backupDir, recipient, keep: 2, log: (line) => log.push(line) });

  // Nothing listens on port 1: the database is unreachable.
  await expect(record("postgresql://backstory@127.0.0.1:1/backstory")).rejects.toThrow();
  expect(log).toEqual([expect.stringMatching(/^BACKUP FAILED: connect ECONNREFUSED/)]);
  expect(await readBackupStatus(backupDir)).toMatchObject({ consecutiveFailures: 1 });
  const failing = backupStatusCommand(backupDir);
  expect(failing.status).toBe(1);
  expect(failing.stdout).toContain("ECONNREFUSED");

  const file = await record(process.env.DATABASE_URL ?? "");
  expect(log.at(-1)).toMatch(/^backup written: backstory-\d{8}T\d{6}Z\.backup\.age/);
  expect(await readBackupStatus(backupDir)).toMatchObject({
    consecutiveFailures: 0,
    lastFile: path.basename(file),
  });
  expect(backupStatusCommand(backupDir).status).toBe(0);
});

test("a schedule inside the server: a backup at each slot, the newest kept, a failed slot shown", async () => {
  const backupDir = path.join(dir, "scheduled");
  await mkdir(backupDir);
  const FIVE_MINUTES = 5 * 60_000;
  // The clock is faked (timers and dates only; the database and files are real) and set a day
  // ahead of the real one, 1 s before a slot: each file's real modification time is then older
  // than the slot, as it is for the previous slot's file in real life.
  const slot = (Math.floor((Date.now() + 86_400_000) / FIVE_MINUTES) + 1) * FIVE_MINUTES;
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: slot - 1000 });
  const log: string[] = [];
  const written = () => log.filter((line) => line.startsWith("backup written")).length;
  const scheduled = scheduleBackups({
    url: process.env.DATABASE_URL ?? "",
    dir: backupDir,
    recipient,
    schedule: "every 5m",
    keep: 2,
    log: (line) => log.push(line),
  });
  const unreachable = scheduleBackups({
    url: "postgresql://backstory@127.0.0.1:1/backstory",
    dir: path.join(dir, "scheduled-failing"),
    recipient,
    schedule: "every 5m",
    keep: 2,
    log: (line) => log.push(line),
  });
  try {
    expect([scheduled.state(), unreachable.state()]).toEqual(["waiting", "waiting"]);
    for (let n = 1; n <= 3; n++) {
      // To the next slot; then wait (polling, real time) until that slot's backup is written.
      await vi.advanceTimersByTimeAsync(n === 1 ? 1000 : FIVE_MINUTES);
      await vi.waitFor(() => expect(written()).toBe(n), { timeout: 60_000, interval: 100 });
    }
    expect(scheduled.state()).toBe("ok");
    // Three slots, three backups; the oldest removed, the newest two kept.
    expect((await listBackups(backupDir)).length).toBe(2);
    expect(log.filter((line) => line.endsWith("1 old removed)"))).toHaveLength(1);

    await vi.waitFor(() => expect(unreachable.state()).toBe("failing"), { timeout: 60_000 });
    expect(log).toContain("BACKUP FAILED: could not reach the database (ECONNREFUSED)");
    expect(await readBackupStatus(path.join(dir, "scheduled-failing"))).toMatchObject({
      lastError: "ECONNREFUSED",
    });
  } finally {
    scheduled.stop();
    unreachable.stop();
    vi.useRealTimers();
  }
});
