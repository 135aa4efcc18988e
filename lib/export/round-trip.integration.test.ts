import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { expect, test } from "vitest";
import { encryptPlaintextRows } from "@/lib/crypto/mutations";
import { getPrisma } from "@/lib/db";
import { addDays, PARTS_OF_DAY, toDbDate } from "@/lib/time";
import { createTestUser } from "@/test/factories";
import { getExportDocument } from "./data";
import { parseExportFile, serializeExportDocument } from "./formats/json";
import { importExportDocument } from "./mutations";
import type { ExportDocument } from "./schema";
import {
  BODY_AREAS,
  HELPED,
  LIFE_EVENT_CATEGORIES,
  PAIN_QUALITIES,
  RED_FLAGS,
  TAG_KINDS,
} from "./types";

/**
 * Property: import(export(x)) = x. A journal of arbitrary shape is written for person A straight
 * through Prisma (not through the import), exported, imported into a fresh person B, and
 * exported again: the two exports agree on everything but the account they came from.
 */

// PostgreSQL text cannot hold NUL; everything else, emoji and combining marks included, can.
const text = (maxLength: number) =>
  fc.string({ unit: "grapheme", maxLength }).filter((value) => !value.includes("\u0000"));
const name = text(12).filter((value) => value.length > 0);
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const day = fc.integer({ min: 0, max: 90 }).map((offset) => addDays("2026-01-01", offset));
const instant = fc
  .integer({ min: Date.parse("2025-06-01T00:00:00Z"), max: Date.parse("2026-12-31T00:00:00Z") })
  .map((ms) => new Date(ms));
const part = fc.constantFrom(...PARTS_OF_DAY);
const scale = fc.integer({ min: 0, max: 10 });
const areas = fc.subarray([...BODY_AREAS]);
const qualities = fc.subarray([...PAIN_QUALITIES]);
/** A tag use points at one of the journal's tags by index (taken modulo the tag count). */
const tagUse = fc.record({ tag: fc.nat(), partOfDay: nullable(part) });
const json = fc.dictionary(
  text(6),
  fc.oneof(
    fc.integer(),
    fc.boolean(),
    text(8),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 3 }),
  ),
  { maxKeys: 3 },
);

const journal = fc.record({
  painBeganOn: nullable(day),
  flareBeganOn: nullable(day),
  tags: fc.uniqueArray(
    fc.record({ kind: fc.constantFrom(...TAG_KINDS), name, createdAt: instant }),
    { selector: (tag) => `${tag.kind}|${tag.name}`, maxLength: 5 },
  ),
  reliefItems: fc.uniqueArray(
    fc.record({
      builtinKey: nullable(fc.constantFrom("CAT_COW", "CHILDS_POSE", "HEAT")),
      name,
      createdAt: instant,
    }),
    { selector: (item) => item.name, maxLength: 4 },
  ),
  checkIns: fc.uniqueArray(
    fc.record({
      date: day,
      stress: nullable(scale),
      sittingHours: nullable(fc.double({ min: 0, max: 24, noNaN: true })),
      sleepQuality: nullable(scale),
      note: nullable(text(40)),
      redFlags: fc.subarray([...RED_FLAGS]),
      createdAt: instant,
      updatedAt: instant,
      pain: fc.uniqueArray(
        fc.record({
          partOfDay: part,
          intensity: scale,
          areas,
          qualities,
          createdAt: instant,
          tags: fc.array(tagUse, { maxLength: 2 }),
        }),
        { selector: (pain) => pain.partOfDay, maxLength: 4 },
      ),
      tags: fc.array(tagUse, { maxLength: 3 }),
      relief: fc.uniqueArray(
        fc.record({
          item: fc.nat(),
          partOfDay: nullable(part),
          minutes: nullable(fc.integer({ min: 0, max: 1440 })),
          helped: nullable(fc.constantFrom(...HELPED)),
        }),
        { selector: (use) => use.item % 4, maxLength: 3 },
      ),
    }),
    { selector: (checkIn) => checkIn.date, maxLength: 4 },
  ),
  quickLogs: fc.array(
    fc.record({
      hasRequestId: fc.boolean(),
      occurredAt: instant,
      localDate: day,
      partOfDay: part,
      intensity: scale,
      areas,
      qualities,
      createdAt: instant,
      tags: fc.array(tagUse, { maxLength: 2 }),
    }),
    { maxLength: 4 },
  ),
  lifeEvents: fc.uniqueArray(
    fc.record({
      date: day,
      title: name,
      category: fc.constantFrom(...LIFE_EVENT_CATEGORIES),
      note: nullable(text(20)),
      createdAt: instant,
    }),
    { selector: (event) => `${event.date}|${event.title}`, maxLength: 3 },
  ),
  pegResponses: fc.uniqueArray(
    fc.record({ date: day, pain: scale, enjoyment: scale, activity: scale, createdAt: instant }),
    { selector: (peg) => peg.date, maxLength: 3 },
  ),
  reflections: fc.uniqueArray(
    fc.record({
      promptKey: fc.constantFrom("MORNINGS_WORSE", "PERSON_PAIN", "ONSET"),
      promptText: text(30),
      evidence: nullable(json),
      answer: text(40),
      weekStart: day,
      createdAt: instant,
      updatedAt: instant,
    }),
    {
      selector: (reflection) => `${reflection.promptKey}|${reflection.createdAt.getTime()}`,
      maxLength: 3,
    },
  ),
});

type Journal = typeof journal extends fc.Arbitrary<infer T> ? T : never;

/** Writes the journal with plain Prisma calls, independently of the import under test. */
async function writeJournal(userId: string, data: Journal) {
  const prisma = getPrisma();
  await prisma.user.update({
    where: { id: userId },
    data: {
      painBeganOn: data.painBeganOn ? toDbDate(data.painBeganOn) : null,
      flareBeganOn: data.flareBeganOn ? toDbDate(data.flareBeganOn) : null,
    },
  });
  const tagIds: string[] = [];
  for (const tag of data.tags) {
    tagIds.push((await prisma.tag.create({ data: { userId, ...tag }, select: { id: true } })).id);
  }
  // Built-in keys are unique per person: only the first item keeps a repeated key.
  const seenKeys = new Set<string>();
  const reliefIds: string[] = [];
  for (const item of data.reliefItems) {
    const builtinKey = item.builtinKey && !seenKeys.has(item.builtinKey) ? item.builtinKey : null;
    if (builtinKey) seenKeys.add(builtinKey);
    const row = await prisma.reliefItem.create({ data: { userId, ...item, builtinKey } });
    reliefIds.push(row.id);
  }
  const tagUses = (uses: Journal["checkIns"][number]["tags"], owner: object, localDate: Date) =>
    tagIds.length === 0
      ? []
      : uses.map((use) => ({
          userId,
          tagId: tagIds[use.tag % tagIds.length] as string,
          partOfDay: use.partOfDay,
          localDate,
          ...owner,
        }));
  for (const { pain, tags, relief, date, ...checkIn } of data.checkIns) {
    const localDate = toDbDate(date);
    const { id: checkInId } = await prisma.checkIn.create({
      data: { userId, date: localDate, ...checkIn },
    });
    for (const { tags: entryTags, ...entry } of pain) {
      const { id: painEntryId } = await prisma.painEntry.create({
        data: { userId, checkInId, localDate, ...entry },
      });
      await prisma.tagUse.createMany({ data: tagUses(entryTags, { painEntryId }, localDate) });
    }
    await prisma.tagUse.createMany({ data: tagUses(tags, { checkInId }, localDate) });
    const usedItems = new Set<string>();
    for (const { item, ...use } of relief) {
      const reliefItemId = reliefIds[item % Math.max(reliefIds.length, 1)];
      if (!reliefItemId || usedItems.has(reliefItemId)) continue;
      usedItems.add(reliefItemId);
      await prisma.reliefUse.create({
        data: { userId, checkInId, reliefItemId, localDate, ...use },
      });
    }
  }
  for (const { hasRequestId, tags, localDate, ...log } of data.quickLogs) {
    const { id: painEntryId } = await prisma.painEntry.create({
      data: {
        userId,
        localDate: toDbDate(localDate),
        requestId: hasRequestId ? randomUUID() : null,
        ...log,
      },
    });
    await prisma.tagUse.createMany({
      data: tagUses(tags, { painEntryId }, toDbDate(localDate)),
    });
  }
  await prisma.lifeEvent.createMany({
    data: data.lifeEvents.map((event) => ({ userId, ...event, date: toDbDate(event.date) })),
  });
  await prisma.pegResponse.createMany({
    data: data.pegResponses.map((peg) => ({ userId, ...peg, date: toDbDate(peg.date) })),
  });
  for (const reflection of data.reflections) {
    await prisma.reflection.create({
      data: {
        userId,
        ...reflection,
        // Written as an older version stored it: JSON in plain text (encrypted below).
        evidence: reflection.evidence === null ? null : JSON.stringify(reflection.evidence),
        weekStart: toDbDate(reflection.weekStart),
      },
    });
  }
}

/** The export without what belongs to the account rather than the journal. */
function journalOf(document: ExportDocument | null) {
  if (!document) throw new Error("expected an export");
  const { exportedAt: _exportedAt, account, ...rest } = document;
  return { ...rest, account: { ...account, email: undefined, createdAt: undefined } };
}

test("import(export(x)) = x for arbitrary journals", async () => {
  await fc.assert(
    fc.asyncProperty(journal, async (data) => {
      const alice = await createTestUser({ timeZone: "Pacific/Chatham" });
      const bob = await createTestUser({ timeZone: "Pacific/Chatham" });
      await writeJournal(alice.id, data);
      // The journal was written in plain text, as before encryption: the start-up pass encrypts it.
      await encryptPlaintextRows();
      const exported = await getExportDocument({ userId: alice.id });

      // Through the file, as a person would: serialise, read back, import.
      const file = await parseExportFile(serializeExportDocument(exported as ExportDocument));
      if (!file.ok) throw new Error(file.problems.join("\n"));
      const report = await importExportDocument({ userId: bob.id, document: file.document });
      expect(report.counts.checkIns.imported).toBe(exported?.checkIns.length);
      expect(report.counts.quickLogs.imported).toBe(exported?.quickLogs.length);
      expect(report.counts.reflections.imported).toBe(exported?.reflections.length);
      const reimported = await getExportDocument({ userId: bob.id });
      expect(journalOf(reimported)).toEqual(journalOf(exported));

      // And the same file again changes nothing.
      const again = await importExportDocument({ userId: bob.id, document: file.document });
      for (const count of Object.values(again.counts)) expect(count.imported).toBe(0);
      expect(journalOf(await getExportDocument({ userId: bob.id }))).toEqual(journalOf(exported));
    }),
    { numRuns: 40 },
  );
}, 180_000);
