import { Z_975 } from "./stats";

/** A point estimate with its 95% interval. */
export type Interval = { estimate: number; low: number; high: number };

/**
 * One pass over an implicit multiset: how many elements are ≤ t, the largest of those, and the
 * smallest element above t (Infinity if none).
 */
type Probe = (t: number) => { count: number; largest: number; nextAbove: number };

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

/** Median and 95% interval of an implicit multiset of size total, by inverting a rank test. */
function rankInterval(probe: Probe, total: number, sd: number, min: number, max: number) {
  const kth = (k: number) => kthSmallest(probe, k, min, max);
  const lower = kth(Math.ceil(total / 2));
  // With an even total the two middle elements are usually the same value; one probe tells.
  const isSame = total % 2 === 1 || probe(lower).count > total / 2;
  const estimate = isSame ? lower : (lower + kth(total / 2 + 1)) / 2;
  // Hollander & Wolfe's large-sample critical rank; never below 1, so tiny samples get the range.
  const k = Math.max(1, Math.floor(total / 2 - Z_975 * sd));
  return { estimate, low: kth(k), high: kth(total - k + 1) };
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
 * Hodges–Lehmann shift A − B (median of all pairwise differences a − b) with the Moses 95%
 * interval, the interval that inverts the Mann–Whitney test. Null when a side is empty.
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
  const total = a.length * b.length;
  const sd = Math.sqrt((total * (a.length + b.length + 1)) / 12);
  const min = (xs.values[0] ?? 0) - (ys.values.at(-1) ?? 0);
  const max = (xs.values.at(-1) ?? 0) - (ys.values[0] ?? 0);
  return rankInterval(probe, total, sd, min, max);
}

/**
 * Hodges–Lehmann pseudo-median of paired differences (median of the Walsh averages
 * (dᵢ + dⱼ)/2, i ≤ j) with Tukey's 95% interval, which inverts the signed-rank test. Zero
 * differences are kept: days with no difference pull the estimate towards zero, as they should.
 */
export function hodgesLehmannPaired(differences: readonly number[]): Interval | null {
  const n = differences.length;
  if (n === 0) return null;
  const { values, counts } = distinct(differences);
  // upTo[l]: how many differences are ≤ values[l].
  const upTo = [...counts];
  for (let l = 1; l < upTo.length; l++) upTo[l] = (upTo[l] ?? 0) + (upTo[l - 1] ?? 0);
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
      const ck = counts[k] ?? 0;
      // Pairs i ≤ j: a value with itself ck(ck + 1)/2 ways, with each larger value ck·cl ways.
      count += (ck * (ck + 1)) / 2 + ck * ((upTo[l] ?? 0) - (upTo[k] ?? 0));
      largest = Math.max(largest, (vk + (values[l] ?? 0)) / 2);
    }
    return { count, largest, nextAbove };
  };
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
  return rankInterval(probe, (n * (n + 1)) / 2, sd, values[0] ?? 0, values.at(-1) ?? 0);
}
