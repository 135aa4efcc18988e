import { expect, test } from "vitest";
import { heatColor, wrapLabel } from "./charts";

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
