import { expect, test } from "vitest";
import { formatDifference, formatInterval, formatPain, pluralDays } from "./pain-text";

test("pain figures keep one decimal and drop a trailing .0", () => {
  expect(formatPain(4)).toBe("4");
  expect(formatPain(4.04)).toBe("4");
  expect(formatPain(4.25)).toBe("4.3");
  expect(formatPain(null)).toBe("–");
  expect(formatPain(Number.NaN)).toBe("–");
});

test("differences are signed with a real minus sign, and zero has none", () => {
  expect(formatDifference(1.5)).toBe("+1.5");
  expect(formatDifference(-0.26)).toBe("−0.3");
  expect(formatDifference(0.01)).toBe("0");
  expect(formatInterval(-0.5, 2)).toBe("−0.5 to +2");
});

test("day counts are pluralised", () => {
  expect(pluralDays(1)).toBe("1 day");
  expect(pluralDays(0)).toBe("0 days");
  expect(pluralDays(3, "week")).toBe("3 weeks");
});
