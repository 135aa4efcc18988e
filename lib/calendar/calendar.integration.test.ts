import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { saveCheckIn } from "@/lib/journal/check-in/mutations";
import { emptyCheckInDraft } from "@/lib/journal/draft/check-in-draft";
import { createQuickLog } from "@/lib/journal/quick-log/mutations";
import { type CheckInDraft, checkInSchema, quickLogSchema } from "@/lib/journal/schema";
import { listDayRecords } from "@/lib/patterns/data";
import { createTestUser } from "@/test/factories";
import { listCalendarDays } from "./data";

function checkIn(date: string, change: (draft: CheckInDraft) => void) {
  const draft = emptyCheckInDraft(date);
  change(draft);
  return checkInSchema.parse(draft);
}

/** A quick log made at `instant`, filed by the app under that moment's date in the person's zone. */
function quickLogAt({
  userId,
  timeZone,
  instant,
  intensity,
}: {
  userId: string;
  timeZone: string;
  instant: string;
  intensity: number;
}) {
  const data = quickLogSchema.parse({ requestId: randomUUID(), intensity, areas: [], tags: [] });
  return createQuickLog({ userId, timeZone, data, now: new Date(instant) });
}

const byDate = (days: Awaited<ReturnType<typeof listCalendarDays>>) =>
  new Map(days.map((day) => [day.date, day]));

describe("listCalendarDays", () => {
  test("every date of the month, with day pain as Patterns computes it, and days without a check-in", async () => {
    const user = await createTestUser({ timeZone: "Europe/Berlin" });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-04-07", (draft) => {
        draft.parts.MORNING = { intensity: 6, areas: [], qualities: [] };
        draft.parts.EVENING = { intensity: 2, areas: [], qualities: [] };
      }),
    });
    // A quick log the same morning: that part's median becomes (6 + 8) / 2 = 7; the day (7 + 2) / 2.
    await quickLogAt({
      userId: user.id,
      timeZone: user.timeZone,
      instant: "2026-04-07T07:00:00Z",
      intensity: 8,
    });
    await saveCheckIn({
      userId: user.id,
      data: checkIn("2026-04-09", (draft) => {
        draft.parts.AFTERNOON = { intensity: 0, areas: [], qualities: [] };
      }),
    });

    const days = await listCalendarDays({ userId: user.id, month: "2026-04", today: "2026-04-20" });
    expect(days).toHaveLength(30);
    expect(days[0]?.date).toBe("2026-04-01");
    const at = byDate(days);
    expect(at.get("2026-04-07")).toMatchObject({
      dayPain: 4.5,
      hasCheckIn: true,
      level: "moderate",
      isFuture: false,
    });
    expect(at.get("2026-04-09")).toMatchObject({ dayPain: 0, hasCheckIn: true, level: "none" });
    expect(at.get("2026-04-08")).toMatchObject({
      dayPain: null,
      hasCheckIn: false,
      level: "no-entry",
    });
    expect(at.get("2026-04-21")?.isFuture).toBe(true);
    expect(days.filter((day) => day.dayPain !== null)).toHaveLength(2);

    const patterns = await listDayRecords({
      userId: user.id,
      from: "2026-04-01",
      to: "2026-04-30",
    });
    expect(patterns.map((day) => [day.date, day.dayPain])).toEqual([
      ["2026-04-07", at.get("2026-04-07")?.dayPain],
      ["2026-04-09", at.get("2026-04-09")?.dayPain],
    ]);
  });

  test("another person's days never appear", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    await saveCheckIn({
      userId: owner.id,
      data: checkIn("2026-05-03", (draft) => {
        draft.parts.NIGHT = { intensity: 9, areas: [], qualities: [] };
      }),
    });
    const days = await listCalendarDays({
      userId: other.id,
      month: "2026-05",
      today: "2026-05-31",
    });
    expect(days).toHaveLength(31);
    expect(days.every((day) => day.dayPain === null && !day.hasCheckIn)).toBe(true);
  });

  test("a month with a DST change files each moment under its local journal day, per zone", async () => {
    // Berlin springs forward at 01:00 UTC on 29 March 2026 (02:00 CET → 03:00 CEST).
    // 01:30 UTC is 03:30 CEST, before the journal day's 4 a.m. start: the night of 28 March.
    // 02:30 UTC is 04:30 CEST: the morning of 29 March (at the winter offset it would be 03:30,
    // still 28 March, so this only holds when the change is applied).
    // New York moved three weeks earlier: the same moments are 21:30 and 22:30 on 28 March.
    const berlin = await createTestUser({ timeZone: "Europe/Berlin" });
    const newYork = await createTestUser({ timeZone: "America/New_York" });
    for (const person of [berlin, newYork]) {
      await saveCheckIn({
        userId: person.id,
        data: checkIn("2026-03-28", (draft) => {
          draft.parts.MORNING = { intensity: 4, areas: [], qualities: [] };
        }),
      });
      for (const [instant, intensity] of [
        ["2026-03-29T01:30:00Z", 8],
        ["2026-03-29T02:30:00Z", 2],
      ] as const) {
        await quickLogAt({ userId: person.id, timeZone: person.timeZone, instant, intensity });
      }
    }

    const inBerlin = byDate(
      await listCalendarDays({ userId: berlin.id, month: "2026-03", today: "2026-04-01" }),
    );
    expect(inBerlin.size).toBe(31);
    // 28 March: morning 4, night 8 → 6. 29 March: morning 2, no check-in.
    expect(inBerlin.get("2026-03-28")).toMatchObject({ dayPain: 6, hasCheckIn: true });
    expect(inBerlin.get("2026-03-29")).toMatchObject({
      dayPain: 2,
      hasCheckIn: false,
      level: "mild",
    });

    const inNewYork = byDate(
      await listCalendarDays({ userId: newYork.id, month: "2026-03", today: "2026-04-01" }),
    );
    // 28 March: morning 4, evening 8, night 2 → 14 / 3.
    expect(inNewYork.get("2026-03-28")?.dayPain).toBeCloseTo(14 / 3, 10);
    expect(inNewYork.get("2026-03-29")).toMatchObject({ dayPain: null, level: "no-entry" });
  });

  test("the autumn change (an hour repeated) in New York: both 1:30 a.m.s belong to the night before", async () => {
    // 1 November 2026, 02:00 EDT → 01:00 EST: 05:30 UTC and 06:30 UTC are both 1:30 a.m. local.
    const person = await createTestUser({ timeZone: "America/New_York" });
    for (const [instant, intensity] of [
      ["2026-11-01T05:30:00Z", 3],
      ["2026-11-01T06:30:00Z", 5],
      ["2026-11-01T09:30:00Z", 7], // 04:30 EST: the morning of 1 November
    ] as const) {
      await quickLogAt({ userId: person.id, timeZone: person.timeZone, instant, intensity });
    }
    const october = byDate(
      await listCalendarDays({ userId: person.id, month: "2026-10", today: "2026-11-02" }),
    );
    const november = byDate(
      await listCalendarDays({ userId: person.id, month: "2026-11", today: "2026-11-02" }),
    );
    expect(october.get("2026-10-31")).toMatchObject({ dayPain: 4, level: "moderate" });
    expect(november.get("2026-11-01")).toMatchObject({ dayPain: 7, level: "severe" });
    expect(november.get("2026-11-03")?.isFuture).toBe(true);
  });
});
