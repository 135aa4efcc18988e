import { describe, expect, it } from "vitest";
import { createShareSchema, summaryOptionsSchema } from "./schema";

const valid = { from: "2026-09-01", to: "2026-11-29", expiresInDays: "14", mode: "SNAPSHOT" };

function errorsFor(input: Record<string, unknown>) {
  const result = createShareSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("share options", () => {
  it("accepts a period of dates with the chosen parts", () => {
    const result = summaryOptionsSchema.safeParse({ ...valid, includeNotes: "on" });
    expect(result.success && result.data.includeNotes).toBe(true);
  });

  it("answers a date that is not a date next to the field, without throwing", () => {
    for (const from of ["{}", "2026-02-30", "yesterday", ""]) {
      expect(errorsFor({ ...valid, from }).from).toEqual(["Enter a date as YYYY-MM-DD."]);
    }
    expect(errorsFor({ ...valid, to: "[object Object]" }).to).toEqual([
      "Enter a date as YYYY-MM-DD.",
    ]);
  });

  it("answers a box that is neither ticked nor unticked in its own words (a hand-edited address)", () => {
    for (const value of ["perhaps", "2", "yes"]) {
      expect(errorsFor({ ...valid, showNames: value }).showNames).toEqual([
        "A box in the address was neither ticked nor unticked.",
      ]);
    }
  });

  it("refuses an end before the start, and a period over three years", () => {
    expect(errorsFor({ ...valid, to: "2026-08-31" }).to).toEqual([
      "The end date must be on or after the start date.",
    ]);
    expect(errorsFor({ ...valid, from: "2022-01-01" }).from).toEqual([
      "Choose a period of at most three years.",
    ]);
  });
});
