/**
 * The randomisation test of a personal experiment (Edgington & Onghena 2007, ch. 6 and 11;
 * Kravitz & Duan 2014, ch. 7). The data are the pairs' differences d = (mean outcome of the pair's
 * "on" block) − (mean of its "off" block); the statistic is their mean. The design could have put
 * either block of each pair first, so under the null hypothesis that the change makes no
 * difference to any night the same outcomes would have been seen under each of the 2^pairs
 * orders, each flipping the signs of some differences. The p-value counts the orders whose mean
 * is at least as extreme as the one observed, enumerated exactly (pairs ≤ MAX_PAIRS).
 *
 * Flipping the signs of a set S of pairs changes the mean by −2·Σ_S d / n, so counting orders
 * is counting subsets by their sum; the same subsets give the exact confidence interval for a
 * constant effect δ (testing δ flips d − δ): its ends are subset means (Hartigan 1969).
 */

export const MAX_PAIRS = 20;
/** Sums that differ by less than this are ties (the differences are means of whole ratings). */
const TIE = 1e-9;

export type RandomisationResult = {
  pairs: number;
  /** Mean of the pairs' on − off differences (negative: less pain on "on" nights). */
  estimate: number;
  /** Share of the design's orders whose mean is as low or lower (evidence that "on" lowers pain). */
  pLower: number;
  /** Share whose mean is as high or higher (evidence that "on" raises pain). */
  pHigher: number;
  /** Two-sided 95% interval for a constant effect; null ends when too few pairs to bound it. */
  interval: { low: number | null; high: number | null };
  /** Number of orders the design could have produced (2^pairs), all enumerated. */
  orders: number;
};

/** The sums of every subset of `values`, indexed by the subset's bit mask. */
function subsetSums(values: readonly number[]): Float64Array {
  const sums = new Float64Array(2 ** values.length);
  values.forEach((value, bit) => {
    const size = 2 ** bit;
    for (let mask = 0; mask < size; mask++) sums[mask + size] = (sums[mask] ?? 0) + value;
  });
  return sums;
}

function subsetSizes(count: number): Uint8Array {
  const sizes = new Uint8Array(2 ** count);
  for (let mask = 1; mask < sizes.length; mask++)
    sizes[mask] = (sizes[mask >> 1] ?? 0) + (mask & 1);
  return sizes;
}

/**
 * The exact randomisation test over the design's 2^pairs orders, and the 95% interval.
 * Throws RangeError for no pairs or more than MAX_PAIRS.
 */
export function randomisationTest(
  differences: readonly number[],
  { level = 0.95 }: { level?: number } = {},
): RandomisationResult {
  const n = differences.length;
  if (n < 1 || n > MAX_PAIRS) throw new RangeError(`needs 1 to ${MAX_PAIRS} pairs, got ${n}`);
  const sums = subsetSums(differences);
  const orders = sums.length;
  let lower = 0;
  let higher = 0;
  for (const sum of sums) {
    // Flipping subset S: the mean moves by −2·sum/n, so it is as low or lower when sum ≥ 0.
    if (sum >= -TIE) lower++;
    if (sum <= TIE) higher++;
  }
  const estimate = differences.reduce((total, d) => total + d, 0) / n;
  return {
    pairs: n,
    estimate,
    pLower: lower / orders,
    pHigher: higher / orders,
    interval: intervalFor(sums, (1 - level) / 2),
    orders,
  };
}

/**
 * δ is inside the interval when neither one-sided test of "effect = δ" rejects at `tail`. The
 * upper test's p-value at δ is (1 + #{non-empty S: mean_S(d) ≤ δ}) / 2^n, so the interval runs
 * from the k-th smallest non-empty subset mean to the k-th largest, k = ⌊tail·2^n⌋ (none: open).
 */
function intervalFor(sums: Float64Array, tail: number): RandomisationResult["interval"] {
  const k = Math.floor(tail * sums.length + TIE);
  if (k < 1) return { low: null, high: null };
  const sizes = subsetSizes(Math.log2(sums.length));
  const means = new Float64Array(sums.length - 1);
  for (let mask = 1; mask < sums.length; mask++) {
    means[mask - 1] = (sums[mask] ?? 0) / (sizes[mask] ?? 1);
  }
  means.sort();
  return { low: means[k - 1] ?? null, high: means[means.length - k] ?? null };
}
