import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { createQuickLog } from "@/lib/journal/quick-log/mutations";
import { checkInSchema, quickLogSchema } from "@/lib/journal/schema";
import { getJournalVersion, listDayRecords, listPatternSubjects } from "@/lib/patterns/data";
import { createTestUser } from "@/test/factories";
import { createMedication } from "./mutations";

// Medications reach the patterns as relief items: "something done on a day" (docs/statistics.md).

const day = (date: string, medications: unknown[]) =>
  checkInSchema.parse({
    date,
    parts: {
      MORNING: { intensity: 5, areas: [], qualities: [] },
      AFTERNOON: { intensity: null, areas: [], qualities: [] },
      EVENING: { intensity: null, areas: [], qualities: [] },
      NIGHT: { intensity: null, areas: [], qualities: [] },
    },
    stress: null,
    sleepQuality: null,
    sittingHours: "",
    note: "",
    redFlags: [],
    tags: [],
    relief: [],
    medications,
  });

const dose = (medicationId: string, time: string) => ({
  medicationId,
  name: "",
  dose: "1",
  unit: "tablets",
  time,
  asNeeded: true,
});

test("doses from check-ins and quick logs are the day's relief ids, named for the person only", async () => {
  const user = await createTestUser({ timeZone: "Europe/Berlin" });
  const other = await createTestUser({ timeZone: "Europe/Berlin" });
  const { id } = await createMedication({
    userId: user.id,
    data: { name: "Naproxen", usualDose: 1, unit: "tablets" },
  });
  const theirs = await createMedication({
    userId: other.id,
    data: { name: "Theirs", usualDose: 1, unit: "tablets" },
  });
  const before = await getJournalVersion({ userId: user.id });
  // Taken at 01:30 after the evening of 2 March: the night of 2 March.
  await saveCheckIn({ userId: user.id, data: day("2026-03-02", [dose(id, "01:30")]) });
  expect(await getJournalVersion({ userId: user.id })).toBeGreaterThan(before ?? 0);
  await saveCheckIn({ userId: user.id, data: day("2026-03-03", []) });
  await createQuickLog({
    userId: user.id,
    timeZone: user.timeZone,
    now: new Date("2026-03-04T10:00:00Z"),
    data: quickLogSchema.parse({
      requestId: randomUUID(),
      intensity: 6,
      areas: [],
      tags: [],
      medications: [dose(id, "")],
    }),
  });
  await saveCheckIn({
    userId: other.id,
    data: day("2026-03-03", [dose(theirs.id, "09:00")]),
  });

  const days = await listDayRecords({ userId: user.id, from: "2026-03-01", to: "2026-03-05" });
  expect(days.map((d) => [d.date, d.reliefIds])).toEqual([
    ["2026-03-02", [id]],
    ["2026-03-03", []],
    ["2026-03-04", [id]],
  ]);
  const subjects = await listPatternSubjects({ userId: user.id });
  expect(subjects.reliefs).toContainEqual({ id, name: "Naproxen" });
  expect(subjects.reliefs.map((relief) => relief.name)).not.toContain("Theirs");
});
