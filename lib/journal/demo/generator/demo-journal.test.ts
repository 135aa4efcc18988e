import { describe, expect, test } from "vitest";
import { checkInSchema } from "@/lib/journal/schema";
import { mulberry32 as seededRandom } from "@/lib/random";
import { RELIEF_LIBRARY } from "@/lib/relief/library/relief-library";
import { addDays } from "@/lib/time";
import { journalSlotFor } from "@/lib/time-zone";
import { DEMO_PLANTED, type DemoCheckIn, generateDemoJournal } from "./demo-journal";

const END = "2026-11-21";
const journal = generateDemoJournal({ endDate: END, timeZone: "Europe/Berlin" });

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const rating = (day: DemoCheckIn, part: string) =>
  day.painEntries.find((entry) => entry.partOfDay === part)?.intensity;
const dayPain = (day: DemoCheckIn) => mean(day.painEntries.map((entry) => entry.intensity));
const hasPerson = (day: DemoCheckIn) =>
  day.tags.some((tag) => tag.kind === "PERSON" && tag.name === DEMO_PLANTED.person.name);
const stretchedInEvening = (day: DemoCheckIn | undefined) =>
  day?.relief.some(
    (use) =>
      use.builtinKey === DEMO_PLANTED.eveningStretch.builtinKey && use.partOfDay === "EVENING",
  ) ?? false;

describe("generateDemoJournal", () => {
  test("is deterministic for a seed, and differs between seeds", () => {
    expect(generateDemoJournal({ endDate: END, timeZone: "Europe/Berlin" })).toEqual(journal);
    const other = generateDemoJournal({ endDate: END, timeZone: "Europe/Berlin", seed: 7 });
    expect(other).not.toEqual(journal);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  test("covers twelve weeks up to the end date, with some days missing", () => {
    const dates = journal.checkIns.map((day) => day.date);
    expect(dates.at(-1)).toBe(END);
    expect((dates[0] ?? "") >= addDays(END, -83)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.length).toBeGreaterThan(60);
    expect(dates.length).toBeLessThan(84);
  });

  test("every day is a valid check-in: it passes the form's own schema", () => {
    for (const day of journal.checkIns) {
      const parts = Object.fromEntries(
        ["MORNING", "AFTERNOON", "EVENING", "NIGHT"].map((part) => {
          const entry = day.painEntries.find((e) => e.partOfDay === part);
          return [part, entry ?? { intensity: null, areas: [], qualities: [] }];
        }),
      );
      const result = checkInSchema.safeParse({
        date: day.date,
        parts,
        stress: day.stress,
        sleepQuality: day.sleepQuality,
        sittingHours: day.sittingHours === null ? "" : String(day.sittingHours),
        note: day.note ?? "",
        redFlags: day.redFlags,
        tags: day.tags,
        relief: [],
      });
      expect(result.error?.issues ?? []).toEqual([]);
    }
    const keys = new Set(RELIEF_LIBRARY.map((item) => item.key));
    for (const use of journal.checkIns.flatMap((day) => day.relief)) {
      expect(keys.has(use.builtinKey)).toBe(true);
    }
  });

  test("tags vary: people, contexts and feelings on different days", () => {
    const names = new Set(journal.checkIns.flatMap((day) => day.tags.map((tag) => tag.name)));
    expect(names.size).toBeGreaterThanOrEqual(10);
    const personDays = journal.checkIns.filter(hasPerson).length / journal.checkIns.length;
    expect(personDays).toBeGreaterThan(0.2);
    expect(personDays).toBeLessThan(0.4);
  });

  test("quick logs file under the date and part of day of their instant", () => {
    expect(journal.quickLogs.length).toBeGreaterThan(3);
    for (const log of journal.quickLogs) {
      expect(journalSlotFor(new Date(log.occurredAt), "Europe/Berlin")).toEqual({
        localDate: log.localDate,
        partOfDay: log.partOfDay,
      });
    }
  });

  describe("the planted patterns show in the generated data (docs/demo-data.md)", () => {
    test("mornings are about 2 points worse than evenings", () => {
      const pairs = journal.checkIns.flatMap((day) => {
        const morning = rating(day, "MORNING");
        const evening = rating(day, "EVENING");
        return morning === undefined || evening === undefined ? [] : [morning - evening];
      });
      expect(mean(pairs)).toBeGreaterThan(1.6);
      expect(mean(pairs)).toBeLessThan(2.4);
    });

    test(`days with ${DEMO_PLANTED.person.name} are about 2 points worse`, () => {
      const withPerson = journal.checkIns.filter(hasPerson).map(dayPain);
      const without = journal.checkIns.filter((day) => !hasPerson(day)).map(dayPain);
      const difference = mean(withPerson) - mean(without);
      expect(difference).toBeGreaterThan(1.6);
      expect(difference).toBeLessThan(2.4);
    });

    test("an evening stretch is followed by about 2.5 points less pain the next morning", () => {
      const byDate = new Map(journal.checkIns.map((day) => [day.date, day]));
      const after: number[] = [];
      const notAfter: number[] = [];
      for (const day of journal.checkIns) {
        const previous = byDate.get(addDays(day.date, -1));
        const morning = rating(day, "MORNING");
        if (!previous || morning === undefined) continue;
        (stretchedInEvening(previous) ? after : notAfter).push(morning);
      }
      expect(after.length).toBeGreaterThanOrEqual(15);
      expect(notAfter.length).toBeGreaterThanOrEqual(15);
      const difference = mean(after) - mean(notAfter);
      expect(difference).toBeGreaterThan(-3);
      expect(difference).toBeLessThan(-2);
    });
  });
});
