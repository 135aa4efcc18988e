import { expect, test } from "vitest";
import {
  formatDifference,
  formatInterval,
  formatPain,
  heatColor,
  pluralDays,
  wrapLabel,
} from "./charts";

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

test("heatmap colours get darker with pain, never darker than the text can stand", () => {
  expect(heatColor(0)).toBe("hsl(28 90% 96%)");
  expect(heatColor(5)).toBe("hsl(28 90% 73%)");
  expect(heatColor(10)).toBe("hsl(28 90% 50%)");
  expect(heatColor(15)).toBe(heatColor(10));
});

test("a long label wraps at spaces into whole words, none lost", () => {
  expect(wrapLabel("Morning after a day with vs without Child's pose", 18)).toEqual([
    "Morning after a",
    "day with vs",
    "without Child's",
    "pose",
  ]);
  expect(wrapLabel("Morning vs evening", 18)).toEqual(["Morning vs evening"]);
  expect(wrapLabel("Extraordinarilylongword here", 10)).toEqual([
    "Extraordinarilylongword",
    "here",
  ]);
});
