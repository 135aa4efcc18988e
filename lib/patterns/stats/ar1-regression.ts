/**
 * Regression of a daily series on one regressor of interest (a tag's presence, a relief item
 * done) and a few fixed columns (the intercept; for relief, that day's pain), with AR(1) errors
 * over calendar days: Cov(eₛ, eₜ) = σ²·ρ^|s − t|. Missing days are handled exactly: an AR(1)
 * observed at a subset of days is still Markov, with correlation ρ^gap between neighbours, so
 * the generalised Prais–Winsten transform
 *   z₁ = v₁,  zᵢ = (vᵢ − ρ^gᵢ·vᵢ₋₁) / √(1 − ρ^2gᵢ)
 * turns generalised least squares into ordinary least squares in O(n) per ρ.
 *
 * ρ is not plugged in: a plug-in ρ hides its own uncertainty, which inflates the tails exactly
 * where a multiple-testing threshold decides. Instead every ρ of a grid is fitted and the results
 * are averaged with weights proportional to the restricted (REML) likelihood of ρ (a flat prior):
 * estimate = weighted mean, variance = weighted within-ρ variance + between-ρ spread
 * (Bayesian model averaging; Hoeting et al. 1999). docs/statistics.md has the derivation.
 */

/**
 * ρ from −0.2 to 0.95 in steps of 0.05: the REML likelihood of ρ is smooth and a few tenths
 * wide on journals of weeks, so this grid integrates it closely.
 */
export const RHO_GRID: readonly number[] = Array.from(
  { length: 24 },
  (_, i) => Math.round((-0.2 + 0.05 * i) * 100) / 100,
);

/** What a fitted regressor coefficient looks like after averaging over ρ. */
export type AveragedFit = {
  estimate: number;
  /** Within + between ρ variance of the estimate. */
  variance: number;
  /** Residual degrees of freedom, n − columns. */
  degreesOfFreedom: number;
  /** REML-weighted mean of ρ. */
  rho: number;
};

/**
 * Shares of a row's variance that are its own noise (the rest carries over as AR(1)), on a row
 * of average ratings count: a day's pain is the day's shared level plus the mean of its ratings'
 * own noise, which is not AR(1), and a row averaging more ratings is more precise. Averaged over
 * with ρ (0 is the plain AR(1) model). Without it, the plain AR(1) took the slow carry-over of
 * the day's level for a weaker one, and its tests needed the shift check's full correction.
 */
export const NOISE_SHARES: readonly number[] = [0, 0.2, 0.4, 0.6, 0.8];

/** The quantities of one (ρ, noise share) that do not depend on the regressor of interest. */
type AtRho = {
  rho: number;
  noiseShare: number;
  /** ρ^gap to the previous row (0 for the first row). */
  phi: Float64Array;
  /** 1/√(innovation variance) of each row. */
  scale: Float64Array;
  /** Kalman gain of each row (1 throughout without noise: the previous value is the state). */
  gain: Float64Array;
  /** Transformed fixed columns, column-major. */
  fixed: Float64Array[];
  /** (F'F)⁻¹ of the transformed fixed columns. */
  fixedInverse: number[][];
  /** Coefficients of the transformed y on the fixed columns alone, (F'F)⁻¹F'y. */
  fixedCoefficients: number[];
  transformedY: Float64Array;
  /** Residual sum of squares of y on the fixed columns alone. */
  fixedRss: number;
  /** log|V| + log|F'F|, the parts of the REML criterion that do not involve x. */
  logDetConstant: number;
};

/** A design prepared once per series, then fitted against many regressors (and their shifts). */
export type PreparedSeries = { n: number; columns: number; grid: AtRho[] };

/**
 * Whitening by the innovations of a Kalman filter: row i becomes (vᵢ − its prediction from the
 * rows before) / √(innovation variance). Without noise this is exactly Prais–Winsten.
 */
function transform(values: ArrayLike<number>, at: Pick<AtRho, "phi" | "scale" | "gain">) {
  const { phi, scale, gain } = at;
  const out = new Float64Array(values.length);
  let state = 0;
  for (let i = 0; i < values.length; i++) {
    state *= phi[i] as number;
    const innovation = (values[i] ?? 0) - state;
    out[i] = innovation * (scale[i] as number);
    state += (gain[i] as number) * innovation;
  }
  return out;
}

function invert(matrix: number[][]): number[][] | null {
  const k = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => +(i === j))]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    const pivotRow = a[pivot] as number[];
    const value = pivotRow[col] ?? 0;
    if (Math.abs(value) < 1e-10) return null;
    [a[col], a[pivot]] = [pivotRow, a[col] as number[]];
    for (let j = 0; j < 2 * k; j++) pivotRow[j] = (pivotRow[j] ?? 0) / value;
    for (let r = 0; r < k; r++) {
      const row = a[r] as number[];
      const factor = row[col] ?? 0;
      if (r === col || factor === 0) continue;
      for (let j = 0; j < 2 * k; j++) row[j] = (row[j] ?? 0) - factor * (pivotRow[j] ?? 0);
    }
  }
  return a.map((row) => row.slice(k));
}

function determinant(matrix: number[][]): number {
  const k = matrix.length;
  if (k === 1) return matrix[0]?.[0] ?? 0;
  if (k === 2) {
    const [[a = 0, b = 0] = [], [c = 0, d = 0] = []] = matrix;
    return a * d - b * c;
  }
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const minor = matrix.slice(1).map((row) => row.filter((_, c) => c !== j));
    sum += (j % 2 === 0 ? 1 : -1) * (matrix[0]?.[j] ?? 0) * determinant(minor);
  }
  return sum;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/**
 * Prepares y (and the fixed columns besides the intercept) for fitting regressors. `dayNumbers`
 * must increase strictly: one row per calendar day.
 */
export function prepareSeries({
  dayNumbers,
  y,
  covariates = [],
  ratingsPerRow,
  grid = RHO_GRID,
  noiseShares = NOISE_SHARES,
}: {
  dayNumbers: readonly number[];
  y: readonly number[];
  covariates?: readonly (readonly number[])[];
  /** How many ratings each row averages: its own noise shrinks with them. */
  ratingsPerRow?: readonly number[];
  grid?: readonly number[];
  noiseShares?: readonly number[];
}): PreparedSeries {
  const n = y.length;
  const columns = [new Array<number>(n).fill(1), ...covariates];
  const counts = ratingsPerRow ?? new Array<number>(n).fill(1);
  const meanCount = counts.reduce((sum, k) => sum + k, 0) / Math.max(1, n);
  const pairs = grid.flatMap((rho) => noiseShares.map((noiseShare) => ({ rho, noiseShare })));
  const atRho = pairs.flatMap(({ rho, noiseShare }): AtRho[] => {
    const phi = new Float64Array(n);
    const scale = new Float64Array(n);
    const gain = new Float64Array(n);
    const level = 1 - noiseShare;
    let logDetV = 0;
    let stateVariance = level;
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        const p = rho ** ((dayNumbers[i] ?? 0) - (dayNumbers[i - 1] ?? 0));
        phi[i] = p;
        stateVariance = p * p * stateVariance + level * (1 - p * p);
      }
      const innovationVariance =
        stateVariance + (noiseShare * meanCount) / Math.max(1, counts[i] ?? 1);
      if (!(innovationVariance > 1e-12)) return [];
      scale[i] = 1 / Math.sqrt(innovationVariance);
      gain[i] = stateVariance / innovationVariance;
      stateVariance *= 1 - (gain[i] as number);
      logDetV += Math.log(innovationVariance);
    }
    const fixed = columns.map((column) => transform(column, { phi, scale, gain }));
    const transformedY = transform(y, { phi, scale, gain });
    const ftf = fixed.map((a) => fixed.map((b) => dot(a, b)));
    const fixedInverse = invert(ftf);
    if (!fixedInverse) return [];
    const fty = fixed.map((column) => dot(column, transformedY));
    const fixedCoefficients = fixedInverse.map((row) => dot(row, fty));
    const fixedRss = dot(transformedY, transformedY) - dot(fixedCoefficients, fty);
    const logDetConstant = logDetV + Math.log(determinant(ftf));
    return [
      {
        rho,
        noiseShare,
        phi,
        scale,
        gain,
        fixed,
        fixedInverse,
        fixedCoefficients,
        transformedY,
        fixedRss,
        logDetConstant,
      },
    ];
  });
  return { n, columns: columns.length + 1, grid: atRho };
}

/**
 * One pass over the rows: transforms x on the fly and accumulates x'x, x'y and F'x of the
 * transformed columns. This is the innermost loop of every comparison and of every shift.
 */
function fitAtRho(
  at: AtRho,
  x: ArrayLike<number>,
  degreesOfFreedom: number,
  out: { estimate: number; variance: number; logLikelihood: number },
): boolean {
  const { phi, scale, gain, transformedY, fixed, fixedInverse, fixedCoefficients } = at;
  const k = fixed.length;
  const a = new Float64Array(k);
  let xx = 0;
  let xy = 0;
  let state = 0;
  for (let i = 0; i < x.length; i++) {
    state *= phi[i] as number;
    const innovation = (x[i] as number) - state;
    const transformed = innovation * (scale[i] as number);
    state += (gain[i] as number) * innovation;
    xx += transformed * transformed;
    xy += transformed * (transformedY[i] as number);
    for (let j = 0; j < k; j++)
      a[j] = (a[j] as number) + transformed * ((fixed[j] as Float64Array)[i] as number);
  }
  let aInverseA = 0;
  let aCoefficients = 0;
  for (let r = 0; r < k; r++) {
    const row = fixedInverse[r] as number[];
    let rowDotA = 0;
    for (let c = 0; c < k; c++) rowDotA += (row[c] as number) * (a[c] as number);
    aInverseA += (a[r] as number) * rowDotA;
    aCoefficients += (a[r] as number) * (fixedCoefficients[r] as number);
  }
  // x's part that the fixed columns do not explain (the Schur complement of F'F).
  const sxx = xx - aInverseA;
  if (sxx <= 1e-9) return false;
  const sxy = xy - aCoefficients;
  const rss = Math.max(at.fixedRss - (sxy * sxy) / sxx, 1e-12);
  out.estimate = sxy / sxx;
  out.variance = rss / degreesOfFreedom / sxx;
  out.logLikelihood =
    -0.5 * (at.logDetConstant + Math.log(sxx)) - 0.5 * degreesOfFreedom * Math.log(rss);
  return true;
}

/**
 * The coefficient of `x` averaged over ρ with REML weights. Null when x cannot be separated from
 * the fixed columns (e.g. present on every day) or there are too few rows.
 */
export function fitRegressor(series: PreparedSeries, x: ArrayLike<number>): AveragedFit | null {
  const degreesOfFreedom = series.n - series.columns;
  if (degreesOfFreedom < 2) return null;
  const size = series.grid.length;
  const estimates = new Float64Array(size);
  const variances = new Float64Array(size);
  const logLikelihoods = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const fit = { estimate: 0, variance: 0, logLikelihood: 0 };
  let best = Number.NEGATIVE_INFINITY;
  for (let g = 0; g < size; g++) {
    if (!fitAtRho(series.grid[g] as AtRho, x, degreesOfFreedom, fit)) continue;
    estimates[g] = fit.estimate;
    variances[g] = fit.variance;
    logLikelihoods[g] = fit.logLikelihood;
    best = Math.max(best, fit.logLikelihood);
  }
  if (best === Number.NEGATIVE_INFINITY) return null;
  let total = 0;
  let estimate = 0;
  let rho = 0;
  const weights = logLikelihoods.map((ll) => Math.exp(ll - best));
  for (let g = 0; g < size; g++) {
    const w = weights[g] as number;
    total += w;
    estimate += w * (estimates[g] as number);
    rho += w * (series.grid[g] as AtRho).rho;
  }
  estimate /= total;
  let variance = 0;
  for (let g = 0; g < size; g++) {
    const spread = (estimates[g] as number) - estimate;
    variance += (weights[g] as number) * ((variances[g] as number) + spread * spread);
  }
  return { estimate, variance: variance / total, degreesOfFreedom, rho: rho / total };
}
