import { normalCdf, Z_975 } from "../stats/rank-tests";
import type { RegressionMethod } from "../stats/regressor-test";
import type { TrueParameters } from "./journal-model";

/**
 * The yardstick for power: generalised least squares with the true error covariance of the
 * simulated journal (which no analysis of real data can know) and a z test, plugged into the
 * same analysis (same families, same false-discovery control, same repeated-look rule).
 *
 * Covariance of two rows on days s and t: daySd²·φ^|s − t| from the shared day component, plus,
 * on the diagonal, the row's own noise: (ratingSd² + 1/12 for rounding) / ratings in the row,
 * and the variance that flare days add (3% of days, +2.5 to +4 points: about 0.31).
 */
const FLARE_VARIANCE = 0.31;

function cholesky(matrix: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      l[i * n + j] = i === j ? Math.sqrt(sum) : sum / (l[j * n + j] as number);
    }
  }
  return l;
}

/** Solves L·z = v (forward substitution): z is v whitened by the true covariance. */
function whiten(l: Float64Array, n: number, v: ArrayLike<number>): Float64Array {
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = v[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (z[k] as number);
    z[i] = sum / (l[i * n + i] as number);
  }
  return z;
}

function solve(a: number[][], b: number[]): number[] {
  const k = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < k; c++) {
    const pivot = m[c] as number[];
    for (let r = c + 1; r < k; r++) {
      const row = m[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let j = c; j <= k; j++) row[j] = (row[j] as number) - f * (pivot[j] as number);
    }
  }
  const x = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let sum = row[k] as number;
    for (let j = r + 1; j < k; j++) sum -= (row[j] as number) * (x[j] as number);
    x[r] = sum / (row[r] as number);
  }
  return x;
}

export function oracleRegression(truth: TrueParameters): RegressionMethod {
  return ({ dayNumbers, y, covariates = [], ratingsPerRow }) => {
    const n = y.length;
    const sigma = new Float64Array(n * n);
    const noise = truth.ratingSd ** 2 + 1 / 12;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const lag = Math.abs((dayNumbers[i] as number) - (dayNumbers[j] as number));
        sigma[i * n + j] = truth.daySd ** 2 * truth.phi ** lag;
      }
      sigma[i * n + i] =
        (sigma[i * n + i] as number) + noise / (ratingsPerRow[i] as number) + FLARE_VARIANCE;
    }
    const l = cholesky(sigma, n);
    const fixed = [new Array<number>(n).fill(1), ...covariates].map((c) => whiten(l, n, c));
    const wy = whiten(l, n, y);
    const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += (a[i] as number) * (b[i] as number);
      return s;
    };
    const test = (x: readonly number[]) => {
      const columns = [whiten(l, n, x), ...fixed];
      const xtx = columns.map((a) => columns.map((b) => dot(a, b)));
      const k = columns.length;
      const estimate = solve(
        xtx,
        columns.map((c) => dot(c, wy)),
      )[0] as number;
      const unit = solve(
        xtx,
        Array.from({ length: k }, (_, i) => +(i === 0)),
      )[0] as number;
      if (!(unit > 0)) return null;
      const standardError = Math.sqrt(unit);
      const z = estimate / standardError;
      return {
        estimate,
        ciLow: estimate - Z_975 * standardError,
        ciHigh: estimate + Z_975 * standardError,
        pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))),
      };
    };
    return (regressors) => regressors.map(test);
  };
}
