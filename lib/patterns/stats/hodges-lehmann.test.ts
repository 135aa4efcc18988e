import { describe, expect, test } from "vitest";
import { mulberry32 } from "../../random";
import { hodgesLehmannPaired, hodgesLehmannShift } from "./hodges-lehmann";
import type { Interval } from "./rank-interval";
import { mannWhitneyU, wilcoxonSignedRank } from "./rank-tests";

/*
 * The 95% interval is the set of shifts d at which the p-value's own test (rank-tests.ts: ties
 * corrected, continuity corrected) of "A − d vs B" (or "differences − d") gives p > 0.05. Where
 * that set starts just beyond a rejected shift u, open there, the interval starts halfway to the
 * next element (see rankInterval). Expected values below come from three independent sources:
 * arithmetic by hand from that definition (in the comments), a brute-force inversion that runs
 * the p-value functions of rank-tests.ts on every candidate shift, and the same brute-force inversion
 * run once in Python on SciPy 1.17.1's mannwhitneyu(method="asymptotic", use_continuity=True)
 * and wilcoxon(zero_method="wilcox", correction=True, method="approx"), which agreed with every
 * hand-checked interval below.
 */

const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
const middle = (s: number[]) =>
  s.length % 2
    ? (s[(s.length - 1) / 2] ?? 0)
    : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
const repeat = (count: number, value: number) => Array.from({ length: count }, () => value);

/**
 * The definition, by brute force: test every distinct element, every midpoint between two
 * consecutive ones (a stretch's representative) and one point beyond each end. The interval runs
 * from the first accepted candidate to the last; if a point beyond an end is accepted, to that
 * end of the elements (as R does). Null when no shift is accepted.
 */
function invert(elements: number[], pValue: (d: number) => number) {
  const unique = [...new Set(sorted(elements))];
  const first = unique[0] ?? 0;
  const last = unique.at(-1) ?? 0;
  const candidates = [first - 1];
  unique.forEach((v, i) => {
    candidates.push(v);
    const next = unique[i + 1];
    if (next !== undefined) candidates.push((v + next) / 2);
  });
  candidates.push(last + 1);
  const accepted = candidates.map((d) => pValue(d) > 0.05);
  const lo = accepted.indexOf(true);
  const hi = accepted.lastIndexOf(true);
  if (lo < 0) return null;
  return {
    low: lo === 0 ? first : (candidates[lo] ?? Number.NaN),
    high: hi === candidates.length - 1 ? last : (candidates[hi] ?? Number.NaN),
    /** Accepted shifts on both sides of 0 while 0 itself is rejected: a hole in the set. */
    isZeroAHole:
      pValue(0) <= 0.05 &&
      candidates.some((d, i) => d < 0 && accepted[i]) &&
      candidates.some((d, i) => d > 0 && accepted[i]),
  };
}

function bruteShift(a: number[], b: number[]) {
  const d = sorted(a.flatMap((x) => b.map((y) => x - y)));
  const minus = (shift: number) => a.map((x) => x - shift);
  const inverted = invert(d, (shift) => mannWhitneyU(minus(shift), b).pValue);
  return { estimate: middle(d), inverted };
}

function brutePaired(d: number[]) {
  const walsh = sorted(d.flatMap((x, i) => d.slice(i).map((y) => (x + y) / 2)));
  const inverted = invert(walsh, (shift) => wilcoxonSignedRank(d.map((x) => x - shift)).pValue);
  return { estimate: middle(walsh), inverted };
}

/** Field by field, so that −0 and 0 count as the same value. */
function expectSameInterval(actual: Interval | null, expected: Interval) {
  expect(actual?.estimate).toBeCloseTo(expected.estimate, 12);
  expect(actual?.low).toBeCloseTo(expected.low, 12);
  expect(actual?.high).toBeCloseTo(expected.high, 12);
}

/** When no shift at all is accepted the interval is the single point of the estimate. */
function expectMatchesBruteForce(
  actual: Interval | null,
  { estimate, inverted }: ReturnType<typeof bruteShift>,
) {
  const { low, high } = inverted ?? { low: estimate, high: estimate };
  expectSameInterval(actual, { estimate, low, high });
}

const excludesZero = (interval: Interval | null) =>
  interval !== null && (interval.low > 0 || interval.high < 0);

/**
 * Pain-like samples on a half-point or whole-point grid, so ties are everywhere, as in real
 * journals. Every value, difference and Walsh average is exact in binary, so shifting the data
 * by a candidate d ties exactly where it should.
 */
function sample(random: () => number, n: number, centre: number, step: number) {
  return Array.from({ length: n }, () => Math.round((centre + 4 * (random() - 0.5)) / step) * step);
}

describe("hodgesLehmannShift", () => {
  test("three differences by hand", () => {
    // a − b = 1, 2, 3: median 2. Three pairs can never give p ≤ 0.05, so every shift is accepted
    // and the interval is the range of the differences (as R reports it too).
    expect(hodgesLehmannShift([1, 2, 3], [0])).toEqual({ estimate: 2, low: 1, high: 3 });
  });

  test("n = m = 10 without ties: half a step inside the 24th and 77th differences", () => {
    // All 100 differences i − (1.1j + 0.05) are distinct. Between two consecutive ones the test
    // has U = #{differences above d}, variance 100·21/12 = 175: accepted iff |U − 50| − ½ <
    // 1.96·13.229 = 25.93, i.e. 24 ≤ #{differences ≤ d} ≤ 76. At the 24th difference itself one
    // pair ties: U = 76.5, variance (100/12)·(21 − 6/380) = 174.87, z = 26/13.224 = 1.966, p =
    // 0.0493: rejected, so the interval starts halfway between the 24th and 25th differences
    // and, by symmetry, ends halfway between the 76th and 77th. Before, it ran from the 24th to
    // the 77th, as the exact Mann–Whitney table (U ≤ 23) and R's uniroot (which stops at the
    // step) give; the test's own verdict at the 24th decides it here, by half a step.
    const a = Array.from({ length: 10 }, (_, i) => i);
    const b = Array.from({ length: 10 }, (_, j) => 1.1 * j + 0.05);
    const d = sorted(a.flatMap((x) => b.map((y) => x - y)));
    const at24th = a.map((x) => x - (d[23] ?? 0));
    expect(mannWhitneyU(at24th, b).pValue).toBeCloseTo(0.0493, 4);
    const result = hodgesLehmannShift(a, b);
    expect(result?.low).toBeCloseTo(((d[23] ?? 0) + (d[24] ?? 0)) / 2, 12); // −3.7
    expect(result?.high).toBeCloseTo(((d[75] ?? 0) + (d[76] ?? 0)) / 2, 12); // 2.7
  });

  test("tied pain: the interval leaves out 0 because the tie-corrected test rejects it", () => {
    // A: 1,1,1,1,1,2,2,2,2,2; B: 0,0,0,0,0,1,1,1,1,1. The 100 differences are 0 ×25, 1 ×50,
    // 2 ×25, median 1. Between elements only within-sample ties count: Σ(t³ − t) = 4·120 = 480,
    // variance (100/12)·(21 − 480/380) = 164.47, so a stretch is accepted iff
    // |#{≤ d} − 50| − ½ < 1.96·12.825 = 25.14: (0, 1) and (1, 2) are (25 and 75 at or below).
    // At d = 0 the pooled sample is 0 ×5, 1 ×10, 2 ×5: U = 75 + 25/2 = 87.5, Σ(t³ − t) = 1230,
    // variance (100/12)·(21 − 1230/380) = 148.03, z = 37/12.167 = 3.04, p = 0.0024: rejected,
    // and so is d = 2 by symmetry. Accepted: the open stretch (0, 2), so the interval is
    // 0.5 to 1.5. The order statistics (24th and 77th, ties ignored) gave 0 to 2: "includes 0"
    // next to p = 0.0024.
    const a = [...repeat(5, 1), ...repeat(5, 2)];
    const b = [...repeat(5, 0), ...repeat(5, 1)];
    expect(mannWhitneyU(a, b).pValue).toBeCloseTo(0.00236, 5);
    expect(hodgesLehmannShift(a, b)).toEqual({ estimate: 1, low: 0.5, high: 1.5 });
  });

  test("no shift fits: the interval is the point where the statistic crosses its mean", () => {
    // A: 0 ×16, 1 ×4; B: 0 ×20. Differences: 0 ×320, 1 ×80, median 0. At d = 0: U = 80 + 160 =
    // 240, pooled ties 36 and 4, variance (400/12)·(41 − 46680/1560) = 369.2, z = 39.5/19.21 =
    // 2.06, p = 0.040. Just above 0, U = 80 (z = −3.6); just below, U = 400 (z = 6.0); at d = 1,
    // U = 40 (z = −5.1): every shift is rejected, because no shift of B looks like A (a fifth of
    // A's days are a point higher, not all of them by some amount). The interval collapses to the estimate 0, so a
    // difference the test finds is not reported as a shift. SciPy's inversion finds no accepted
    // shift either.
    const a = [...repeat(16, 0), ...repeat(4, 1)];
    const b = repeat(20, 0);
    expect(mannWhitneyU(a, b).pValue).toBeCloseTo(0.0398, 4);
    expect(hodgesLehmannShift(a, b)).toEqual({ estimate: 0, low: 0, high: 0 });
  });

  test("matches the brute-force inversion on tied, pain-like data", () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 300; trial++) {
      const step = trial % 2 ? 0.5 : 1;
      const a = sample(random, 1 + Math.floor(random() * 40), 5 + 2 * random(), step);
      const b = sample(random, 1 + Math.floor(random() * 60), 5, step);
      expectMatchesBruteForce(hodgesLehmannShift(a, b), bruteShift(a, b));
    }
  });

  test("with 10+ days a side, the interval excludes 0 exactly when p ≤ 0.05", () => {
    const random = mulberry32(17);
    let significant = 0;
    for (let trial = 0; trial < 300; trial++) {
      const step = trial % 2 ? 0.5 : 1;
      const a = sample(random, 10 + Math.floor(random() * 40), 5 + 2 * random(), step);
      const b = sample(random, 10 + Math.floor(random() * 60), 5, step);
      const p = mannWhitneyU(a, b).pValue;
      if (p <= 0.05) significant++;
      const { inverted } = bruteShift(a, b);
      if (inverted?.isZeroAHole) continue;
      expect(excludesZero(hodgesLehmannShift(a, b))).toBe(p <= 0.05);
    }
    expect(significant).toBeGreaterThan(50); // both sides of the bar are exercised
  });

  test("an empty side has no estimate", () => {
    expect(hodgesLehmannShift([], [1])).toBeNull();
  });
});

describe("hodgesLehmannPaired", () => {
  test("three differences by hand", () => {
    // Walsh averages of 1, 2, 4: 1, 1.5, 2, 2.5, 3, 4 → median (2 + 2.5)/2 = 2.25. Three
    // differences never give p ≤ 0.05, so the interval is the range.
    expect(hodgesLehmannPaired([1, 2, 4])).toEqual({ estimate: 2.25, low: 1, high: 4 });
  });

  test("n = 10 without ties: between the large-sample and the exact interval", () => {
    // 55 Walsh averages W(1) < … ; variance 10·11·21/24 = 96.25. A stretch with c averages at
    // or below it is accepted iff |c − 27.5| − ½ < 1.96·9.811 = 19.23: 8 ≤ c ≤ 47. W(8) = 0.55
    // = (0.3 + 0.8)/2 makes |0.3 − d| and |0.8 − d| tie: V⁺ = 47.5, variance 96.25 − 6/48,
    // z = 19.5/9.804 = 1.989: rejected, so the interval starts at (W(8) + W(9))/2 = (0.55 +
    // 0.575)/2 = 0.5625. At W(48) = W(49) = 2.95 = (1.2 + 4.7)/2 = (2.6 + 3.3)/2 two pairs tie:
    // V⁺ = 7, variance 96.25 − 12/48 = 96, z = 20/9.798 = 2.04: rejected, so it ends at
    // (W(47) + W(48))/2 = (2.75 + 2.95)/2 = 2.85. Before: W(8) to W(48) (0.55 to 2.95, the
    // large-sample rank 8); the exact signed-rank table (T ≤ 8) gives W(9) to W(47), 0.575 to
    // 2.75.
    const d = [0.1, 0.3, 0.35, 0.8, 1.2, 1.9, 2.05, 2.6, 3.3, 4.7];
    const result = hodgesLehmannPaired(d);
    expect(result?.low).toBeCloseTo(0.5625, 12);
    expect(result?.high).toBeCloseTo(2.85, 12);
  });

  test("tied pain: the interval leaves out 0 because the tie-corrected test rejects it", () => {
    // Differences 0 ×5, 2 ×5. Walsh averages: 0 ×15, 1 ×25, 2 ×15; median 1. Between elements
    // all ten differences count, Σ(t³ − t) = 240, variance 96.25 − 240/48 = 91.25: a stretch is
    // accepted iff |c − 27.5| − ½ < 1.96·9.553 = 18.72; (0, 1) and (1, 2) are (c = 15, 40).
    // At d = 0 the five zeros are dropped and five tied +2s remain: V⁺ = 15, mean 7.5, variance
    // 5·6·11/24 − 120/48 = 11.25, z = 7/3.354 = 2.09, p = 0.037: rejected; d = 2 likewise.
    // Interval 0.5 to 1.5; Tukey's order statistics (the 8th and 48th) gave 0 to 2.
    const d = [...repeat(5, 0), ...repeat(5, 2)];
    expect(wilcoxonSignedRank(d).pValue).toBeCloseTo(0.0369, 4);
    expect(hodgesLehmannPaired(d)).toEqual({ estimate: 1, low: 0.5, high: 1.5 });
  });

  test("a difference whose dropped zeros make it acceptable beyond a rejected stretch counts", () => {
    // Differences −2 ×3, −1 ×5, −0.5, 0.5. Just below −0.5 (d = −0.6): |d − shift| are 0.1 (+),
    // 0.4 ×5 (−), 1.1 (+), 1.4 ×3 (−), so V⁺ = 1 + 7 = 8, mean 27.5, variance 96.25 − 144/48 =
    // 93.25, z = 19/9.657 = 1.97: rejected. At d = −0.5 the −0.5 is dropped: ranks 0.5 ×5 (−)
    // 3, 1 (+) 6, 1.5 ×3 (−) 8, V⁺ = 6, mean 22.5, variance 9·10·19/24 − 144/48 = 68.25,
    // z = 16/8.261 = 1.94: accepted (Pratt's 1959 point that dropping zeros makes the signed-rank
    // test non-monotone). The accepted set is [−1.5, −0.75] ∪ {−0.5}; the interval spans both.
    const d = [-2, -1, -1, 0.5, -1, -2, -2, -1, -0.5, -1];
    expect(wilcoxonSignedRank(d.map((x) => x + 0.6)).pValue).toBeLessThan(0.05);
    expect(wilcoxonSignedRank(d.map((x) => x + 0.5)).pValue).toBeGreaterThan(0.05);
    expect(hodgesLehmannPaired(d)).toEqual({ estimate: -1, low: -1.5, high: -0.5 });
  });

  test("matches the brute-force inversion on tied, pain-like differences", () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 300; trial++) {
      const step = trial % 2 ? 0.5 : 1;
      const d = sample(random, 1 + Math.floor(random() * 80), random() * 3 - 1.5, step);
      expectMatchesBruteForce(hodgesLehmannPaired(d), brutePaired(d));
    }
  });

  test("with 10+ days, the interval excludes 0 exactly when p ≤ 0.05, unless 0 is a hole", () => {
    const random = mulberry32(23);
    let significant = 0;
    for (let trial = 0; trial < 300; trial++) {
      const step = trial % 2 ? 0.5 : 1;
      const d = sample(random, 10 + Math.floor(random() * 70), random() * 2 - 0.5, step);
      const p = wilcoxonSignedRank(d).pValue;
      if (p <= 0.05) significant++;
      // A rejected 0 with accepted shifts on both sides lies inside the interval (rare).
      if (brutePaired(d).inverted?.isZeroAHole) continue;
      expect(excludesZero(hodgesLehmannPaired(d))).toBe(p <= 0.05);
    }
    expect(significant).toBeGreaterThan(50);
  });

  test("all-zero differences give a zero-width interval at 0", () => {
    expect(hodgesLehmannPaired([0, 0, 0, 0])).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(hodgesLehmannPaired([])).toBeNull();
  });
});
