import { Z_975 } from "./rank-tests";

/**
 * The machinery behind the Hodges–Lehmann estimates (hodges-lehmann.ts): the median of a multiset
 * of pairwise differences or Walsh averages, and the 95% interval that inverts a rank test,
 * found by bisection on an implicit multiset instead of listing its n·m elements.
 */
/** A point estimate with its 95% interval. */
export type Interval = { estimate: number; low: number; high: number };

/**
 * One pass over an implicit multiset: how many elements are ≤ t, the largest of those, and the
 * smallest element above t (Infinity if none).
 */
export type Probe = (t: number) => { count: number; largest: number; nextAbove: number };

/**
 * The rank test at one exact shift d: how many elements of the multiset are below d and equal to
 * it, and the test statistic's deviation from its null mean with its tie-corrected variance.
 */
export type TestAt = (d: number) => {
  below: number;
  equal: number;
  deviation: number;
  variance: number;
};

/**
 * The k-th smallest (1-based) of an implicit multiset, by bisection on its values. Each probe
 * snaps the bracket to real elements, so the search ends as soon as one distinct value is left:
 * about log₂(distinct values) linear passes, without ever listing the n·m pairwise differences.
 */
export function kthSmallest(probe: Probe, k: number, min: number, max: number): number {
  let lo = min - 1; // fewer than k elements are ≤ lo
  let hi = max; // an element, with at least k elements ≤ it
  let nextAboveLo = min;
  while (nextAboveLo < hi) {
    const mid = lo + (hi - lo) / 2;
    const { count, largest, nextAbove } = probe(mid);
    if (count >= k) hi = largest;
    else {
      lo = mid;
      nextAboveLo = nextAbove;
    }
  }
  return hi;
}

/**
 * Not rejected at 5% two-sided by the normal approximation of rank-tests.ts: continuity correction
 * 0.5, p = 1 when the variance is 0 (everything tied). p > 0.05 is z < z₀.₉₇₅.
 */
export function isAccepted({
  deviation,
  variance,
}: {
  deviation: number;
  variance: number;
}): boolean {
  return variance <= 0 || Math.max(0, Math.abs(deviation) - 0.5) < Z_975 * Math.sqrt(variance);
}

/**
 * Median of an implicit multiset of size total (the pairwise differences or Walsh averages), and
 * the 95% interval that inverts the tie-corrected rank test: the shifts d at which the test of
 * "shift = d" (the same test, ties corrected, that gives the p-value) is not rejected at 5%.
 *
 * The test statistic only changes where d crosses an element. Strictly between two consecutive
 * distinct elements ("a stretch") nothing ties across, so the statistic is the count c of
 * elements ≤ d and the variance is gapVariance, the same for every stretch: a stretch is
 * accepted iff floor < c < total − floor, with floor = total/2 − ½ − z₀.₉₇₅·√gapVariance. At an
 * element itself the test sees ties (every pair that differs by exactly d), counted ½ and with a
 * smaller variance; testAt evaluates it exactly. Order statistics (Moses, Tukey) only see the
 * stretches, so on pain's coarse grid they ended at the shift 0 itself even when the test
 * rejected it: a clearly significant difference came with an interval touching 0.
 *
 * An element with at most floor elements at or below it is rejected too: for Mann–Whitney its
 * mid-count is no nearer the middle and its variance no larger; for the signed-rank test the
 * same holds unless it is one of the differences themselves (looseElements, below). So, with u
 * the first element above that count:
 * - u accepted: the interval starts at u.
 * - u rejected, the stretch just above it accepted: the accepted shifts start just above u, open
 *   there. A closed interval cannot say so; ending at u would show a rejected shift as plausible
 *   (for u = 0, an interval including 0 beside p ≤ 0.05), so the interval starts at the middle of
 *   that stretch, the point it is tested at.
 * - both rejected: u's ties span the whole band of accepted counts and no stretch is accepted.
 * The upper end mirrors this. The first accepted loose element beyond each end, if any, extends
 * it.
 * When no shift at all is accepted the interval is the point u, where the statistic crosses its
 * null mean; when even the stretch below the smallest element is accepted (floor < 0, tiny
 * samples) every stretch is, and the interval is the range of the elements.
 *
 * R's wilcox.test(conf.int = TRUE, exact = FALSE) inverts the same statistic, by uniroot on the
 * step function; that returns the step where acceptance starts (within its tolerance 1e-4): u,
 * whether u itself is accepted or not. Without ties the two differ by at most half the gap
 * between two consecutive elements.
 */
export function rankInterval({
  probe,
  testAt,
  total,
  gapVariance,
  min,
  max,
  looseElements = [],
}: {
  probe: Probe;
  testAt: TestAt;
  total: number;
  gapVariance: number;
  min: number;
  max: number;
  looseElements?: readonly number[];
}): Interval {
  const kth = (k: number) => kthSmallest(probe, k, min, max);
  const lower = kth(Math.ceil(total / 2));
  // With an even total the two middle elements are usually the same value; one probe tells.
  const isSame = total % 2 === 1 || probe(lower).count > total / 2;
  const estimate = isSame ? lower : (lower + kth(total / 2 + 1)) / 2;

  const floor = total / 2 - 0.5 - Z_975 * Math.sqrt(gapVariance);
  const first = Math.floor(floor) + 1; // the smallest count of an accepted stretch
  if (first < 1) return { estimate, low: min, high: max };
  const u = kth(first);
  const atU = testAt(u);
  let low: number | undefined;
  let high: number | undefined;
  if (isAccepted(atU)) low = u;
  else if (atU.below + atU.equal < total - floor) low = (u + probe(u).nextAbove) / 2;
  if (low !== undefined) {
    // u or a stretch is accepted, so w is, or else the stretch just below it is.
    const w = kth(total - first + 1);
    const atW = testAt(w);
    if (isAccepted(atW)) high = w;
    else high = (kth(atW.below) + w) / 2;
  }
  for (const v of looseElements) {
    if (low !== undefined && v >= low) break;
    if (isAccepted(testAt(v))) {
      low = v;
      break;
    }
  }
  for (let i = looseElements.length - 1; i >= 0; i--) {
    const v = looseElements[i] ?? 0;
    if (high !== undefined && v <= high) break;
    if (isAccepted(testAt(v))) {
      high = v;
      break;
    }
  }
  if (low === undefined || high === undefined) return { estimate, low: u, high: u };
  return { estimate, low, high };
}

/** Σ(t³ − t) over tie groups of the given sizes. */
export function tieSum(counts: readonly number[]): number {
  return counts.reduce((sum, t) => sum + t * t * t - t, 0);
}

/**
 * Distinct values ascending with their multiplicities. Pain comes on a coarse grid, so a year of
 * days collapses to a few dozen values and each pass below gets that much cheaper.
 */
export function distinct(values: readonly number[]): { values: number[]; counts: number[] } {
  const unique: number[] = [];
  const counts: number[] = [];
  for (const value of Float64Array.from(values).sort()) {
    if (unique.at(-1) === value) counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
    else {
      unique.push(value);
      counts.push(1);
    }
  }
  return { values: unique, counts };
}
