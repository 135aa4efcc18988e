import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { getExperiment } from "@/lib/experiments/data";
import { createExperiment } from "@/lib/experiments/mutations";
import { createExperimentSchema } from "@/lib/experiments/schema";
import { getExportDocument } from "@/lib/export/data";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { getCheckIn, listTags } from "@/lib/journal/data";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { checkInSchema } from "@/lib/journal/schema";
import { listLifeEvents } from "@/lib/life-events/data";
import { createLifeEvent, updateLifeEvent } from "@/lib/life-events/mutations";
import { lifeEventSchema } from "@/lib/life-events/schema";
import { listMedications } from "@/lib/medications/data";
import { createMedication } from "@/lib/medications/mutations";
import { listReflections } from "@/lib/reflection/data";
import { createReflection, updateReflection } from "@/lib/reflection/mutations";
import { findOpenShareLink, listShareLinks } from "@/lib/sharing/data";
import { createShareLink } from "@/lib/sharing/mutations";
import { hashShareToken } from "@/lib/sharing/privacy/tokens";
import type { ShareSummary } from "@/lib/sharing/types";
import { createTestUser } from "@/test/factories";
import { rawDatabaseText } from "@/test/raw-database";
import { encryptPlaintextRows } from "./mutations";
import { UnreadableValueError } from "./sealing/fields";

/** A canary per encrypted field, so a leak names the field it came from. */
const canary = (field: string) => `canary-${field}-${Math.random().toString(36).slice(2, 10)}`;

async function writeEverything(userId: string) {
  const c = {
    note: canary("note"),
    title: canary("title"),
    eventNote: canary("event-note"),
    prompt: canary("prompt"),
    evidence: canary("evidence"),
    answer: canary("answer"),
    person: canary("person"),
    place: canary("place"),
    label: canary("label"),
    snapshot: canary("snapshot"),
    rule: canary("rule"),
    medication: canary("medication"),
    relief: canary("relief"),
  };
  await createMedication({ userId, data: { name: c.medication, usualDose: 400, unit: "mg" } });
  const draft = emptyCheckInDraft("2026-06-01");
  draft.parts.MORNING = { intensity: 5, areas: [], qualities: [] };
  draft.note = c.note;
  draft.tags = [
    { kind: "PERSON", name: c.person, partOfDay: "MORNING" },
    { kind: "CONTEXT", name: c.place, partOfDay: null },
  ];
  // A relief item the person names themselves (the check-in creates it).
  draft.relief = [{ itemId: null, name: c.relief, minutes: "10", helped: "YES", partOfDay: null }];
  await saveCheckIn({ userId, data: checkInSchema.parse(draft) });
  await createLifeEvent({
    userId,
    data: lifeEventSchema.parse({
      date: "2026-05-20",
      title: c.title,
      category: "WORK",
      note: c.eventNote,
    }),
  });
  await createReflection({
    userId,
    requestId: null,
    promptKey: "onset",
    promptText: c.prompt,
    evidence: [
      {
        comparisonKey: "person:1",
        sentence: `Day pain with ${c.evidence} was higher.`,
        labelA: `With ${c.evidence}`,
        labelB: `Without ${c.evidence}`,
        nA: 12,
        nB: 30,
        difference: 1.5,
        ciLow: 0.5,
        ciHigh: 2.5,
      },
    ],
    answer: c.answer,
    weekStart: "2026-06-01",
  });
  const { token } = await createShareLink({
    userId,
    input: {
      from: "2026-05-01",
      to: "2026-06-01",
      includeNotes: true,
      includeReflections: true,
      includeExperiments: true,
      showNames: true,
      includeMedications: true,
      expiresInDays: 14,
      mode: "SNAPSHOT",
      label: c.label,
    },
    // Only the text matters here: a frozen summary holds the notes and names the person chose.
    snapshot: { notes: [{ date: "2026-06-01", note: c.snapshot }] } as unknown as ShareSummary,
  });
  const { id: experimentId } = await createExperiment({
    userId,
    data: createExperimentSchema.parse({
      changeKind: "rule",
      rule: c.rule,
      outcome: "MORNING",
      blockDays: "2",
      pairs: "7",
      startDate: "2026-06-02",
    }),
  });
  return { ...c, token, experimentId };
}

describe("health text at rest", () => {
  test("no canary of any encrypted field is in the raw tables, and the person reads it all back", async () => {
    const user = await createTestUser();
    const c = await writeEverything(user.id);

    const { token, experimentId, ...canaries } = c;
    const raw = await rawDatabaseText();
    for (const value of Object.values(canaries)) expect(raw).not.toContain(value);

    const day = await getCheckIn({ userId: user.id, date: "2026-06-01" });
    expect(day?.note).toBe(c.note);
    expect(day?.tags).toEqual([
      { kind: "CONTEXT", name: c.place, partOfDay: null },
      { kind: "PERSON", name: c.person, partOfDay: "MORNING" },
    ]);
    expect(await listLifeEvents({ userId: user.id })).toMatchObject([
      { title: c.title, note: c.eventNote },
    ]);
    const [reflection] = await listReflections({ userId: user.id });
    expect(reflection).toMatchObject({ promptText: c.prompt, answer: c.answer });
    expect(reflection?.evidence[0]?.labelA).toBe(`With ${c.evidence}`);
    const [link] = await listShareLinks({ userId: user.id });
    expect(link?.label).toBe(c.label);
    expect(await listMedications({ userId: user.id })).toMatchObject([{ name: c.medication }]);
    expect(day?.relief).toMatchObject([{ name: c.relief, helped: "YES" }]);
    const opened = await findOpenShareLink({ tokenHash: hashShareToken(token), now: new Date() });
    expect(JSON.stringify(opened?.snapshot)).toContain(c.snapshot);
    expect((await getExperiment({ userId: user.id, id: experimentId }))?.change).toBe(c.rule);
    const exported = JSON.stringify(await getExportDocument({ userId: user.id }));
    for (const value of Object.values(canaries)) expect(exported).toContain(value);
  });

  test("a stale edit gets the stored text back in the clear, and still nothing plain is stored", async () => {
    const user = await createTestUser();
    const c = await writeEverything(user.id);
    const [event] = await listLifeEvents({ userId: user.id });
    const [reflection] = await listReflections({ userId: user.id });
    if (!event || !reflection) throw new Error("writeEverything stored no event or reflection");
    const mine = { title: canary("mine-title"), answer: canary("mine-answer") };
    const eventEdit = await updateLifeEvent({
      userId: user.id,
      id: event.id,
      version: event.version + 1,
      data: lifeEventSchema.parse({ date: event.date, title: mine.title, category: "WORK" }),
    });
    expect(eventEdit).toEqual({
      status: "conflict",
      version: event.version,
      current: { date: event.date, title: c.title, category: "WORK", note: c.eventNote },
    });
    const answerEdit = await updateReflection({
      userId: user.id,
      id: reflection.id,
      version: reflection.version + 1,
      answer: mine.answer,
    });
    expect(answerEdit).toEqual({
      status: "conflict",
      version: reflection.version,
      answer: c.answer,
    });
    const raw = await rawDatabaseText();
    for (const value of [c.title, c.eventNote, c.answer, mine.title, mine.answer]) {
      expect(raw).not.toContain(value);
    }
  });

  test("tags an older version stored in two spellings become one at start, keeping every day", async () => {
    const user = await createTestUser();
    const prisma = getPrisma();
    const first = await prisma.tag.create({
      data: { userId: user.id, kind: "PERSON", name: "Sam", createdAt: new Date("2026-01-01") },
    });
    const second = await prisma.tag.create({
      data: { userId: user.id, kind: "PERSON", name: "sam", createdAt: new Date("2026-02-01") },
    });
    for (const [date, tagIds] of [
      ["2026-03-01", [first.id]],
      ["2026-03-02", [second.id]],
      ["2026-03-03", [first.id, second.id]],
    ] as const) {
      const { id: checkInId } = await prisma.checkIn.create({
        data: { userId: user.id, date: new Date(`${date}T00:00:00Z`) },
      });
      for (const tagId of tagIds) {
        await prisma.tagUse.create({
          data: { userId: user.id, tagId, checkInId, localDate: new Date(`${date}T00:00:00Z`) },
        });
      }
    }
    const changed = await encryptPlaintextRows();
    expect(changed.mergedTags).toBeGreaterThanOrEqual(1);
    expect(await listTags({ userId: user.id })).toEqual([
      { id: first.id, kind: "PERSON", name: "Sam" },
    ]);
    const uses = await prisma.tagUse.findMany({
      where: { userId: user.id },
      select: { tagId: true, localDate: true },
      orderBy: { localDate: "asc" },
    });
    expect(uses.map((use) => [use.tagId, use.localDate.toISOString().slice(0, 10)])).toEqual([
      [first.id, "2026-03-01"],
      [first.id, "2026-03-02"],
      [first.id, "2026-03-03"],
    ]);
    expect(await rawDatabaseText()).not.toMatch(/"Sam"|,Sam,|,sam,/);
  });

  test("a note copied into another person's row does not open for them", async () => {
    const alice = await createTestUser();
    const bob = await createTestUser();
    const c = await writeEverything(alice.id);
    await writeEverything(bob.id);
    const prisma = getPrisma();
    const stolen = await prisma.checkIn.findFirstOrThrow({
      where: { userId: alice.id },
      select: { note: true },
    });
    await prisma.checkIn.updateMany({ where: { userId: bob.id }, data: { note: stolen.note } });
    try {
      await expect(getCheckIn({ userId: bob.id, date: "2026-06-01" })).rejects.toThrow(
        UnreadableValueError,
      );
      expect((await getCheckIn({ userId: alice.id, date: "2026-06-01" }))?.note).toBe(c.note);
    } finally {
      // An unreadable value left behind would stop a later key rotation test in this database.
      await prisma.user.deleteMany({ where: { id: bob.id } });
    }
  });

  test("plain text left by an older version is encrypted at start and reads the same", async () => {
    const user = await createTestUser();
    const prisma = getPrisma();
    const note = canary("legacy-note");
    const title = canary("legacy-title");
    const answer = canary("legacy-answer");
    await prisma.$executeRaw`
      INSERT INTO "CheckIn" ("id", "userId", "date", "note", "updatedAt")
      VALUES (gen_random_uuid(), ${user.id}::uuid, '2026-04-02', ${note}, now())`;
    await prisma.$executeRaw`
      INSERT INTO "LifeEvent" ("id", "userId", "date", "title", "category")
      VALUES (gen_random_uuid(), ${user.id}::uuid, '2026-04-01', ${title}, 'MOVE')`;
    await prisma.$executeRaw`
      INSERT INTO "Reflection" ("id", "userId", "promptKey", "promptText", "evidence", "answer", "weekStart", "updatedAt")
      VALUES (gen_random_uuid(), ${user.id}::uuid, 'onset', 'When did it begin?', '[]', ${answer}, '2026-03-30', now())`;
    const label = canary("legacy-label");
    const frozen = canary("legacy-snapshot");
    await prisma.$executeRaw`
      INSERT INTO "ShareLink" ("id", "userId", "tokenHash", "label", "mode", "periodStart", "periodEnd", "options", "snapshot", "expiresAt")
      VALUES (gen_random_uuid(), ${user.id}::uuid, ${canary("hash")}, ${label}, 'SNAPSHOT', '2026-03-01',
        '2026-03-31', '{}', ${JSON.stringify({ notes: [{ note: frozen }] })}, now() + interval '1 day')`;
    expect(await rawDatabaseText()).toContain(note);

    const changed = await encryptPlaintextRows();
    expect(changed).toMatchObject({ CheckIn: 1, LifeEvent: 1, Reflection: 1, ShareLink: 1 });
    const raw = await rawDatabaseText();
    for (const value of [note, title, answer, label, frozen]) expect(raw).not.toContain(value);
    const exported = await getExportDocument({ userId: user.id });
    expect(exported?.shareLinks).toMatchObject([
      { label, snapshot: { notes: [{ note: frozen }] } },
    ]);
    expect((await getCheckIn({ userId: user.id, date: "2026-04-02" }))?.note).toBe(note);
    expect(await listLifeEvents({ userId: user.id })).toMatchObject([{ title }]);
    expect(await listReflections({ userId: user.id })).toMatchObject([
      { promptText: "When did it begin?", answer },
    ]);
    // A second start finds nothing left to do.
    expect(await encryptPlaintextRows()).toMatchObject({
      CheckIn: 0,
      Tag: 0,
      LifeEvent: 0,
      Reflection: 0,
      ShareLink: 0,
    });
  });
});
