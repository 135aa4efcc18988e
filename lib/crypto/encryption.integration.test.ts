import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { getExportDocument } from "@/lib/export/data";
import { saveCheckIn } from "@/lib/journal/check-in-mutations";
import { getCheckIn } from "@/lib/journal/data";
import { emptyCheckInDraft } from "@/lib/journal/draft";
import { checkInSchema } from "@/lib/journal/schema";
import { listLifeEvents } from "@/lib/life-events/data";
import { createLifeEvent } from "@/lib/life-events/mutations";
import { lifeEventSchema } from "@/lib/life-events/schema";
import { listReflections } from "@/lib/reflection/data";
import { createReflection } from "@/lib/reflection/mutations";
import { createTestUser } from "@/test/factories";
import { rawDatabaseText } from "@/test/raw-database";
import { UnreadableValueError } from "./fields";
import { encryptPlaintextRows } from "./reencrypt-mutations";

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
  };
  const draft = emptyCheckInDraft("2026-06-01");
  draft.parts.MORNING = { intensity: 5, areas: [], qualities: [] };
  draft.note = c.note;
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
  return c;
}

describe("health text at rest", () => {
  test("no canary of any encrypted field is in the raw tables, and the person reads it all back", async () => {
    const user = await createTestUser();
    const c = await writeEverything(user.id);

    const raw = await rawDatabaseText();
    for (const value of Object.values(c)) expect(raw).not.toContain(value);

    expect((await getCheckIn({ userId: user.id, date: "2026-06-01" }))?.note).toBe(c.note);
    expect(await listLifeEvents({ userId: user.id })).toMatchObject([
      { title: c.title, note: c.eventNote },
    ]);
    const [reflection] = await listReflections({ userId: user.id });
    expect(reflection).toMatchObject({ promptText: c.prompt, answer: c.answer });
    expect(reflection?.evidence[0]?.labelA).toBe(`With ${c.evidence}`);
    const exported = JSON.stringify(await getExportDocument({ userId: user.id }));
    for (const value of Object.values(c)) expect(exported).toContain(value);
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
    await expect(getCheckIn({ userId: bob.id, date: "2026-06-01" })).rejects.toThrow(
      UnreadableValueError,
    );
    expect((await getCheckIn({ userId: alice.id, date: "2026-06-01" }))?.note).toBe(c.note);
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
    expect(await rawDatabaseText()).toContain(note);

    const changed = await encryptPlaintextRows();
    expect(changed).toMatchObject({ CheckIn: 1, LifeEvent: 1, Reflection: 1 });
    const raw = await rawDatabaseText();
    for (const value of [note, title, answer]) expect(raw).not.toContain(value);
    expect((await getCheckIn({ userId: user.id, date: "2026-04-02" }))?.note).toBe(note);
    expect(await listLifeEvents({ userId: user.id })).toMatchObject([{ title }]);
    expect(await listReflections({ userId: user.id })).toMatchObject([
      { promptText: "When did it begin?", answer },
    ]);
    // A second start finds nothing left to do.
    expect(await encryptPlaintextRows()).toMatchObject({ CheckIn: 0, LifeEvent: 0, Reflection: 0 });
  });
});
