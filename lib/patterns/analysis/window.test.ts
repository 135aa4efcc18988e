import { expect, test } from "vitest";
import { parsePatternWindow, windowRange } from "./window";

test("a window ends today and covers exactly its number of days", () => {
  expect(windowRange({ window: "4w", today: "2026-03-29", firstEntryDate: null })).toEqual({
    from: "2026-03-02",
    to: "2026-03-29",
  });
  expect(windowRange({ window: "1y", today: "2026-02-28", firstEntryDate: null }).from).toBe(
    "2025-03-01",
  );
});

test("'all' starts at the first entry, or today for an empty journal", () => {
  expect(windowRange({ window: "all", today: "2026-01-10", firstEntryDate: "2019-05-04" })).toEqual(
    {
      from: "2019-05-04",
      to: "2026-01-10",
    },
  );
  expect(windowRange({ window: "all", today: "2026-01-10", firstEntryDate: null }).from).toBe(
    "2026-01-10",
  );
});

test("unknown window values fall back to 12 weeks", () => {
  expect(parsePatternWindow("2w")).toBe("12w");
  expect(parsePatternWindow(undefined)).toBe("12w");
  expect(parsePatternWindow("all")).toBe("all");
});
