import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { importExportDocument } from "@/lib/export/mutations";
import { hashPassword } from "@/lib/passwords";
import { LIMITS, recordSignInFailure } from "@/lib/rate-limit";
import { toDbDate } from "@/lib/time";
import { sampleExportDocument } from "@/test/export-fixtures";
import { createTestUser } from "@/test/factories";
import { confirmPassword, deleteAccount } from "./mutations";

const PASSWORD = "correct horse battery staple";

/**
 * A person with a real password, a full journal, an opened share link, a session, an activity
 * entry, recovery codes, a reset link, reminders (settings, a push device, a sent reminder) and
 * rate-limit rows.
 */
async function createFullAccount() {
  const user = await createTestUser();
  const prisma = getPrisma();
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(PASSWORD) },
  });
  await importExportDocument({ userId: user.id, document: sampleExportDocument() });
  const link = await prisma.shareLink.create({
    data: {
      userId: user.id,
      tokenHash: randomUUID(),
      mode: "SNAPSHOT",
      periodStart: toDbDate("2026-03-01"),
      periodEnd: toDbDate("2026-03-08"),
      options: {},
      expiresAt: new Date(Date.now() + 86_400_000),
      accesses: { create: [{ kind: "page" }, { kind: "pdf" }] },
    },
  });
  await recordSignInFailure({ email: user.email, clientKey: "203.0.113.9" });
  await prisma.session.create({ data: { userId: user.id, device: "Firefox on Android" } });
  await prisma.auditEntry.create({ data: { userId: user.id, event: "SIGNED_IN" } });
  await prisma.recoveryCode.create({ data: { userId: user.id, codeHash: randomUUID() } });
  await prisma.passwordReset.create({
    data: { userId: user.id, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 60_000) },
  });
  await prisma.reminderSettings.create({
    data: { userId: user.id, isEmailEnabled: true, calendarTokenHash: randomUUID() },
  });
  await prisma.pushDevice.create({
    data: {
      userId: user.id,
      endpoint: `https://push.example.test/${randomUUID()}`,
      p256dh: "key",
      auth: "auth",
      label: "Chrome on Android",
    },
  });
  await prisma.sentReminder.create({
    data: { userId: user.id, channel: "PUSH", localDate: toDbDate("2026-03-08") },
  });
  return { ...user, shareLinkId: link.id };
}

/** Every table with a "userId" column, from the database itself (new tables are included). */
async function tablesWithUserId(): Promise<string[]> {
  const rows = await getPrisma().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'userId'
    ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

async function rowsReferring({ id: userId, email }: { id: string; email: string }) {
  const prisma = getPrisma();
  const counts: Record<string, number> = {};
  for (const table of await tablesWithUserId()) {
    const [row] = await prisma.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${table}" WHERE "userId" = $1::uuid`,
      userId,
    );
    counts[table] = Number(row?.count ?? 0);
  }
  const [user] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "User" WHERE id = ${userId}::uuid OR email = ${email}`;
  counts.User = Number(user?.count ?? 0);
  const [limits] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "RateLimit" WHERE position(${email} in "key") > 0`;
  counts.RateLimit = Number(limits?.count ?? 0);
  return counts;
}

describe("deleteAccount", () => {
  test("no table keeps a row that refers to the deleted person; others are untouched", async () => {
    const alice = await createFullAccount();
    const bob = await createFullAccount();
    const tables = await tablesWithUserId();
    // The check covers every personal table of the schema (and any added later).
    expect(tables).toEqual(
      expect.arrayContaining([
        "CheckIn",
        "LifeEvent",
        "PainEntry",
        "PegResponse",
        "PushDevice",
        "Reflection",
        "ReminderSettings",
        "SentReminder",
        "ReliefItem",
        "ReliefUse",
        "AuditEntry",
        "PasswordReset",
        "RecoveryCode",
        "Session",
        "ShareLink",
        "Tag",
        "TagUse",
      ]),
    );
    const aliceBefore = await rowsReferring(alice);
    const empty = (counts: Record<string, number>) =>
      Object.entries(counts)
        .filter(([, count]) => count === 0)
        .map(([table]) => table);
    expect(empty(aliceBefore)).toEqual([]);
    const bobBefore = await rowsReferring(bob);
    const bobAccesses = await getPrisma().shareAccess.count({
      where: { shareLinkId: bob.shareLinkId },
    });

    expect(await deleteAccount({ userId: alice.id })).toBe(true);

    const aliceAfter = await rowsReferring(alice);
    expect(Object.entries(aliceAfter).filter(([, count]) => count > 0)).toEqual([]);
    expect(Object.keys(aliceAfter).sort()).toEqual([...tables, "RateLimit", "User"].sort());
    expect(await getPrisma().shareAccess.count({ where: { shareLinkId: alice.shareLinkId } })).toBe(
      0,
    );
    // Bob's journal, share link, its access log and his rate-limit rows are all still there.
    expect(await rowsReferring(bob)).toEqual(bobBefore);
    expect(await getPrisma().shareAccess.count({ where: { shareLinkId: bob.shareLinkId } })).toBe(
      bobAccesses,
    );
  });

  test("rate-limit rows of an email that merely contains theirs are kept", async () => {
    const user = await createTestUser();
    const lookalike = `x${user.email}`;
    await recordSignInFailure({ email: user.email, clientKey: "198.51.100.1" });
    await recordSignInFailure({ email: lookalike, clientKey: "198.51.100.1" });
    await deleteAccount({ userId: user.id });
    const keys = await getPrisma().rateLimit.findMany({
      where: { key: { contains: user.email } },
      select: { key: true },
    });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every(({ key }) => key.includes(lookalike))).toBe(true);
  });

  test("an unknown account: nothing happens", async () => {
    const bystander = await createTestUser();
    expect(await deleteAccount({ userId: randomUUID() })).toBe(false);
    expect(await getPrisma().user.count({ where: { id: bystander.id } })).toBe(1);
  });
});

describe("confirmPassword", () => {
  async function userWithPassword() {
    const user = await createTestUser();
    await getPrisma().user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(PASSWORD) },
    });
    return user;
  }

  test("accepts the person's own password and refuses another", async () => {
    const user = await userWithPassword();
    const clientKey = `client-${randomUUID()}`;
    expect(await confirmPassword({ userId: user.id, password: PASSWORD, clientKey })).toBe("OK");
    expect(await confirmPassword({ userId: user.id, password: "not it", clientKey })).toBe(
      "WRONG_PASSWORD",
    );
    expect(await confirmPassword({ userId: randomUUID(), password: PASSWORD, clientKey })).toBe(
      "WRONG_PASSWORD",
    );
  });

  test("wrong passwords count toward the sign-in limits of that email only", async () => {
    const user = await userWithPassword();
    const other = await userWithPassword();
    const clientKey = `client-${randomUUID()}`;
    for (let attempt = 0; attempt < LIMITS.freeConsecutiveFailures + 3; attempt++) {
      await confirmPassword({ userId: user.id, password: "guess", clientKey });
    }
    // Backed off now, even with the right password, from this client…
    expect(await confirmPassword({ userId: user.id, password: PASSWORD, clientKey })).toBe(
      "RATE_LIMITED",
    );
    // …while another person on the same client is not.
    expect(await confirmPassword({ userId: other.id, password: PASSWORD, clientKey })).toBe("OK");
  });
});
