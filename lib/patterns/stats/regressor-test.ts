import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import {
  type AveragedFit,
  fitRegressor,
  type PreparedSeries,
  prepareSeries,
} from "./ar1-regression";

/**
 * The test of one regressor: the ρ-averaged AR(1) regression of ar1-regression.ts, a Student t
 * reference with the residual degrees of freedom (the small-sample correction), and a calibration
 * for what AR(1) does not capture, such as tags that come in runs on a series whose correlation
 * is not exactly AR(1): the t statistic is divided by max(1, s), where s is the root mean square
 * of the same t computed with the regressor circularly shifted by a week or more. A shifted tag
 * keeps its runs but has lost any relation to the pain, so its t values show how widely t
 * spreads on this very series when nothing is there; when that spread exceeds 1, every t of this
 * series is too optimistic by that factor. The shifted fits keep the regressor itself in the
 * model: otherwise a real effect would stay in their residuals, overlap the shifted days by
 * chance, widen the spread and take power from exactly the tags that matter.
 */

/** Shifts shorter than a week keep a run aligned with itself. */
const MIN_SHIFT = 7;
/** Enough shifts to estimate a spread to about ±10%; more only costs time on long windows. */
const MAX_SHIFTS = 60;
/**
 * Each shift refits the whole series for every ρ, so long windows (years) take fewer shifts: at
 * least 12, within about 25,000 rows of refits. Fewer shifts make the spread noisier, which only
 * makes max(1, spread) larger on average (stricter), and a window of years has power to spare.
 */
const SHIFT_ROW_BUDGET = 25_000;
const MIN_SHIFTS = 12;
/**
 * How far the spread may exceed 1 by chance when the model fits: on the simulated journals of
 * docs/statistics.md (AR(1) plus each rating's own noise, tags in runs or not) the spread of the
 * comparisons it is computed for (p ≤ 0.05 before it) had its median at 0.96–1.02, its 90th
 * percentile at 1.15–1.24 and its 95th at 1.19–1.30 (60 journals each at 8, 10 and 12 weeks).
 * Dividing by all of max(1, spread) took power from series that need no correction; only a
 * spread beyond what chance gives about one time in twenty is taken to be the model's misfit.
 * (1.2, between the 90th and 95th percentiles, cost a person in runs at 8 weeks a point of power:
 * 5.7 points behind the oracle instead of 4.7.)
 */
export const SPREAD_ALLOWANCE = 1.3;
/**
 * Calibration only ever raises p, and no family calls a pattern above p = 0.05, so a regressor
 * with p > 0.05 before calibration cannot be called: it is shown without the calibration.
 */
export const CALIBRATION_CUTOFF = 0.05;

export type RegressorTest = {
  estimate: number;
  standardError: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  degreesOfFreedom: number;
  /** The factor t was divided by (1 when not calibrated or no excess spread was found). */
  calibration: number;
};

function tOf(fit: AveragedFit): number {
  return fit.variance > 0 ? fit.estimate / Math.sqrt(fit.variance) : 0;
}

/** Shifts of at least a week that are not whole weeks (those would line weekdays up again). */
export function calibrationShifts(n: number): number[] {
  const all: number[] = [];
  for (let k = MIN_SHIFT; k <= n - MIN_SHIFT; k++) if (k % 7 !== 0) all.push(k);
  const count = Math.min(MAX_SHIFTS, Math.max(MIN_SHIFTS, Math.floor(SHIFT_ROW_BUDGET / n)));
  if (all.length <= count) return all;
  return Array.from(
    { length: count },
    (_, i) => all[Math.floor((i * all.length) / count)] as number,
  );
}

/** A daily series before preparation: what prepareSeries takes. */
export type SeriesInput = Parameters<typeof prepareSeries>[0];

/**
 * Root mean square of t over circular shifts of x, each fitted with x itself among the fixed
 * columns; 1 when the series is too short to shift.
 */
export function shiftedSpread(rows: SeriesInput, x: readonly number[]): number {
  const series = prepareSeries({ ...rows, covariates: [...(rows.covariates ?? []), x] });
  const n = x.length;
  const shifts = calibrationShifts(n);
  const shifted = new Float64Array(n);
  let sumSquares = 0;
  let count = 0;
  for (const k of shifts) {
    for (let i = 0; i < n; i++) shifted[i] = x[(i + k) % n] ?? 0;
    const fit = fitRegressor(series, shifted);
    if (!fit) continue;
    sumSquares += tOf(fit) ** 2;
    count++;
  }
  return count === 0 ? 1 : Math.sqrt(sumSquares / count);
}

function twoSidedP(t: number, degreesOfFreedom: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), degreesOfFreedom));
}

function finish(fit: AveragedFit, calibration: number): RegressorTest {
  const { estimate, degreesOfFreedom } = fit;
  const standardError = Math.sqrt(fit.variance) * calibration;
  const halfWidth = tQuantile(0.975, degreesOfFreedom) * standardError;
  return {
    estimate,
    standardError,
    ciLow: estimate - halfWidth,
    ciHigh: estimate + halfWidth,
    pValue: twoSidedP(tOf(fit) / calibration, degreesOfFreedom),
    degreesOfFreedom,
    calibration,
  };
}

/**
 * The calibrated tests of several regressors on one series (e.g. every tag against day pain), in
 * their order; null where a regressor cannot be fitted.
 */
export function testRegressors(
  rows: SeriesInput,
  regressors: readonly (readonly number[])[],
  series: PreparedSeries = prepareSeries(rows),
): (RegressorTest | null)[] {
  return regressors.map((x) => {
    const fit = fitRegressor(series, x);
    if (!fit) return null;
    const isCandidate = twoSidedP(tOf(fit), fit.degreesOfFreedom) <= CALIBRATION_CUTOFF;
    return finish(fit, isCandidate ? Math.max(1, shiftedSpread(rows, x) / SPREAD_ALLOWANCE) : 1);
  });
}

/** What a comparison needs of a test: the estimate, its 95% interval and p. */
export type RegressorResult = Pick<RegressorTest, "estimate" | "ciLow" | "ciHigh" | "pValue">;

/**
 * Tests 0/1 regressors (one value per row each) against a series fixed beforehand; results in
 * the same order, null where a regressor cannot be fitted.
 */
export type RegressorTester = (
  regressors: readonly (readonly number[])[],
) => (RegressorResult | null)[];

/** A daily series: one row per calendar day, its outcome, and the fixed covariates. */
export type SeriesRows = {
  dayNumbers: readonly number[];
  y: readonly number[];
  covariates?: readonly (readonly number[])[];
  /** How many ratings each row's outcome averages (an oracle can use it; this method need not). */
  ratingsPerRow: readonly number[];
};

/** Builds the tester for a series; the analysis takes one so simulations can swap in an oracle. */
export type RegressionMethod = (rows: SeriesRows) => RegressorTester;

/** The method the app uses: ρ-averaged AR(1) regression with the shift calibration. */
export const calibratedAr1: RegressionMethod = (rows) => {
  const series = prepareSeries(rows);
  return (regressors) => testRegressors(rows, regressors, series);
};
