import { describe, expect, test } from "vitest";
import { sealText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { toDbDate } from "@/lib/time";
import { importSample, journalOf } from "@/test/export-journal";
import { createTestUser } from "@/test/factories";
import { getExportDocument } from "./data";
import { parseExportFile, serializeExportDocument } from "./formats/json";
import type { ExportDocument } from "./schema";

describe("getExportDocument", () => {
  test("an empty account exports an empty journal that imports cleanly", async () => {
    const user = await createTestUser({ timeZone: "Asia/Tokyo" });
    const document = await getExportDocument({
      userId: user.id,
      now: new Date("2026-03-10T12:00:00.000Z"),
    });
    expect(document).toMatchObject({
      format: "backstory-export",
      schemaVersion: 2,
      exportedAt: "2026-03-10T12:00:00.000Z",
      account: { email: user.email, timeZone: "Asia/Tokyo", painBeganOn: null },
      tags: [],
      medications: [],
      checkIns: [],
      quickLogs: [],
      shareLinks: [],
    });
    const parsed = await parseExportFile(serializeExportDocument(document as ExportDocument));
    expect(parsed.ok).toBe(true);
  });

  test("includes share links and their openings, never the token hash", async () => {
    const user = await createTestUser();
    await getPrisma().shareLink.create({
      data: {
        userId: user.id,
        tokenHash: `hash-${user.id}`,
        label: sealText({ field: "ShareLink.label", userId: user.id, text: "Physio" }),
        mode: "LIVE",
        periodStart: toDbDate("2026-02-01"),
        periodEnd: toDbDate("2026-02-28"),
        options: { notes: false },
        expiresAt: new Date("2026-04-01T00:00:00.000Z"),
        accesses: { create: [{ kind: "page", openedAt: new Date("2026-03-02T08:00:00.000Z") }] },
      },
    });
    const document = await getExportDocument({ userId: user.id });
    expect(document?.shareLinks).toEqual([
      expect.objectContaining({
        label: "Physio",
        mode: "LIVE",
        options: { notes: false },
        accesses: [{ openedAt: "2026-03-02T08:00:00.000Z", kind: "page" }],
      }),
    ]);
    expect(JSON.stringify(document)).not.toContain("hash-");
  });

  test("returns null for an account that does not exist", async () => {
    expect(await getExportDocument({ userId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
  });
});

describe("isolation", () => {
  test("one person's export never holds another's data, and importing touches only the importer", async () => {
    const alice = await createTestUser();
    const bob = await createTestUser();
    await importSample(alice.id);
    const aliceBefore = await getExportDocument({ userId: alice.id });

    const bobExport = await getExportDocument({ userId: bob.id });
    expect(bobExport).toMatchObject({ tags: [], checkIns: [], quickLogs: [], reflections: [] });
    expect(JSON.stringify(bobExport)).not.toContain("Sam");

    // Bob imports Alice's file: he gets his own copy, linked to his own tags and items.
    await importSample(bob.id, aliceBefore as ExportDocument);
    const prisma = getPrisma();
    const crossLinkedTagUses = await prisma.tagUse.count({
      where: { userId: bob.id, tag: { userId: { not: bob.id } } },
    });
    const crossLinkedRelief = await prisma.reliefUse.count({
      where: { userId: bob.id, reliefItem: { userId: { not: bob.id } } },
    });
    const crossLinkedPain = await prisma.painEntry.count({
      where: { userId: bob.id, checkIn: { userId: { not: bob.id } } },
    });
    expect([crossLinkedTagUses, crossLinkedRelief, crossLinkedPain]).toEqual([0, 0, 0]);
    expect(journalOf(await getExportDocument({ userId: alice.id }))).toEqual(
      journalOf(aliceBefore),
    );
  });
});
