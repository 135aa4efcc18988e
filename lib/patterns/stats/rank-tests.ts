/**
 * Standard normal CDF by Hart's double-precision algorithm as given by G. West, "Better
 * approximations to cumulative normal functions" (Wilmott, 2005), Fig. 2. The tail is computed
 * directly rather than as 1 − Φ, so even p-values near 1e-20 keep 8 significant digits.
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z);
  let tail = 0;
  if (x <= 37) {
    const e = Math.exp((-x * x) / 2);
    if (x < 7.07106781186547) {
      let num = 3.52624965998911e-2 * x + 0.700383064443688;
      num = num * x + 6.37396220353165;
      num = num * x + 33.912866078383;
      num = num * x + 112.079291497871;
      num = num * x + 221.213596169931;
      num = num * x + 220.206867912376;
      let den = 8.83883476483184e-2 * x + 1.75566716318264;
      den = den * x + 16.064177579207;
      den = den * x + 86.7807322029461;
      den = den * x + 296.564248779674;
      den = den * x + 637.333633378831;
      den = den * x + 793.826512519948;
      den = den * x + 440.413735824752;
      tail = (e * num) / den;
    } else {
      let den = x + 0.65;
      den = x + 4 / den;
      den = x + 3 / den;
      den = x + 2 / den;
      den = x + 1 / den;
      tail = e / den / 2.506628274631;
    }
  }
  return z > 0 ? 1 - tail : tail;
}

/** The 0.975 standard normal quantile, for 95% intervals. */
export const Z_975 = 1.959963984540054;

/** Median of the values; null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * Mid-ranks (1-based, ties share the mean of their ranks) and Σ(t³ − t) over tie groups, which
 * the signed-rank test needs for its tie-corrected variance.
 */
export function midRanks(values: readonly number[]): { ranks: number[]; tieSum: number } {
  const order = values.map((_, i) => i).sort((i, j) => (values[i] ?? 0) - (values[j] ?? 0));
  const ranks = new Array<number>(values.length).fill(0);
  let tieSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end] ?? 0] === values[order[start] ?? 0]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] ?? 0] = rank;
    const t = end - start;
    tieSum += t * t * t - t;
    start = end;
  }
  return { ranks, tieSum };
}

export type RankTest = { statistic: number; z: number; pValue: number };

/** Two-sided p from a normal approximation with a 0.5 continuity correction, as R does by default. */
function twoSided(deviation: number, variance: number): { z: number; pValue: number } {
  if (variance <= 0) return { z: 0, pValue: 1 };
  const z = Math.max(0, Math.abs(deviation) - 0.5) / Math.sqrt(variance);
  return { z: Math.sign(deviation) * z, pValue: Math.min(1, 2 * normalCdf(-z)) };
}

/**
 * Mann–Whitney U for A (pairs with a > b, ties counting ½), two-sided, normal approximation with
 * tie-corrected variance and continuity correction: R's wilcox.test(a, b, exact = FALSE).
 */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): RankTest {
  const nA = a.length;
  const nB = b.length;
  const n = nA + nB;
  if (nA === 0 || nB === 0) return { statistic: 0, z: 0, pValue: 1 };
  // Merging the two sorted samples one tie group at a time gives A's rank sum and the tie term
  // without ranking the pooled sample; this runs once per tag and relief item.
  const xs = Float64Array.from(a).sort();
  const ys = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let ranked = 0;
  let rankSumA = 0;
  let tieSum = 0;
  while (i < nA || j < nB) {
    const value = Math.min(xs[i] ?? Number.POSITIVE_INFINITY, ys[j] ?? Number.POSITIVE_INFINITY);
    const [fromA, fromB] = [i, j];
    while (i < nA && xs[i] === value) i++;
    while (j < nB && ys[j] === value) j++;
    const inA = i - fromA;
    const inB = j - fromB;
    const t = inA + inB;
    rankSumA += inA * (ranked + (t + 1) / 2);
    tieSum += t * t * t - t;
    ranked += t;
  }
  const u = rankSumA - (nA * (nA + 1)) / 2;
  const variance = ((nA * nB) / 12) * (n + 1 - tieSum / (n * (n - 1)));
  return { statistic: u, ...twoSided(u - (nA * nB) / 2, variance) };
}

/**
 * Wilcoxon signed-rank V⁺ on paired differences, two-sided. Zero differences are dropped
 * (Wilcoxon's convention), ranks of |d| are mid-ranks, and the variance is tie-corrected, with
 * continuity correction: R's wilcox.test(d, exact = FALSE) and SciPy's default approximation.
 */
export function wilcoxonSignedRank(differences: readonly number[]): RankTest {
  const nonZero = differences.filter((d) => d !== 0);
  const n = nonZero.length;
  if (n === 0) return { statistic: 0, z: 0, pValue: 1 };
  const { ranks, tieSum } = midRanks(nonZero.map(Math.abs));
  let vPlus = 0;
  nonZero.forEach((d, i) => {
    if (d > 0) vPlus += ranks[i] ?? 0;
  });
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48;
  return { statistic: vPlus, ...twoSided(vPlus - (n * (n + 1)) / 4, variance) };
}
