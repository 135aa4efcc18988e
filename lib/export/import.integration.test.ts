import { describe, expect, test } from "vitest";
import { blindIndex } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listMedications } from "@/lib/medications/data";
import { createMedication } from "@/lib/medications/mutations";
import { toDbDate } from "@/lib/time";
import { sampleExportDocument } from "@/test/export-fixtures";
import { importSample, journalOf } from "@/test/export-journal";
import { createTestReliefItem, createTestTag, createTestUser } from "@/test/factories";
import { getExportDocument } from "./data";
import { importExportDocument } from "./mutations";

describe("importExportDocument", () => {
  test("restores a whole journal into a fresh account, exactly as exported", async () => {
    const user = await createTestUser({ timeZone: "Europe/Berlin" });
    const report = await importSample(user.id);
    expect(report.counts).toEqual({
      tags: { imported: 4, alreadyPresent: 0 },
      reliefItems: { imported: 2, alreadyPresent: 0 },
      medications: { imported: 2, alreadyPresent: 0 },
      checkIns: { imported: 2, alreadyPresent: 0 },
      painRatings: { imported: 3, alreadyPresent: 0 },
      doses: { imported: 3, alreadyPresent: 0 },
      quickLogs: { imported: 1, alreadyPresent: 0 },
      lifeEvents: { imported: 1, alreadyPresent: 0 },
      pegResponses: { imported: 2, alreadyPresent: 0 },
      reflections: { imported: 1, alreadyPresent: 0 },
      experiments: { imported: 2, alreadyPresent: 0 },
    });
    expect(report.onsetDates).toBe("set");
    expect(report.otherTimeZone).toBeNull();
    const exported = await getExportDocument({ userId: user.id });
    expect(journalOf(exported)).toEqual(journalOf(sampleExportDocument()));
    expect(exported?.account).toMatchObject({ email: user.email, timeZone: "Europe/Berlin" });
  });

  test("importing the same file twice adds nothing the second time", async () => {
    const user = await createTestUser();
    await importSample(user.id);
    const before = await getExportDocument({ userId: user.id });
    const again = await importSample(user.id);
    for (const count of Object.values(again.counts)) expect(count.imported).toBe(0);
    expect(again.counts.checkIns.alreadyPresent).toBe(2);
    expect(again.counts.quickLogs.alreadyPresent).toBe(1);
    expect(again.counts.reflections.alreadyPresent).toBe(1);
    expect(again.counts.experiments.alreadyPresent).toBe(2);
    expect(again.counts.medications.alreadyPresent).toBe(2);
    expect(again.counts.doses.alreadyPresent).toBe(3);
    expect(await getPrisma().medicationDose.count({ where: { userId: user.id } })).toBe(3);
    expect(again.onsetDates).toBe("kept");
    expect(journalOf(await getExportDocument({ userId: user.id }))).toEqual(journalOf(before));
  });

  test("quick logs without a requestId are recognised on the second import too", async () => {
    const user = await createTestUser();
    const document = sampleExportDocument();
    const [log] = document.quickLogs;
    if (!log) throw new Error("sample has a quick log");
    document.quickLogs = [{ ...log, requestId: null }];
    expect((await importSample(user.id, document)).counts.quickLogs.imported).toBe(1);
    expect((await importSample(user.id, document)).counts.quickLogs).toEqual({
      imported: 0,
      alreadyPresent: 1,
    });
    expect(await getPrisma().painEntry.count({ where: { userId: user.id, checkInId: null } })).toBe(
      1,
    );
  });

  test("maps onto what the account already has: tags by kind and name, relief by key or name, check-ins by date", async () => {
    const user = await createTestUser();
    const prisma = getPrisma();
    const sam = await createTestTag({ userId: user.id, kind: "PERSON", name: "Sam" });
    // The built-in item under another name in this account: matched by its builtinKey.
    const catCow = await createTestReliefItem({
      userId: user.id,
      builtinKey: "CAT_COW",
      name: "Cat–cow (slow)",
    });
    await prisma.checkIn.create({
      data: { userId: user.id, date: toDbDate("2026-03-02"), stress: 1 },
    });
    await prisma.pegResponse.create({
      data: { userId: user.id, date: toDbDate("2026-03-08"), pain: 1, enjoyment: 1, activity: 1 },
    });

    const report = await importSample(user.id);
    expect(report.counts.tags).toEqual({ imported: 3, alreadyPresent: 1 });
    expect(report.counts.reliefItems).toEqual({ imported: 1, alreadyPresent: 1 });
    expect(report.counts.checkIns).toEqual({ imported: 1, alreadyPresent: 1 });
    expect(report.counts.painRatings).toEqual({ imported: 2, alreadyPresent: 1 });
    expect(report.counts.pegResponses).toEqual({ imported: 1, alreadyPresent: 1 });

    const samIndex = blindIndex({ field: "Tag.name", userId: user.id, text: "Sam" });
    expect(
      await prisma.tag.count({ where: { userId: user.id, kind: "PERSON", nameIndex: samIndex } }),
    ).toBe(1);
    const morningTag = await prisma.tagUse.findFirst({
      where: { userId: user.id, partOfDay: "MORNING" },
      select: { tagId: true },
    });
    expect(morningTag?.tagId).toBe(sam.id);
    const relief = await prisma.reliefUse.findFirst({
      where: { userId: user.id, localDate: toDbDate("2026-03-01") },
      select: { reliefItemId: true },
    });
    expect(relief?.reliefItemId).toBe(catCow.id);
    // The existing check-in of 2026-03-02 was left exactly as it was.
    const kept = await prisma.checkIn.findFirst({
      where: { userId: user.id, date: toDbDate("2026-03-02") },
      include: { painEntries: true, reliefUses: true },
    });
    expect(kept).toMatchObject({ stress: 1, painEntries: [], reliefUses: [] });
  });

  test("medications match the account's by name in any case; the account's usual dose is kept", async () => {
    const user = await createTestUser();
    const { id } = await createMedication({
      userId: user.id,
      data: { name: "IBUPROFEN, 400", usualDose: 200, unit: "mg" },
    });
    const report = await importSample(user.id);
    expect(report.counts.medications).toEqual({ imported: 1, alreadyPresent: 1 });
    const mine = await listMedications({ userId: user.id, includeArchived: true });
    expect(mine.map((m) => [m.name, m.usualDose, m.isArchived])).toEqual([
      ["IBUPROFEN, 400", 200, false],
      ["=Naproxen", null, true],
    ]);
    expect(
      await getPrisma().medicationDose.count({ where: { userId: user.id, medicationId: id } }),
    ).toBe(2);
  });

  test("names match the account's in any case, as the journal matches them", async () => {
    const user = await createTestUser();
    const prisma = getPrisma();
    const sam = await createTestTag({ userId: user.id, kind: "PERSON", name: "sam" });
    const heat = await createTestReliefItem({ userId: user.id, name: "HOT BATH" });
    const document = sampleExportDocument();
    // The file spells one item two ways (an old journal could): both land on the account's one.
    document.reliefItems.push({ builtinKey: null, name: "hot bath", createdAt: undefined });
    const [, secondDay] = document.checkIns;
    secondDay?.relief.push({ item: "hot bath", partOfDay: null, minutes: 5, helped: "YES" });

    const report = await importSample(user.id, document);
    expect(report.counts.tags).toEqual({ imported: 3, alreadyPresent: 1 });
    expect(report.counts.reliefItems).toEqual({ imported: 1, alreadyPresent: 2 });
    expect(await prisma.tag.count({ where: { userId: user.id, kind: "PERSON" } })).toBe(2);
    const uses = await prisma.reliefUse.findMany({
      where: { userId: user.id, localDate: toDbDate("2026-03-02") },
      select: { reliefItemId: true },
    });
    expect(uses).toEqual([{ reliefItemId: heat.id }]);
    expect(
      await prisma.tagUse.count({
        where: { userId: user.id, tagId: sam.id, partOfDay: "MORNING" },
      }),
    ).toBe(1);
  });

  test("all or nothing: a row the database refuses leaves the account untouched", async () => {
    const user = await createTestUser();
    const document = sampleExportDocument();
    const [log] = document.quickLogs;
    if (!log) throw new Error("sample has a quick log");
    // Past the schema (which would refuse it) straight to the database's CHECK constraint.
    document.quickLogs = [{ ...log, intensity: 11 }];
    await expect(importSample(user.id, document)).rejects.toThrow();
    const prisma = getPrisma();
    const where = { userId: user.id };
    expect(await prisma.tag.count({ where })).toBe(0);
    expect(await prisma.checkIn.count({ where })).toBe(0);
    expect(await prisma.painEntry.count({ where })).toBe(0);
    expect(await prisma.lifeEvent.count({ where })).toBe(0);
    const account = await prisma.user.findUnique({ where: { id: user.id } });
    expect(account?.painBeganOn).toBeNull();
  });

  test("two imports of one file at the same time never duplicate anything", async () => {
    const user = await createTestUser();
    const results = await Promise.allSettled([importSample(user.id), importSample(user.id)]);
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toEqual(new AppError("CONFLICT"));
    }
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    const where = { userId: user.id };
    expect(await getPrisma().checkIn.count({ where })).toBe(2);
    expect(await getPrisma().tag.count({ where })).toBe(4);
    expect(await getPrisma().reflection.count({ where })).toBe(1);
  });

  test("an unknown account is refused", async () => {
    await expect(
      importExportDocument({
        userId: "00000000-0000-4000-8000-000000000000",
        document: sampleExportDocument(),
      }),
    ).rejects.toEqual(new AppError("NOT_FOUND"));
  });

  test("reports a file made in another time zone, and never imports share links", async () => {
    const user = await createTestUser({ timeZone: "America/Chicago" });
    const document = sampleExportDocument();
    document.shareLinks = [
      {
        label: "For Dr. Lee",
        mode: "SNAPSHOT",
        periodStart: "2026-03-01",
        periodEnd: "2026-03-08",
        options: {},
        snapshot: null,
        expiresAt: "2026-03-20T00:00:00.000Z",
        revokedAt: null,
        createdAt: "2026-03-09T00:00:00.000Z",
        accesses: [],
      },
    ];
    const report = await importSample(user.id, document);
    expect(report.otherTimeZone).toBe("Europe/Berlin");
    expect(report.shareLinksNotImported).toBe(1);
    expect(await getPrisma().shareLink.count({ where: { userId: user.id } })).toBe(0);
  });
});
