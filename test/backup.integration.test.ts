import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { Pool } from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
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
import { writeBackup } from "@/scripts/runtime/backup.mjs";
import { backupAndRecord, readBackupStatus } from "@/scripts/runtime/backup-schedule.mjs";
import { migrationsDir } from "@/scripts/runtime/database.mjs";
import { migrate } from "@/scripts/runtime/migrate.mjs";
import { restoreBackup } from "@/scripts/runtime/restore-backup.mjs";
import { sampleExportInput } from "./export-fixtures";

/*
 * A journal with every kind of record is backed up, restored into a new database, and the
 * person's JSON export from the restored database equals the one from the original; they can
 * sign in there with their password.
 */

const PASSWORD = "restore me please 2026";
const CANARY = `backup-canary-${randomUUID()}`;
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
  return { id: user.id, email };
}

test("backup, restore into a new database: the same export, and sign-in works", async () => {
  const person = await personWithEverything();
  const before = await getExportDocument({ userId: person.id, now: new Date(0) });
  expect(before?.checkIns.length).toBeGreaterThan(0);
  expect(before?.reflections.length).toBeGreaterThan(0);
  expect(before?.experiments.length).toBeGreaterThan(0);
  // Medications, with doses from a check-in and a quick log.
  expect(before?.medications.length).toBe(2);
  expect(before?.checkIns.flatMap((checkIn) => checkIn.medications).length).toBeGreaterThan(0);
  expect(before?.quickLogs.flatMap((log) => log.medications).length).toBeGreaterThan(0);
  const shareLinks = await getPrisma().shareLink.count({ where: { userId: person.id } });

  const file = await writeBackup({ url: process.env.DATABASE_URL ?? "", dir, recipient });
  // Encrypted: nothing typed can be read from the file.
  expect((await readFile(file)).includes(Buffer.from(CANARY))).toBe(false);

  const target = await newDatabase();
  const result = await restoreBackup({ url: target, file, identity, migrationsDir, migrate });
  expect(result.restored.User).toBeGreaterThan(0);

  useDatabase(target);
  const after = await getExportDocument({ userId: person.id, now: new Date(0) });
  expect(after).toEqual(before);
  expect(await getPrisma().shareLink.count({ where: { userId: person.id } })).toBe(shareLinks);
  const signedIn = await authorizeCredentials(
    { email: person.email, password: PASSWORD },
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
