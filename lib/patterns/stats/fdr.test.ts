import { describe, expect, test } from "vitest";
import { benjaminiHochberg } from "./fdr";

describe("benjaminiHochberg", () => {
  test("a small vector, worked by hand", () => {
    // Sorted p: 0.005, 0.01, 0.03, 0.04 with m = 4 → m·p/rank = 0.02, 0.02, 0.04, 0.04, already
    // monotone. Same as R p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH").
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((x) => x.toFixed(15))).toEqual([0.02, 0.04, 0.04, 0.02].map((x) => x.toFixed(15)));
  });

  test("the 15 p-values of Benjamini & Hochberg (1995), section 4: four discoveries at 0.05", () => {
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719,
      0.6528, 0.759, 1,
    ];
    // Expected q from SciPy 1.17 scipy.stats.false_discovery_control(p).
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286, 0.06385714285714286, 0.0645,
      0.0765, 0.486, 0.5811818181818181, 0.714875, 0.7532307692307693, 0.8132142857142857, 1,
    ];
    const q = benjaminiHochberg(p);
    expect(q.map((x) => x.toFixed(12))).toEqual(expected.map((x) => x.toFixed(12)));
    expect(q.filter((x) => x <= 0.05)).toHaveLength(4);
  });

  test("keeps input order, never goes below p or above 1", () => {
    const p = [0.9, 0.001, 0.5, 0.02, 0.02];
    const q = benjaminiHochberg(p);
    q.forEach((x, i) => {
      expect(x).toBeGreaterThanOrEqual(p[i] ?? 0);
      expect(x).toBeLessThanOrEqual(1);
    });
    expect(q[1]).toBeCloseTo(0.005, 15);
  });

  test("nothing tested, nothing adjusted", () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
