import { expect, test } from "vitest";
import { fitRegressor, prepareSeries } from "./ar1-regression";

/**
 * The O(n) transform is checked against generalised least squares written out the slow way: the
 * full AR(1) correlation matrix V with ρ^|s − t| over the actual day numbers (gaps included),
 * inverted by Gauss–Jordan, β = (X'V⁻¹X)⁻¹X'V⁻¹y, and the REML criterion from the same matrices.
 */
function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    const p = a[c] as number[];
    const pivot = p[c] as number;
    for (let j = 0; j < 2 * n; j++) p[j] = (p[j] as number) / pivot;
    a.forEach((row, r) => {
      if (r === c) return;
      const f = row[c] as number;
      for (let j = 0; j < 2 * n; j++) row[j] = (row[j] as number) - f * (p[j] as number);
    });
  }
  return a.map((row) => row.slice(n));
}

const mul = (a: number[][], b: number[][]) =>
  a.map((row) =>
    (b[0] as number[]).map((_, j) => row.reduce((s, v, k) => s + v * (b[k]?.[j] ?? 0), 0)),
  );
const transpose = (a: number[][]) =>
  (a[0] as number[]).map((_, j) => a.map((row) => row[j] as number));

function logDet(m: number[][]): number {
  // LU without pivoting is fine for these symmetric positive-definite matrices.
  const a = m.map((row) => [...row]);
  let sum = 0;
  for (let c = 0; c < a.length; c++) {
    const p = a[c] as number[];
    sum += Math.log(p[c] as number);
    for (let r = c + 1; r < a.length; r++) {
      const row = a[r] as number[];
      const f = (row[c] as number) / (p[c] as number);
      for (let j = c; j < a.length; j++) row[j] = (row[j] as number) - f * (p[j] as number);
    }
  }
  return sum;
}

function denseGls(
  days: number[],
  y: number[],
  columns: number[][],
  rho: number,
  noise: { share: number; ratings: number[] } = { share: 0, ratings: days.map(() => 1) },
) {
  const meanRatings = noise.ratings.reduce((s, k) => s + k, 0) / noise.ratings.length;
  const v = days.map((s, i) =>
    days.map(
      (t, j) =>
        (1 - noise.share) * rho ** Math.abs(s - t) +
        (i === j ? (noise.share * meanRatings) / (noise.ratings[i] as number) : 0),
    ),
  );
  const vi = invert(v);
  const x = transpose(columns);
  const xtvi = mul(transpose(x), vi);
  const xtvix = mul(xtvi, x);
  const cov = invert(xtvix);
  const beta = mul(
    cov,
    mul(
      xtvi,
      y.map((value) => [value]),
    ),
  ).map((row) => row[0] as number);
  const residual = y.map(
    (value, i) => value - (x[i] as number[]).reduce((s, c, j) => s + c * (beta[j] as number), 0),
  );
  const rss = mul(
    mul([residual], vi),
    residual.map((r) => [r]),
  )[0]?.[0] as number;
  const df = y.length - columns.length;
  return {
    beta,
    variance: ((cov[0] as number[])[0] as number) * (rss / df),
    reml: -0.5 * (logDet(v) + logDet(xtvix)) - 0.5 * df * Math.log(rss),
  };
}

const days = [0, 1, 2, 4, 5, 6, 7, 10, 11, 12, 13, 14, 16, 17, 20];
const y = [5, 6, 4, 7, 6, 5, 5, 3, 4, 6, 7, 6, 4, 5, 6];
const tag = [1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1];
const covariate = [4, 5, 5, 6, 5, 4, 4, 3, 3, 5, 6, 6, 4, 4, 5];

test.each([0, 0.35, 0.8, -0.15])("at a single ρ = %f it is exactly GLS with gaps", (rho) => {
  const series = prepareSeries({
    dayNumbers: days,
    y,
    covariates: [covariate],
    grid: [rho],
    noiseShares: [0],
  });
  const fit = fitRegressor(series, tag);
  const dense = denseGls(days, y, [tag, days.map(() => 1), covariate], rho);
  expect(fit?.estimate).toBeCloseTo(dense.beta[0] as number, 10);
  expect(fit?.variance).toBeCloseTo(dense.variance, 10);
  expect(fit?.rho).toBe(rho);
});

const ratings = [3, 4, 2, 1, 3, 3, 4, 2, 2, 3, 4, 1, 3, 3, 2];

test.each([
  [0.7, 0.3],
  [0.5, 0.6],
  [0, 0.4],
])(
  "with each row's own noise (ρ = %f, noise share %f) the Kalman whitening is exactly GLS",
  (rho, share) => {
    const series = prepareSeries({
      dayNumbers: days,
      y,
      covariates: [covariate],
      ratingsPerRow: ratings,
      grid: [rho],
      noiseShares: [share],
    });
    const fit = fitRegressor(series, tag);
    const columns = [tag, days.map(() => 1), covariate];
    const dense = denseGls(days, y, columns, rho, { share, ratings });
    expect(fit?.estimate).toBeCloseTo(dense.beta[0] as number, 10);
    expect(fit?.variance).toBeCloseTo(dense.variance, 10);
  },
);

test("the REML criterion with own noise is the dense one, so weights across noise shares are right", () => {
  const grid = [0.6];
  const shares = [0, 0.3, 0.6];
  const dense = shares.map((share) =>
    denseGls(days, y, [tag, days.map(() => 1)], 0.6, { share, ratings }),
  );
  const top = Math.max(...dense.map((d) => d.reml));
  const weights = dense.map((d) => Math.exp(d.reml - top));
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = dense.reduce(
    (s, d, i) => s + ((weights[i] as number) / total) * (d.beta[0] as number),
    0,
  );
  const fit = fitRegressor(
    prepareSeries({ dayNumbers: days, y, ratingsPerRow: ratings, grid, noiseShares: shares }),
    tag,
  );
  expect(fit?.estimate).toBeCloseTo(mean, 10);
});

test("averaging over ρ weighs each fit by its REML likelihood and adds the between-ρ spread", () => {
  const grid = [0, 0.4, 0.8];
  const dense = grid.map((rho) => denseGls(days, y, [tag, days.map(() => 1)], rho));
  const top = Math.max(...dense.map((d) => d.reml));
  const weights = dense.map((d) => Math.exp(d.reml - top));
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = dense.reduce(
    (s, d, i) => s + ((weights[i] as number) / total) * (d.beta[0] as number),
    0,
  );
  const variance = dense.reduce(
    (s, d, i) =>
      s + ((weights[i] as number) / total) * (d.variance + ((d.beta[0] as number) - mean) ** 2),
    0,
  );
  const fit = fitRegressor(prepareSeries({ dayNumbers: days, y, grid, noiseShares: [0] }), tag);
  expect(fit?.estimate).toBeCloseTo(mean, 10);
  expect(fit?.variance).toBeCloseTo(variance, 10);
});

test("a regressor the intercept already explains cannot be fitted", () => {
  const series = prepareSeries({ dayNumbers: days, y });
  expect(
    fitRegressor(
      series,
      days.map(() => 1),
    ),
  ).toBeNull();
});

test("a strongly autocorrelated series pulls the REML weight towards large ρ", () => {
  // A slow wave: neighbouring days nearly equal.
  const slowDays = Array.from({ length: 60 }, (_, i) => i);
  const slow = slowDays.map((d) => 5 + 2 * Math.sin(d / 6));
  const x = slowDays.map((d) => +(d % 3 === 0));
  const fit = fitRegressor(prepareSeries({ dayNumbers: slowDays, y: slow }), x);
  expect(fit?.rho).toBeGreaterThan(0.8);
});
