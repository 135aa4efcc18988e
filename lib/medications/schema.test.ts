import { describe, expect, test } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import {
  archiveMedicationSchema,
  doseSchema,
  medicationSchema,
  quickLogDoseSchema,
} from "./schema";

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);

describe("medicationSchema (Settings)", () => {
  test("a name is tidied, a usual dose read with a comma or a point, a blank dose is none", () => {
    expect(
      medicationSchema.parse({ name: "  Ibuprofen   retard ", usualDose: "2,5", unit: "ml" }),
    ).toEqual({ name: "Ibuprofen retard", usualDose: 2.5, unit: "ml" });
    expect(medicationSchema.parse({ name: "Heat patch", usualDose: " ", unit: "patches" })).toEqual(
      {
        name: "Heat patch",
        usualDose: null,
        unit: "patches",
      },
    );
  });

  test("each bad field gets its own message", () => {
    expect(
      errorsOf(medicationSchema.safeParse({ name: "   ", usualDose: "0", unit: "spoonful" })),
    ).toEqual({
      name: ["Type the medication's name."],
      usualDose: ["Enter the dose as a number above 0, like 400 or 2.5 (at most 100000)."],
      unit: ["Choose a unit from the list."],
    });
    for (const usualDose of ["-1", "1e3", "abc", "100001", "1.2345", "Infinity"]) {
      expect(medicationSchema.safeParse({ name: "A", usualDose, unit: "mg" }).success).toBe(false);
    }
    expect(
      errorsOf(medicationSchema.safeParse({ name: "x".repeat(81), usualDose: "", unit: "mg" })),
    ).toEqual({ name: ["Keep it under 80 characters."] });
  });

  test("archive takes only true or false", () => {
    const id = "5d1e2f3a-1b1a-4d55-9f43-7c1b1d1a0a03";
    expect(archiveMedicationSchema.parse({ id, archive: "true" })).toEqual({ id, archive: true });
    expect(archiveMedicationSchema.parse({ id, archive: "false" })).toEqual({ id, archive: false });
    expect(archiveMedicationSchema.safeParse({ id, archive: "yes" }).success).toBe(false);
    expect(archiveMedicationSchema.safeParse({ id: "1", archive: "true" }).success).toBe(false);
  });
});

describe("doses", () => {
  const dose = {
    medicationId: "5d1e2f3a-1b1a-4d55-9f43-7c1b1d1a0a03",
    name: "Ibuprofen",
    dose: "400",
    unit: "mg",
    time: "08:30",
    asNeeded: false,
  };

  test("a check-in dose needs a time on the clock; a quick-log dose may leave it blank", () => {
    expect(doseSchema.parse(dose)).toEqual({ ...dose, dose: 400 });
    expect(errorsOf(doseSchema.safeParse({ ...dose, time: "" }))).toEqual({
      time: ["Enter the time you took it, like 08:30."],
    });
    for (const time of ["24:00", "8:30", "08:60", "08:30:00"]) {
      expect(doseSchema.safeParse({ ...dose, time }).success).toBe(false);
      expect(quickLogDoseSchema.safeParse({ ...dose, time }).success).toBe(false);
    }
    expect(quickLogDoseSchema.parse({ ...dose, time: "" }).time).toBe("");
  });

  test("a dose is required and above 0", () => {
    expect(errorsOf(doseSchema.safeParse({ ...dose, dose: "" }))).toEqual({
      dose: ["Enter the dose as a number above 0, like 400 or 2.5 (at most 100000)."],
    });
    expect(doseSchema.safeParse({ ...dose, dose: "0,25" }).data?.dose).toBe(0.25);
    expect(errorsOf(doseSchema.safeParse({ ...dose, medicationId: "mine" }))).toEqual({
      medicationId: ["Choose the medication again."],
    });
  });
});
