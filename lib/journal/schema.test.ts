import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { draft, errorPaths } from "@/test/check-ins";
import { normaliseName } from "./form-fields/field-schemas";
import { checkInSchema, journalFiltersSchema, quickLogSchema } from "./schema";
import { NOTE_MAX } from "./vocabulary/limits";

describe("checkInSchema", () => {
  test("keeps only rated parts, and where/what only for parts that hurt", () => {
    const data = checkInSchema.parse(
      draft((d) => {
        d.parts.MORNING = { intensity: 7, areas: ["NECK", "NECK"], qualities: ["SHARP"] };
        d.parts.EVENING = { intensity: 0, areas: ["NECK"], qualities: ["SHARP"] };
      }),
    );
    expect(data.painEntries).toEqual([
      { partOfDay: "MORNING", intensity: 7, areas: ["NECK"], qualities: ["SHARP"] },
      { partOfDay: "EVENING", intensity: 0, areas: [], qualities: [] },
    ]);
  });

  test("reads typed numbers without the empty-string-is-zero trap", () => {
    const parse = (sittingHours: string) =>
      checkInSchema.safeParse(
        draft((d) => {
          d.sittingHours = sittingHours;
        }),
      );
    expect(parse("").data?.sittingHours).toBeNull();
    expect(parse(" 7,5 ").data?.sittingHours).toBe(7.5);
    expect(parse("24").data?.sittingHours).toBe(24);
    for (const bad of ["25", "-1", "abc", "1e1", "7.555", "0x10"]) {
      expect(parse(bad).success).toBe(false);
    }
  });

  test("hours slept: blank is not given, 0–24 with a comma or a point, and a save kept on a phone before the field existed still reads", () => {
    const parse = (sleepHours: string | undefined) =>
      checkInSchema.safeParse(
        draft((d) => {
          if (sleepHours === undefined) delete d.sleepHours;
          else d.sleepHours = sleepHours;
        }),
      );
    expect(parse("").data?.sleepHours).toBeNull();
    expect(parse(undefined).data?.sleepHours).toBeNull();
    expect(parse("5,5").data?.sleepHours).toBe(5.5);
    expect(parse("0").data?.sleepHours).toBe(0);
    for (const bad of ["25", "-1", "seven"]) {
      const result = parse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["sleepHours"]);
    }
  });

  test("tags are trimmed and de-duplicated per kind, name (any case) and part of day", () => {
    const data = checkInSchema.parse(
      draft((d) => {
        d.tags = [
          { kind: "PERSON", name: "  my   manager ", partOfDay: null },
          { kind: "PERSON", name: "My Manager", partOfDay: null },
          { kind: "PERSON", name: "my manager", partOfDay: "MORNING" },
          { kind: "CONTEXT", name: "my manager", partOfDay: null },
        ];
      }),
    );
    expect(data.tags).toEqual([
      { kind: "PERSON", name: "my manager", partOfDay: null },
      { kind: "PERSON", name: "my manager", partOfDay: "MORNING" },
      { kind: "CONTEXT", name: "my manager", partOfDay: null },
    ]);
    expect(
      errorPaths(
        draft((d) => {
          d.tags = [{ kind: "PERSON", name: "   ", partOfDay: null }];
        }),
      ),
    ).toEqual(["tags.0.name"]);
  });

  test("relief needs an item or a name; minutes are whole numbers", () => {
    const relief = { itemId: null, name: "", minutes: "", helped: null, partOfDay: null };
    expect(
      errorPaths(
        draft((d) => {
          d.relief = [relief];
        }),
      ),
    ).toEqual(["relief.0.name"]);
    expect(
      errorPaths(
        draft((d) => {
          d.relief = [{ ...relief, name: "Swim", minutes: "7.5" }];
        }),
      ),
    ).toEqual(["relief.0.minutes"]);
    const data = checkInSchema.parse(
      draft((d) => {
        d.relief = [
          { ...relief, name: "Swim", minutes: "30" },
          { ...relief, name: "swim " },
        ];
      }),
    );
    expect(data.relief).toEqual([{ ...relief, name: "Swim", minutes: 30 }]);
  });

  test("the note is trimmed, blank is null, and it has a length limit", () => {
    expect(
      checkInSchema.parse(
        draft((d) => {
          d.note = "   ";
        }),
      ).note,
    ).toBeNull();
    expect(
      errorPaths(
        draft((d) => {
          d.note = "x".repeat(NOTE_MAX + 1);
        }),
      ),
    ).toEqual(["note"]);
  });

  test("red flags keep the listed order; a move to the same date is no move", () => {
    const data = checkInSchema.parse(
      draft((d) => {
        d.redFlags = ["FEVER", "SADDLE_NUMBNESS", "FEVER"];
        d.replacesDate = d.date;
      }),
    );
    expect(data.redFlags).toEqual(["SADDLE_NUMBNESS", "FEVER"]);
    expect(data.replacesDate).toBeNull();
  });
});

describe("quickLogSchema and journalFiltersSchema", () => {
  test("a quick log needs a request id and an intensity 0–10", () => {
    const valid = {
      requestId: "6f1c2f8e-6b0e-4c1a-9a7b-2f1e0d3c4b5a",
      intensity: 4,
      areas: [],
      tags: [],
    };
    expect(quickLogSchema.safeParse(valid).success).toBe(true);
    expect(quickLogSchema.safeParse({ ...valid, requestId: "1" }).success).toBe(false);
    expect(quickLogSchema.safeParse({ ...valid, intensity: 11 }).success).toBe(false);
    expect(quickLogSchema.safeParse({ ...valid, intensity: null }).success).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => quickLogSchema.safeParse(input)).not.toThrow();
      }),
    );
  });

  test("unreadable filters are dropped, not errors", () => {
    expect(
      journalFiltersSchema.parse({
        from: "2026-10-01",
        to: "nonsense",
        tag: "x",
        before: "2026-02-30",
      }),
    ).toEqual({ from: "2026-10-01" });
  });

  test("normaliseName", () => {
    expect(normaliseName("  Sam\t  Smith\n")).toBe("Sam Smith");
    expect(normaliseName("Cafe\u0301")).toBe("Café");
  });
});
