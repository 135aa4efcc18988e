import { describe, expect, test } from "vitest";
import { mulberry32 } from "@/lib/random";
import { SIGNIFICANCE, verdictOf } from "./analysis";
import { randomisationTest } from "./randomisation-test";

describe("the level is at most 5% for any journal, not only the simulated ones", () => {
  // With no effect, a journal's pair differences are fixed sizes |d| with the signs the coin
  // drew: every one of the 2^n sign patterns is equally likely, whatever the pain did (drift,
  // flares, carry-over). So the chance of "helps" is exactly the share of patterns whose verdict
  // is "helps"; this counts it through the page's own test and verdict for many |d|.
  test.each([5, 6, 8, 10, 12])(
    "%i pairs: at most 5% of the equally likely orders read 'helps'",
    (n) => {
      const random = mulberry32(1000 + n);
      for (let set = 0; set < (n === 12 ? 3 : 12); set++) {
        // Block means of whole ratings: halves and quarters, with ties and zeros among them.
        const sizes = Array.from({ length: n }, () => Math.round(random() * 16) / 4);
        let helps = 0;
        for (let mask = 0; mask < 2 ** n; mask++) {
          const d = sizes.map((size, i) => (mask & (2 ** i) ? -size : size));
          if (verdictOf(randomisationTest(d)) === "helps") helps++;
        }
        expect(helps / 2 ** n).toBeLessThanOrEqual(SIGNIFICANCE);
      }
    },
  );
});

describe("randomisationTest: p-values worked out by hand", () => {
  test("two pairs both lower on 'on': only the observed order of the 4 is as low", () => {
    // Orders flip subsets S of pairs; as low or lower when Σ_S d ≥ 0: only S = ∅.
    const result = randomisationTest([-1, -2]);
    expect(result.orders).toBe(4);
    expect(result.estimate).toBeCloseTo(-1.5);
    expect(result.pLower).toBe(1 / 4);
    // As high or higher: every subset sum ≤ 0 (∅, {−1}, {−2}, both).
    expect(result.pHigher).toBe(1);
  });

  test("three pairs, one against: 2 of the 8 orders are as low", () => {
    // Subset sums of (−2, 1, −3): 0, −2, 1, −3, −1, −5, −2, −4: two are ≥ 0 (∅ and {1}).
    const result = randomisationTest([-2, 1, -3]);
    expect(result.pLower).toBe(2 / 8);
    // ≤ 0: all but {1}: 7 of 8.
    expect(result.pHigher).toBe(7 / 8);
  });

  test("ties count as extreme: a zero difference flips to itself", () => {
    // (0, −1): subset sums 0, 0, −1, −1 → two ≥ 0.
    expect(randomisationTest([0, -1]).pLower).toBe(2 / 4);
  });

  test("seven pairs all lower: p = 1/128, the smallest the design allows", () => {
    const result = randomisationTest([-1, -0.5, -2, -1.5, -1, -0.5, -3]);
    expect(result.orders).toBe(128);
    expect(result.pLower).toBe(1 / 128);
  });

  test("four pairs can never go below 1/16", () => {
    expect(randomisationTest([-5, -5, -5, -5]).pLower).toBe(1 / 16);
  });

  test("the p-value is the share of the 2^n sign flips with a mean as low (brute force)", () => {
    const d = [-1.5, 0.5, -2, -0.25, 1, -1, -0.75, 0.5, -1.25];
    const observed = d.reduce((s, x) => s + x, 0);
    let asLow = 0;
    for (let mask = 0; mask < 2 ** d.length; mask++) {
      const flipped = d.reduce((s, x, i) => s + (mask & (2 ** i) ? -x : x), 0);
      if (flipped <= observed + 1e-12) asLow++;
    }
    expect(randomisationTest(d).pLower).toBe(asLow / 2 ** d.length);
  });

  test("refuses no pairs and more than 20", () => {
    expect(() => randomisationTest([])).toThrow(RangeError);
    expect(() => randomisationTest(Array(21).fill(-1))).toThrow(RangeError);
  });
});

describe("the 95% interval (exact, from subset means)", () => {
  test("five pairs: 2^5 × 2.5% < 1, so no test can bound the effect", () => {
    expect(randomisationTest([-1, -2, -3, -1, -2]).interval).toEqual({ low: null, high: null });
  });

  test("six pairs: k = ⌊0.025 × 64⌋ = 1, the smallest and largest single differences", () => {
    // With k = 1 the ends are the smallest and largest subset means: the extreme values.
    const result = randomisationTest([-3, -1, 0.5, -2, -1.5, -0.5]);
    expect(result.interval).toEqual({ low: -3, high: 0.5 });
  });

  test("the interval holds the estimate, and every δ inside is not rejected at 2.5% a side", () => {
    const d = [-2, -1.5, 0.5, -1, -2.5, -0.5, -1, 0, -1.5, -2];
    const { interval, estimate } = randomisationTest(d);
    expect(interval.low).not.toBeNull();
    expect(interval.high).not.toBeNull();
    const low = interval.low ?? 0;
    const high = interval.high ?? 0;
    expect(low).toBeLessThan(estimate);
    expect(high).toBeGreaterThan(estimate);
    const shifted = (delta: number) => randomisationTest(d.map((x) => x - delta));
    expect(shifted(low).pHigher).toBeGreaterThan(0.025);
    expect(shifted(low - 0.01).pHigher).toBeLessThanOrEqual(0.025);
    expect(shifted(high).pLower).toBeGreaterThan(0.025);
    expect(shifted(high + 0.01).pLower).toBeLessThanOrEqual(0.025);
  });
});
