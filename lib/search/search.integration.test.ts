import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { createExperiment } from "@/lib/experiments/mutations";
import { createExperimentSchema } from "@/lib/experiments/schema";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { createQuickLog } from "@/lib/journal/quick-log/mutations";
import { type CheckInDraft, checkInSchema, quickLogSchema } from "@/lib/journal/schema";
import { createLifeEvent } from "@/lib/life-events/mutations";
import { createMedication } from "@/lib/medications/mutations";
import { medicationSchema } from "@/lib/medications/schema";
import { createReflection } from "@/lib/reflection/mutations";
import { addDays } from "@/lib/time";
import { createTestUser } from "@/test/factories";
import { searchJournal } from "./data";

function checkIn(date: string, change: (draft: CheckInDraft) => void) {
  const draft = emptyCheckInDraft(date);
  draft.parts.MORNING = { intensity: 4, areas: [], qualities: [] };
  change(draft);
  return checkInSchema.parse(draft);
}

const text = (excerpt: { before: string; match: string; after: string }) =>
  `${excerpt.before}[${excerpt.match}]${excerpt.after}`;

async function search(
  user: { id: string; timeZone: string },
  query: string,
  options: { before?: string; limit?: number } = {},
) {
  return searchJournal({ userId: user.id, timeZone: user.timeZone, query, ...options });
}

describe("searchJournal", () => {
  test("finds notes, tag names, life events and reflections, ignoring capitals and accents", async () => {
    const user = await createTestUser({ timeZone: "Pacific/Auckland" });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-06-02", (draft) => {
        draft.note = "Long drive to see Zoë, the back was stiff after.";
        draft.tags = [{ kind: "PERSON", name: "Éloïse", partOfDay: null }];
      }),
    });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-06-05", (draft) => {
        draft.note = "Quiet day.";
        draft.tags = [{ kind: "CONTEXT", name: "Physiotherapy", partOfDay: "MORNING" }];
      }),
    });
    // A quick log with a tag, on a day without a check-in (8 June, 10:00 in Auckland).
    await createQuickLog({
      userId: user.id,
      timeZone: user.timeZone,
      data: quickLogSchema.parse({
        requestId: randomUUID(),
        intensity: 6,
        areas: [],
        tags: [{ kind: "PERSON", name: "eloise" }],
      }),
      now: new Date("2026-06-07T22:00:00Z"),
    });
    await createLifeEvent({
      userId: user.id,
      data: { date: "2026-05-20", title: "Started at the new job", category: "WORK", note: null },
    });
    // Written at 23:30 UTC on 9 June: 10 June in Auckland, the day it is filed under.
    const reflection = await createReflection({
      userId: user.id,
      requestId: null,
      promptKey: "time-of-day",
      promptText: "Is there a time of day when it is worse?",
      evidence: [],
      answer: "Mornings, before the PHYSIO exercises loosen things up.",
      weekStart: "2026-06-08",
    });
    await getPrisma().reflection.update({
      where: { id: reflection.id },
      data: { createdAt: new Date("2026-06-09T23:30:00Z") },
    });

    const zoe = await search(user, "ZOE");
    expect(zoe.days).toHaveLength(1);
    expect(zoe.days[0]?.date).toBe("2026-06-02");
    expect(zoe.days[0]?.matches.map((match) => [match.kind, text(match.excerpt)])).toEqual([
      ["note", "Long drive to see [Zoë], the back was stiff after."],
    ]);

    const eloise = await search(user, "eloise");
    expect(eloise.days.map((day) => day.date)).toEqual(["2026-06-08", "2026-06-02"]);
    expect(eloise.days[1]?.matches).toEqual([
      { kind: "tag", tagKind: "PERSON", excerpt: { before: "", match: "Éloïse", after: "" } },
    ]);

    const physio = await search(user, "physio");
    expect(physio.days.map((day) => [day.date, day.matches.map((match) => match.kind)])).toEqual([
      ["2026-06-10", ["reflection"]],
      ["2026-06-05", ["tag"]],
    ]);
    expect(physio.days[0]?.matches[0]?.href).toBe(`/reflect/history#reflection-${reflection.id}`);
    expect(text(physio.days[0]?.matches[0]?.excerpt as never)).toBe(
      "Mornings, before the [PHYSIO] exercises loosen things up.",
    );

    const job = await search(user, "new JOB");
    expect(job.days.map((day) => [day.date, day.matches[0]?.kind])).toEqual([
      ["2026-05-20", "life-event"],
    ]);
    // The question is the app's wording, not the person's: it is not searched.
    expect((await search(user, "time of day")).days).toEqual([]);
    expect(await search(user, "nowhere to be found")).toMatchObject({ days: [], nextBefore: null });
  });

  test("the text is stored encrypted and still found", async () => {
    const user = await createTestUser();
    const canary = `canary-${randomUUID()}`;
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-07-01", (draft) => {
        draft.note = `Met ${canary} at the pool.`;
      }),
    });
    const stored = await getPrisma().checkIn.findFirstOrThrow({
      where: { userId: user.id },
      select: { note: true },
    });
    expect(stored.note).toMatch(/^enc:v1:/);
    expect(stored.note).not.toContain(canary);
    const found = await search(user, canary.toUpperCase());
    expect(found.days.map((day) => day.date)).toEqual(["2026-07-01"]);
  });

  test("finds the days a medication or a relief item was used, and an experiment by its own rule", async () => {
    const user = await createTestUser({ timeZone: "Europe/Berlin" });
    const other = await createTestUser();
    const { id: medicationId } = await createMedication({
      userId: user.id,
      data: medicationSchema.parse({ name: "Amitriptylin", usualDose: "10", unit: "mg" }),
    });
    const dose = (time: string) => ({
      medicationId,
      name: "shown only",
      dose: "10",
      unit: "mg" as const,
      time,
      asNeeded: false,
    });
    for (const date of ["2026-05-03", "2026-05-04"]) {
      await saveCheckIn({
        userId: user.id,
        data: checkIn(date, (draft) => {
          // Two doses on the 4th: the day is listed once.
          draft.medications =
            date === "2026-05-04" ? [dose("08:00"), dose("21:30")] : [dose("21:30")];
          if (date === "2026-05-04") {
            draft.relief = [
              {
                itemId: null,
                name: "Foam roller on the calves",
                minutes: "10",
                helped: null,
                partOfDay: "EVENING",
              },
            ];
          }
        }),
      });
    }
    const { id: experimentId } = await createExperiment({
      userId: user.id,
      data: createExperimentSchema.parse({
        changeKind: "rule",
        rule: "No screens after 10, phone in the kitchen",
        outcome: "DAY",
        blockDays: "2",
        pairs: "14",
        startDate: "2026-05-10",
      }),
    });
    const byMedication = await search(user, "amitript");
    expect(
      byMedication.days.map((day) => [day.date, day.matches.map((m) => [m.kind, text(m.excerpt)])]),
    ).toEqual([
      ["2026-05-04", [["medication", "[Amitript]ylin"]]],
      ["2026-05-03", [["medication", "[Amitript]ylin"]]],
    ]);
    const byRelief = await search(user, "foam roll");
    expect(
      byRelief.days.map((day) => [day.date, day.matches.map((m) => [m.kind, text(m.excerpt)])]),
    ).toEqual([["2026-05-04", [["relief", "[Foam roll]er on the calves"]]]]);
    const byRule = await search(user, "PHONE IN THE");
    expect(byRule.days).toEqual([
      {
        date: "2026-05-10",
        matches: [
          {
            kind: "experiment",
            href: `/experiments/${experimentId}`,
            excerpt: { before: "No screens after 10, ", match: "phone in the", after: " kitchen" },
          },
        ],
      },
    ]);
    // Both are stored encrypted, and another person's search finds neither.
    const stored = await getPrisma().experiment.findUniqueOrThrow({ where: { id: experimentId } });
    expect(stored.rule).toMatch(/^enc:v1:/);
    expect((await search(other, "amitript")).days).toEqual([]);
    expect((await search(other, "phone in the")).days).toEqual([]);
    expect((await search(other, "foam roll")).days).toEqual([]);
  });

  test("another person's notes, tags and reflections are never found", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const secret = `secret-${randomUUID().slice(0, 8)}`;
    await saveCheckIn({
      userId: owner.id,
      data: checkIn("2026-07-02", (draft) => {
        draft.note = `Argued with ${secret}.`;
        draft.tags = [{ kind: "PERSON", name: secret, partOfDay: null }];
      }),
    });
    await createReflection({
      userId: owner.id,
      requestId: null,
      promptKey: "person",
      promptText: "Does it hurt more after talking with them?",
      evidence: [],
      answer: `Yes, after ${secret}.`,
      weekStart: "2026-06-29",
    });
    await saveCheckIn({
      userId: other.id,
      data: checkIn("2026-07-02", (draft) => {
        draft.note = "Nothing in common.";
      }),
    });
    expect((await search(other, secret)).days).toEqual([]);
    expect((await search(owner, secret)).days.length).toBeGreaterThan(0);
  });

  test("one search reads a bounded number of texts, newest first, and continues into older ones", async () => {
    const user = await createTestUser();
    for (const [date, note] of [
      ["2026-01-10", "Stretching helped."],
      ["2026-01-11", "No stretching today."],
      ["2026-01-12", "Walked instead."],
      ["2026-01-13", "Stretching again."],
    ] as const) {
      await saveCheckIn({ userId: user.id, data: checkIn(date, (draft) => (draft.note = note)) });
    }
    const first = await search(user, "stretching", { limit: 2 });
    expect(first.days.map((day) => day.date)).toEqual(["2026-01-13"]);
    expect(first).toMatchObject({ searchedFrom: "2026-01-12", nextBefore: "2026-01-12" });
    // Two notes and no tags were decrypted.
    expect(first.textsRead).toBe(2);
    const second = await search(user, "stretching", { limit: 2, before: "2026-01-12" });
    expect(second.days.map((day) => day.date)).toEqual(["2026-01-11", "2026-01-10"]);
    expect(second).toMatchObject({ searchedFrom: "2026-01-10", nextBefore: null });
    // Without the bound, one search covers everything.
    const whole = await search(user, "stretching");
    expect(whole.days).toHaveLength(3);
    expect(whole).toMatchObject({ searchedFrom: null, nextBefore: null, textsRead: 4 });
  });

  test("at most 50 days are listed at once; the rest follow with the older link", async () => {
    const user = await createTestUser();
    const dates = Array.from({ length: 52 }, (_, index) => addDays("2025-03-01", index));
    for (const date of dates) {
      await saveCheckIn({
        userId: user.id,
        data: checkIn(date, (draft) => {
          draft.tags = [{ kind: "PERSON", name: "Sam", partOfDay: null }];
        }),
      });
    }
    const first = await search(user, "sam");
    expect(first.days).toHaveLength(50);
    expect(first.days[0]?.date).toBe("2025-04-21");
    expect(first.nextBefore).toBe("2025-03-03");
    const rest = await search(user, "sam", { before: first.nextBefore as string });
    expect(rest.days.map((day) => day.date)).toEqual(["2025-03-02", "2025-03-01"]);
    expect(rest.nextBefore).toBeNull();
  });
});
