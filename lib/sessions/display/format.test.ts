import { expect, test } from "vitest";
import { formatInstant } from "./format";

test("instants are shown in the person's zone, across a DST change", () => {
  expect(formatInstant("2026-03-29T00:30:00.000Z", "Europe/Berlin")).toBe("29 Mar 2026, 01:30");
  expect(formatInstant("2026-03-29T01:30:00.000Z", "Europe/Berlin")).toBe("29 Mar 2026, 03:30");
  expect(formatInstant("2026-11-29T23:59:00.000Z", "Pacific/Kiritimati")).toBe(
    "30 Nov 2026, 13:59",
  );
});
