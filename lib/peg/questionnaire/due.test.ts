import { describe, expect, test } from "vitest";
import { pegStatus } from "./due";

describe("pegStatus", () => {
  test("due at once when there has never been one", () => {
    expect(pegStatus({ lastDate: null, today: "2026-11-02" })).toEqual({
      lastDate: null,
      dueFrom: null,
      isDue: true,
    });
  });

  test("due from the seventh day after the last one, not before", () => {
    const lastDate = "2026-11-02";
    expect(pegStatus({ lastDate, today: "2026-11-02" }).isDue).toBe(false);
    expect(pegStatus({ lastDate, today: "2026-11-08" }).isDue).toBe(false);
    expect(pegStatus({ lastDate, today: "2026-11-09" })).toEqual({
      lastDate,
      dueFrom: "2026-11-09",
      isDue: true,
    });
    expect(pegStatus({ lastDate, today: "2026-12-20" }).isDue).toBe(true);
  });

  test("counts calendar days across month and year ends", () => {
    expect(pegStatus({ lastDate: "2026-12-28", today: "2027-01-04" }).isDue).toBe(true);
    expect(pegStatus({ lastDate: "2026-12-28", today: "2027-01-03" }).isDue).toBe(false);
  });
});
