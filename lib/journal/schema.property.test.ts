import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, isIsoDate, PARTS_OF_DAY } from "@/lib/time";
import { latestPossibleDate } from "@/lib/time-zone";
import { draft, errorPaths } from "@/test/check-ins";
import { checkInSchema } from "./schema";
import { RED_FLAGS } from "./vocabulary/red-flags";
import { BODY_AREAS, HELPED, PAIN_QUALITIES, TAG_KINDS } from "./vocabulary/terms";

// Values that show up in forms and in hostile requests.
const anyValue = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    null,
    undefined,
    "",
    " ",
    "NaN",
    "1e3",
    "-0",
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
);
/** Mostly a valid value, sometimes anything: so that some drafts pass and the checks bite. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown> = anyValue) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: invalid, weight: 1 });
const scaleValue = mostly(
  fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null)),
  fc.oneof(fc.integer({ min: -3, max: 13 }), fc.double(), anyValue),
);
const dateValue = mostly(
  fc
    .date({ min: new Date("1890-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.oneof(
    fc.string(),
    fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    fc.constantFrom("2026-02-29", "2026-04-31", "0000-01-01", "1899-12-31", "9999-12-31"),
    anyValue,
  ),
);
const partValue = fc.record({
  intensity: scaleValue,
  areas: mostly(fc.array(fc.constantFrom(...BODY_AREAS)), fc.array(fc.string())),
  qualities: mostly(fc.array(fc.constantFrom(...PAIN_QUALITIES))),
});
const draftValue = fc.record({
  date: dateValue,
  replacesDate: mostly(fc.constant(null), dateValue),
  parts: mostly(
    fc.record({ MORNING: partValue, AFTERNOON: partValue, EVENING: partValue, NIGHT: partValue }),
  ),
  stress: scaleValue,
  sleepQuality: scaleValue,
  sittingHours: mostly(
    fc.stringMatching(/^\d{1,2}([.,]\d{1,3})?$/),
    fc.oneof(fc.string(), anyValue),
  ),
  note: mostly(fc.string()),
  redFlags: mostly(fc.array(fc.constantFrom(...RED_FLAGS)), fc.array(fc.string())),
  tags: fc.array(
    fc.record({
      kind: mostly(fc.constantFrom(...TAG_KINDS)),
      name: mostly(fc.string({ minLength: 1, maxLength: 70 })),
      partOfDay: mostly(fc.constantFrom(...PARTS_OF_DAY, null)),
    }),
    { maxLength: 3 },
  ),
  relief: fc.array(
    fc.record({
      itemId: mostly(fc.oneof(fc.uuid({ version: 4 }), fc.constant(null))),
      name: mostly(fc.string({ maxLength: 90 })),
      minutes: mostly(fc.nat({ max: 2000 }).map(String), fc.oneof(fc.string(), anyValue)),
      helped: mostly(fc.constantFrom(...HELPED, null)),
      partOfDay: mostly(fc.constantFrom(...PARTS_OF_DAY, null)),
    }),
    { maxLength: 3 },
  ),
});

const isScale = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;

describe("checkInSchema properties", () => {
  test("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, draftValue), (input) => {
        expect(() => checkInSchema.safeParse(input)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  test("never accepts an invalid or future date, or a value out of range", () => {
    let accepted = 0;
    fc.assert(
      fc.property(draftValue, (input) => {
        const result = checkInSchema.safeParse(input);
        if (!result.success) return;
        accepted++;
        const data = result.data;
        expect(isIsoDate(data.date)).toBe(true);
        expect(data.date >= "1900-01-01" && data.date <= latestPossibleDate()).toBe(true);
        expect(data.replacesDate === null || isIsoDate(data.replacesDate)).toBe(true);
        for (const entry of data.painEntries) {
          expect(isScale(entry.intensity)).toBe(true);
          if (entry.intensity === 0) expect(entry.areas).toEqual([]);
        }
        for (const value of [data.stress, data.sleepQuality]) {
          expect(value === null || isScale(value)).toBe(true);
        }
        const hours = data.sittingHours;
        expect(hours === null || (hours >= 0 && hours <= 24)).toBe(true);
        for (const use of data.relief) {
          const minutes = use.minutes;
          expect(minutes === null || (Number.isInteger(minutes) && minutes <= 1440)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    // The generator is tuned so that a fair share of drafts pass: the checks above really ran.
    expect(accepted).toBeGreaterThan(40);
  });

  test("a valid draft with any one bad intensity is refused at that part", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTS_OF_DAY),
        fc.oneof(
          fc.integer({ min: 11, max: 1000 }),
          fc.integer({ min: -1000, max: -1 }),
          fc.double({ noInteger: true }),
          fc.constantFrom("5", "", Number.NaN, true),
        ),
        (part, intensity) => {
          const input = draft() as unknown as { parts: Record<string, { intensity: unknown }> };
          const target = input.parts[part];
          if (target) target.intensity = intensity;
          expect(errorPaths(input)).toEqual([`parts.${part}.intensity`]);
        },
      ),
    );
  });

  test("dates: real ones up to today pass; impossible and future ones are refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (daysAgo) => {
        const date = addDays(latestPossibleDate(), -daysAgo);
        const input = draft((d) => {
          d.date = date;
        });
        expect(checkInSchema.safeParse(input).success).toBe(date >= "1900-01-01");
      }),
    );
    for (const bad of ["2027-02-29", "2026-04-31", "2026-1-5", "20.10.2026", "", "1899-12-31"]) {
      expect(
        errorPaths(
          draft((d) => {
            d.date = bad;
          }),
        ),
      ).toEqual(["date"]);
    }
    expect(
      errorPaths(
        draft((d) => {
          d.date = addDays(latestPossibleDate(), 1);
        }),
      ),
    ).toEqual(["date"]);
  });
});
