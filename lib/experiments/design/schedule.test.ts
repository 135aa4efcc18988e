import { describe, expect, test } from "vitest";
import { mulberry32 } from "@/lib/random";
import {
  blocksOf,
  drawBlockOrder,
  isBlockOrder,
  lastNight,
  planFor,
  totalNights,
} from "./schedule";

const seeded = (seed: number) => {
  const random = mulberry32(seed);
  return () => random() < 0.5;
};

describe("drawBlockOrder", () => {
  test("every pair holds one on block and one off block", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const order = drawBlockOrder({ pairs: 9, flip: seeded(seed) });
      expect(order).toHaveLength(18);
      for (let pair = 0; pair < 9; pair++) {
        expect(["AB", "BA"]).toContain(order.slice(2 * pair, 2 * pair + 2));
      }
      expect(isBlockOrder(order)).toBe(true);
    }
  });

  test("the same seed gives the same order, another seed another one", () => {
    const a = drawBlockOrder({ pairs: 14, flip: seeded(7) });
    expect(drawBlockOrder({ pairs: 14, flip: seeded(7) })).toBe(a);
    expect(drawBlockOrder({ pairs: 14, flip: seeded(8) })).not.toBe(a);
  });

  test("all 2^pairs orders come up about equally often", () => {
    const flip = seeded(2026);
    const counts = new Map<string, number>();
    const draws = 16_000;
    for (let i = 0; i < draws; i++) {
      const order = drawBlockOrder({ pairs: 4, flip });
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(16);
    // Chi-square with 15 degrees of freedom: 30.6 is its 99th percentile.
    const expected = draws / 16;
    const chiSquare = [...counts.values()].reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(30.6);
  });

  test("each pair's order is independent of the others' (on first in half of pairs)", () => {
    const flip = seeded(99);
    let onFirst = 0;
    let bothOnFirst = 0;
    const draws = 10_000;
    for (let i = 0; i < draws; i++) {
      const order = drawBlockOrder({ pairs: 2, flip });
      if (order.startsWith("A")) onFirst++;
      if (order === "ABAB") bothOnFirst++;
    }
    expect(onFirst / draws).toBeCloseTo(0.5, 1);
    expect(bothOnFirst / draws).toBeCloseTo(0.25, 1);
  });

  test("refuses a count of pairs that is not a positive whole number", () => {
    expect(() => drawBlockOrder({ pairs: 0, flip: seeded(1) })).toThrow(RangeError);
    expect(() => drawBlockOrder({ pairs: 1.5, flip: seeded(1) })).toThrow(RangeError);
  });

  test("isBlockOrder rejects an unbalanced pair or a half pair", () => {
    expect(isBlockOrder("ABBA")).toBe(true);
    expect(isBlockOrder("AABB")).toBe(false);
    expect(isBlockOrder("ABA")).toBe(false);
    expect(isBlockOrder("")).toBe(false);
  });
});

describe("the calendar of an experiment", () => {
  const design = { startDate: "2026-03-27", blockDays: 2, blockOrder: "BAAB" };

  test("blocks follow each other from the first night, across a DST change", () => {
    expect(blocksOf(design)).toEqual([
      { index: 0, pair: 0, isOn: false, from: "2026-03-27", to: "2026-03-28" },
      { index: 1, pair: 0, isOn: true, from: "2026-03-29", to: "2026-03-30" },
      { index: 2, pair: 1, isOn: true, from: "2026-03-31", to: "2026-04-01" },
      { index: 3, pair: 1, isOn: false, from: "2026-04-02", to: "2026-04-03" },
    ]);
    expect(totalNights(design)).toBe(8);
    expect(lastNight(design)).toBe("2026-04-03");
  });

  test("tonight's plan, and nothing before the first night or after the last", () => {
    expect(planFor(design, "2026-03-26")).toBeNull();
    expect(planFor(design, "2026-03-27")?.block.isOn).toBe(false);
    expect(planFor(design, "2026-03-29")).toMatchObject({
      night: 2,
      block: { isOn: true, pair: 0 },
    });
    expect(planFor(design, "2026-04-03")?.block.isOn).toBe(false);
    expect(planFor(design, "2026-04-04")).toBeNull();
  });
});
