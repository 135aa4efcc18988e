import { describe, expect, test } from "vitest";
import { hodgesLehmannPaired, hodgesLehmannShift, type Interval } from "./hodges-lehmann";
import { mulberry32 } from "./random";

const Z = 1.959963984540054;
const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
const middle = (s: number[]) =>
  s.length % 2
    ? (s[(s.length - 1) / 2] ?? 0)
    : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;

/** Brute force: every pairwise difference, sorted, then the textbook order statistics. */
function bruteShift(a: number[], b: number[]) {
  const d = sorted(a.flatMap((x) => b.map((y) => x - y)));
  const sd = Math.sqrt((a.length * b.length * (a.length + b.length + 1)) / 12);
  const k = Math.max(1, Math.floor(d.length / 2 - Z * sd));
  return { estimate: middle(d), low: d[k - 1] ?? Number.NaN, high: d[d.length - k] ?? Number.NaN };
}

function brutePaired(d: number[]) {
  const walsh = sorted(d.flatMap((x, i) => d.slice(i).map((y) => (x + y) / 2)));
  const n = d.length;
  const k = Math.max(
    1,
    Math.floor(walsh.length / 2 - Z * Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24)),
  );
  return {
    estimate: middle(walsh),
    low: walsh[k - 1] ?? Number.NaN,
    high: walsh[walsh.length - k] ?? Number.NaN,
  };
}

/** Field by field, so that −0 and 0 count as the same value. */
function expectSameInterval(actual: Interval | null, expected: Interval) {
  expect(actual?.estimate).toBeCloseTo(expected.estimate, 12);
  expect(actual?.low).toBeCloseTo(expected.low, 12);
  expect(actual?.high).toBeCloseTo(expected.high, 12);
}

/** Pain-like samples on a half-point grid, so ties are everywhere, as in real journals. */
function sample(random: () => number, n: number, centre: number) {
  return Array.from({ length: n }, () => Math.round((centre + 4 * (random() - 0.5)) * 2) / 2);
}

describe("hodgesLehmannShift", () => {
  test("three differences by hand", () => {
    // a − b = 1, 2, 3: median 2; with 3 pairs no 95% interval is narrower than the range.
    expect(hodgesLehmannShift([1, 2, 3], [0])).toEqual({ estimate: 2, low: 1, high: 3 });
  });

  test("n = m = 10 uses the 24th and 77th differences", () => {
    // Mann–Whitney tables give the two-sided 5% critical value U ≤ 23 for n = m = 10, so the
    // Moses interval runs from the 24th to the (100 + 1 − 24)th ordered difference.
    const a = Array.from({ length: 10 }, (_, i) => i);
    const b = Array.from({ length: 10 }, (_, j) => 1.1 * j + 0.05);
    const d = sorted(a.flatMap((x) => b.map((y) => x - y)));
    const result = hodgesLehmannShift(a, b);
    expect(result?.low).toBe(d[23]);
    expect(result?.high).toBe(d[76]);
  });

  test("matches brute force on tied, pain-like data", () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 200; trial++) {
      const a = sample(random, 1 + Math.floor(random() * 40), 5 + random());
      const b = sample(random, 1 + Math.floor(random() * 60), 5);
      expectSameInterval(hodgesLehmannShift(a, b), bruteShift(a, b));
    }
  });

  test("an empty side has no estimate", () => {
    expect(hodgesLehmannShift([], [1])).toBeNull();
  });
});

describe("hodgesLehmannPaired", () => {
  test("three differences by hand", () => {
    // Walsh averages of 1, 2, 4: 1, 1.5, 2, 2.5, 3, 4 → median (2 + 2.5)/2 = 2.25.
    expect(hodgesLehmannPaired([1, 2, 4])).toEqual({ estimate: 2.25, low: 1, high: 4 });
  });

  test("n = 10 uses the 8th and 48th Walsh averages", () => {
    // 55/2 − 1.96·√(10·11·21/24) = 8.27 → 8. The exact signed-rank table (T ≤ 8) would give 9:
    // the large-sample interval is one step wider, i.e. conservative, at the minimum sample size.
    const d = [0.1, 0.3, 0.35, 0.8, 1.2, 1.9, 2.05, 2.6, 3.3, 4.7];
    const walsh = sorted(d.flatMap((x, i) => d.slice(i).map((y) => (x + y) / 2)));
    const result = hodgesLehmannPaired(d);
    expect(result?.low).toBe(walsh[7]);
    expect(result?.high).toBe(walsh[47]);
  });

  test("matches brute force on tied, pain-like differences", () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 200; trial++) {
      const d = sample(random, 1 + Math.floor(random() * 80), random() * 2 - 1);
      expectSameInterval(hodgesLehmannPaired(d), brutePaired(d));
    }
  });

  test("all-zero differences give a zero-width interval at 0", () => {
    expect(hodgesLehmannPaired([0, 0, 0, 0])).toEqual({ estimate: 0, low: 0, high: 0 });
    expect(hodgesLehmannPaired([])).toBeNull();
  });
});
