import { describe, expect, test } from "vitest";
import type { PegAnswers } from "../types";
import { formatChangePercent, pegChange, pegScore, pegTrend } from "./score";

const peg = (pain: number, enjoyment: number, activity: number): PegAnswers => ({
  pain,
  enjoyment,
  activity,
});

describe("pegScore", () => {
  test("is the mean of the three answers", () => {
    expect(pegScore(peg(6, 6, 6))).toBe(6);
    expect(pegScore(peg(7, 5, 4))).toBeCloseTo(5.333, 3);
    expect(pegScore(peg(0, 0, 0))).toBe(0);
    expect(pegScore(peg(10, 10, 10))).toBe(10);
  });
});

describe("pegChange", () => {
  const baseline = peg(6, 6, 6); // score 6, sum 18

  test("a decrease is an improvement: 30% moderate, 50% substantial, at the exact thresholds", () => {
    // 18 → 12.6 is not possible in whole answers; 20 → 14 is exactly −30%.
    expect(pegChange({ baseline: peg(7, 7, 6), current: peg(5, 5, 4) })).toEqual({
      changePercent: -30,
      level: "moderate-improvement",
    });
    expect(pegChange({ baseline, current: peg(3, 3, 3) })).toEqual({
      changePercent: -50,
      level: "substantial-improvement",
    });
    expect(pegChange({ baseline, current: peg(4, 4, 4) }).level).toBe("moderate-improvement");
    expect(pegChange({ baseline, current: peg(2, 1, 0) }).level).toBe("substantial-improvement");
  });

  test("just under 30% is little change, in both directions", () => {
    // 20 → 15 is −25%; 20 → 25 is +25%.
    expect(pegChange({ baseline: peg(7, 7, 6), current: peg(5, 5, 5) }).level).toBe(
      "little-change",
    );
    expect(pegChange({ baseline: peg(7, 7, 6), current: peg(9, 8, 8) }).level).toBe(
      "little-change",
    );
    expect(pegChange({ baseline, current: baseline })).toEqual({
      changePercent: 0,
      level: "little-change",
    });
  });

  test("an increase is a worsening: 30% moderate, 50% substantial", () => {
    // 10 → 13 is +30%; 10 → 15 is +50%.
    expect(pegChange({ baseline: peg(4, 3, 3), current: peg(5, 4, 4) })).toEqual({
      changePercent: 30,
      level: "moderate-worsening",
    });
    expect(pegChange({ baseline: peg(4, 3, 3), current: peg(5, 5, 5) })).toEqual({
      changePercent: 50,
      level: "substantial-worsening",
    });
  });

  test("a baseline of 0 has no percentage change", () => {
    expect(pegChange({ baseline: peg(0, 0, 0), current: peg(1, 0, 0) })).toEqual({
      changePercent: null,
      level: "not-comparable",
    });
    expect(pegChange({ baseline: peg(0, 0, 0), current: peg(0, 0, 0) }).level).toBe(
      "little-change",
    );
  });
});

describe("pegTrend", () => {
  test("dates ascending; the first is the baseline, the rest compared with it", () => {
    const trend = pegTrend([
      { id: "c", date: "2026-10-15", ...peg(3, 3, 3) },
      { id: "a", date: "2026-10-01", ...peg(6, 6, 6) },
      { id: "b", date: "2026-10-08", ...peg(5, 4, 4) },
    ]);
    expect(trend.map((point) => [point.id, point.score, point.level])).toEqual([
      ["a", 6, "baseline"],
      ["b", 13 / 3, "little-change"],
      ["c", 3, "substantial-improvement"],
    ]);
    expect(trend[0]?.changePercent).toBeNull();
    expect(trend[2]?.changePercent).toBe(-50);
  });

  test("an empty history gives an empty trend", () => {
    expect(pegTrend([])).toEqual([]);
  });
});

describe("formatChangePercent", () => {
  test("whole percent with a sign, and a dash when not comparable", () => {
    expect(formatChangePercent(-33.33)).toBe("−33%");
    expect(formatChangePercent(50)).toBe("+50%");
    expect(formatChangePercent(0.2)).toBe("0%");
    expect(formatChangePercent(null)).toBe("–");
  });
});
