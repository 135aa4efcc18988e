import { describe, expect, test } from "vitest";
import { mannWhitneyU, median, midRanks, normalCdf, wilcoxonSignedRank } from "./rank-tests";

/** |actual − expected| within a relative tolerance, for values spanning many orders of magnitude. */
const expectRelativelyClose = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));

describe("normalCdf", () => {
  // Reference values: SciPy 1.17 scipy.stats.norm.cdf, which uses Cephes' ndtr.
  test.each([
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1.96, 0.9750021048517795],
    [-1, 0.15865525393145707],
    [-3, 0.0013498980316300933],
  ])("Φ(%f) = %f", (z, expected) => {
    expectRelativelyClose(normalCdf(z), expected, 1e-13);
  });

  test.each([
    [-6, 9.865876450376946e-10],
    [-8, 6.22096057427174e-16],
    [-10, 7.61985302416047e-24],
  ])("far tail Φ(%f) = %f to 8 significant digits", (z, expected) => {
    expectRelativelyClose(normalCdf(z), expected, 1e-8);
  });

  test("is symmetric and saturates without NaN", () => {
    expect(normalCdf(2.3) + normalCdf(-2.3)).toBeCloseTo(1, 15);
    expect(normalCdf(-50)).toBe(0);
    expect(normalCdf(50)).toBe(1);
  });
});

describe("median and midRanks", () => {
  test("medians of odd, even and empty samples", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  test("ties share the mean of their ranks", () => {
    // Hand-ranked: sorted 1, 2, 2, 2, 5 → ranks 1, (2+3+4)/3 = 3 for each 2, 5; Σ(t³ − t) = 24.
    expect(midRanks([2, 5, 2, 1, 2])).toEqual({ ranks: [3, 5, 3, 1, 3], tieSum: 24 });
  });
});

describe("mannWhitneyU", () => {
  test("small table with ties", () => {
    // A = [1.5, 3, 3, 5, 7], B = [2, 3, 4, 4, 6, 8]. By hand, counting pairs a > b (ties ½):
    // 1.5 → 0; each 3 → 1 + ½; 5 → 4; 7 → 5; U = 12. Mean 15; tie groups {3,3,3} and {4,4}
    // give Σ(t³ − t) = 30, variance 30/12 · (12 − 30/110) = 29.318; z = (3 − ½)/√29.318.
    // p from SciPy mannwhitneyu(method="asymptotic", use_continuity=True) = 0.6442876131254067.
    const result = mannWhitneyU([1.5, 3, 3, 5, 7], [2, 3, 4, 4, 6, 8]);
    expect(result.statistic).toBe(12);
    expect(result.z).toBeCloseTo(-2.5 / Math.sqrt(29.318181818181817), 12);
    expectRelativelyClose(result.pValue, 0.6442876131254067);
  });

  test("clear separation", () => {
    // U = 41.5 by hand (every a beats every b except 7 vs 7, a tie). SciPy p = 0.004222063480510764.
    const result = mannWhitneyU([7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7]);
    expect(result.statistic).toBe(41.5);
    expectRelativelyClose(result.pValue, 0.004222063480510764);
  });

  test("all values equal has zero variance and p = 1, not NaN", () => {
    expect(mannWhitneyU([4, 4, 4], [4, 4])).toEqual({ statistic: 3, z: 0, pValue: 1 });
  });

  test("an empty side is not a test", () => {
    expect(mannWhitneyU([], [1, 2]).pValue).toBe(1);
  });
});

describe("wilcoxonSignedRank", () => {
  test("drops zeros and corrects for ties", () => {
    // d = [1.5, −0.5, 2, 2, 0, 3, −1, 4, 2.5, 0, 1]: 9 non-zero. Ranks of |d| by hand: 0.5 → 1,
    // 1 and 1 → 2.5, 1.5 → 4, 2 and 2 → 5.5, 2.5 → 7, 3 → 8, 4 → 9; V⁻ = 1 + 2.5 = 3.5 so
    // V⁺ = 45 − 3.5 = 41.5. SciPy wilcoxon(zero_method="wilcox", correction=True,
    // method="approx") p = 0.028124450117384896.
    const result = wilcoxonSignedRank([1.5, -0.5, 2, 2, 0, 3, -1, 4, 2.5, 0, 1]);
    expect(result.statistic).toBe(41.5);
    expectRelativelyClose(result.pValue, 0.028124450117384896);
  });

  test("no non-zero difference gives p = 1", () => {
    expect(wilcoxonSignedRank([0, 0, 0])).toEqual({ statistic: 0, z: 0, pValue: 1 });
    expect(wilcoxonSignedRank([]).pValue).toBe(1);
  });

  test("is symmetric in the sign of the differences", () => {
    const d = [1, 2, -1, 3, 4, 0.5, 2];
    expect(wilcoxonSignedRank(d).pValue).toBeCloseTo(
      wilcoxonSignedRank(d.map((x) => -x)).pValue,
      15,
    );
  });
});
