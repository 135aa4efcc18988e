import {
  distinct,
  type Interval,
  type Probe,
  rankInterval,
  type TestAt,
  tieSum,
} from "./rank-interval";

/**
 * Hodges–Lehmann shift A − B (median of all pairwise differences a − b) with the 95% interval
 * that inverts the Mann–Whitney test with tie-corrected variance and continuity correction (the
 * test of mannWhitneyU in rank-tests.ts, applied to A − d and B). Null when a side is empty.
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
 * rank-tests.ts (zero differences dropped, tie-corrected variance, continuity correction) applied to
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
