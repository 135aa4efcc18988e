import { Z_975 } from "./stats";

/** A point estimate with its 95% interval. */
export type Interval = { estimate: number; low: number; high: number };

/**
 * One pass over an implicit multiset: how many elements are ≤ t, the largest of those, and the
 * smallest element above t (Infinity if none).
 */
type Probe = (t: number) => { count: number; largest: number; nextAbove: number };

/**
 * The rank test at one exact shift d: how many elements of the multiset are below d and equal to
 * it, and the test statistic's deviation from its null mean with its tie-corrected variance.
 */
type TestAt = (d: number) => { below: number; equal: number; deviation: number; variance: number };

/**
 * The k-th smallest (1-based) of an implicit multiset, by bisection on its values. Each probe
 * snaps the bracket to real elements, so the search ends as soon as one distinct value is left:
 * about log₂(distinct values) linear passes, without ever listing the n·m pairwise differences.
 */
function kthSmallest(probe: Probe, k: number, min: number, max: number): number {
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
 * Not rejected at 5% two-sided by the normal approximation of stats.ts: continuity correction
 * 0.5, p = 1 when the variance is 0 (everything tied). p > 0.05 is z < z₀.₉₇₅.
 */
function isAccepted({ deviation, variance }: { deviation: number; variance: number }): boolean {
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
function rankInterval({
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
function tieSum(counts: readonly number[]): number {
  return counts.reduce((sum, t) => sum + t * t * t - t, 0);
}

/**
 * Distinct values ascending with their multiplicities. Pain comes on a coarse grid, so a year of
 * days collapses to a few dozen values and each pass below gets that much cheaper.
 */
function distinct(values: readonly number[]): { values: number[]; counts: number[] } {
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

/**
 * Hodges–Lehmann shift A − B (median of all pairwise differences a − b) with the 95% interval
 * that inverts the Mann–Whitney test with tie-corrected variance and continuity correction (the
 * test of mannWhitneyU in stats.ts, applied to A − d and B). Null when a side is empty.
 */
export function hodgesLehmannShift(a: readonly number[], b: readonly number[]): Interval | null {
  if (a.length === 0 || b.length === 0) return null;
  const xs = distinct(a);
  const ys = distinct(b);
  // atLeast[j]: how many of B are ≥ ys.values[j].
  const atLeast = [...ys.counts];
  for (let j = atLeast.length - 2; j >= 0; j--)
    atLeast[j] = (atLeast[j] ?? 0) + (atLeast[j + 1] ?? 0);
  const probe: Probe = (t) => {
    let count = 0;
    let largest = Number.NEGATIVE_INFINITY;
    let nextAbove = Number.POSITIVE_INFINITY;
    let j = 0;
    for (let i = 0; i < xs.values.length; i++) {
      const x = xs.values[i] ?? 0;
      while (j < ys.values.length && x - (ys.values[j] ?? 0) > t) j++;
      // For this x, y[j − 1] gives the smallest difference above t; larger x only give larger.
      if (j > 0) nextAbove = Math.min(nextAbove, x - (ys.values[j - 1] ?? 0));
      if (j === ys.values.length) break;
      count += (xs.counts[i] ?? 0) * (atLeast[j] ?? 0);
      largest = Math.max(largest, x - (ys.values[j] ?? 0));
    }
    return { count, largest, nextAbove };
  };
  const nA = a.length;
  const nB = b.length;
  const n = nA + nB;
  const total = nA * nB;
  const withinTies = tieSum(xs.counts) + tieSum(ys.counts);
  const variance = (ties: number) => ((nA * nB) / 12) * (n + 1 - ties / (n * (n - 1)));
  // U of A − d against B: pairs with a − b > d, ties ½. A group of A at x − d merges with B's
  // group at y when x − y = d, which adds (p + q)³ − p³ − q³ = 3pq(p + q) to Σ(t³ − t).
  const testAt: TestAt = (d) => {
    let below = 0;
    let equal = 0;
    let merged = 0;
    let j = 0;
    for (let i = 0; i < xs.values.length; i++) {
      const x = xs.values[i] ?? 0;
      const p = xs.counts[i] ?? 0;
      while (j < ys.values.length && x - (ys.values[j] ?? 0) > d) j++;
      if (j === ys.values.length) break;
      let firstBelow = j;
      if (x - (ys.values[j] ?? 0) === d) {
        const q = ys.counts[j] ?? 0;
        equal += p * q;
        merged += 3 * p * q * (p + q);
        firstBelow++;
      }
      below += p * (atLeast[firstBelow] ?? 0);
    }
    const u = total - below - equal / 2;
    return { below, equal, deviation: u - total / 2, variance: variance(withinTies + merged) };
  };
  const min = (xs.values[0] ?? 0) - (ys.values.at(-1) ?? 0);
  const max = (xs.values.at(-1) ?? 0) - (ys.values[0] ?? 0);
  return rankInterval({ probe, testAt, total, gapVariance: variance(withinTies), min, max });
}

/**
 * Hodges–Lehmann pseudo-median of paired differences (median of the Walsh averages
 * (dᵢ + dⱼ)/2, i ≤ j) with the 95% interval that inverts the Wilcoxon signed-rank test of
 * stats.ts (zero differences dropped, tie-corrected variance, continuity correction) applied to
 * the differences − d. Zero differences are kept in the estimate: days with no difference pull it
 * towards zero, as they should.
 */
export function hodgesLehmannPaired(differences: readonly number[]): Interval | null {
  const n = differences.length;
  if (n === 0) return null;
  const { values, counts } = distinct(differences);
  // upTo[l]: how many differences are ≤ values[l].
  const upTo = [...counts];
  for (let l = 1; l < upTo.length; l++) upTo[l] = (upTo[l] ?? 0) + (upTo[l - 1] ?? 0);
  /** Walsh averages pairing values[k] with values[k..l]: itself ck(ck + 1)/2 ways, others ck·cl. */
  const pairsFrom = (k: number, l: number) => {
    const ck = counts[k] ?? 0;
    return (ck * (ck + 1)) / 2 + ck * ((upTo[l] ?? 0) - (upTo[k] ?? 0));
  };
  const probe: Probe = (t) => {
    let count = 0;
    let largest = Number.NEGATIVE_INFINITY;
    let nextAbove = Number.POSITIVE_INFINITY;
    let l = values.length - 1;
    for (let k = 0; k < values.length; k++) {
      const vk = values[k] ?? 0;
      while (l >= k && (vk + (values[l] ?? 0)) / 2 > t) l--;
      // The pair just past l is this value's smallest Walsh average above t.
      if (l + 1 < values.length) nextAbove = Math.min(nextAbove, (vk + (values[l + 1] ?? 0)) / 2);
      if (l < k) break;
      count += pairsFrom(k, l);
      largest = Math.max(largest, (vk + (values[l] ?? 0)) / 2);
    }
    return { count, largest, nextAbove };
  };
  const total = (n * (n + 1)) / 2;
  const allTies = tieSum(counts);
  const variance = (m: number, ties: number) => (m * (m + 1) * (2 * m + 1)) / 24 - ties / 48;
  // Signed-rank V⁺ of the differences − d. With mid-ranks, V⁺ of nonzero values is the number of
  // Walsh averages above d plus half of those equal to it. Differences equal to d are dropped:
  // their c(c + 1)/2 Walsh averages with each other (counted ½) and c·positives with larger
  // values (counted 1) come off. |dᵢ − d| ties across values exactly when (dᵢ + dⱼ)/2 = d.
  const testAt: TestAt = (d) => {
    let atOrBelow = 0;
    let equal = 0;
    let mirrored = 0;
    let zeros = 0;
    let positives = 0;
    values.forEach((v, k) => {
      if (v === d) zeros = counts[k] ?? 0;
      else if (v > d) positives += counts[k] ?? 0;
    });
    let l = values.length - 1;
    for (let k = 0; k < values.length; k++) {
      const vk = values[k] ?? 0;
      while (l >= k && (vk + (values[l] ?? 0)) / 2 > d) l--;
      if (l < k) break;
      atOrBelow += pairsFrom(k, l);
      if ((vk + (values[l] ?? 0)) / 2 === d) {
        const ck = counts[k] ?? 0;
        const cl = counts[l] ?? 0;
        if (l === k) equal += (ck * (ck + 1)) / 2;
        else {
          equal += ck * cl;
          mirrored += 3 * ck * cl * (ck + cl);
        }
      }
    }
    const m = n - zeros;
    const vPlus = total - atOrBelow + equal / 2 - zeros * positives - (zeros * (zeros + 1)) / 4;
    const ties = allTies - (zeros * zeros * zeros - zeros) + mirrored;
    return {
      below: atOrBelow - equal,
      equal,
      deviation: vPlus - (m * (m + 1)) / 4,
      variance: variance(m, ties),
    };
  };
  return rankInterval({
    probe,
    testAt,
    total,
    gapVariance: variance(n, allTies),
    min: values[0] ?? 0,
    max: values.at(-1) ?? 0,
    // At d equal to one of the differences, dropping those zeros can make the test accept d
    // although the stretches on both sides are rejected (dropping zeros makes the signed-rank
    // test non-monotone, as Pratt, JASA 1959, pointed out), so each distinct difference beyond
    // the ends found above is tested too: at most one pass per distinct difference.
    looseElements: values,
  });
}
