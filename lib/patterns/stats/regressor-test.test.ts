import { expect, test } from "vitest";
import { mulberry32, normal } from "../../random";
import { calibrationShifts, shiftedSpread, testRegressors } from "./regressor-test";

const days = Array.from({ length: 84 }, (_, i) => i);

test("shifts are at least a week and never a whole number of weeks", () => {
  const shifts = calibrationShifts(30);
  expect(shifts).toEqual([8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 22, 23]);
  expect(calibrationShifts(10)).toEqual([]);
  expect(calibrationShifts(365)).toHaveLength(60);
  // Years of rows: fewer shifts, spread over the whole range.
  const decade = calibrationShifts(3650);
  expect(decade).toHaveLength(12);
  expect(decade[0]).toBe(8);
  expect(decade.at(-1)).toBeGreaterThan(3000);
});

test("with ρ fixed at 0 it is the ordinary regression t test (values from NumPy and SciPy)", () => {
  // numpy.linalg.lstsq on [1, x] and scipy.stats.t with 8 df: estimate 1.8, standard error
  // 0.489898, t 3.674235, two-sided p 0.006271, t quantile 0.975 = 2.306004.
  const y = [5, 6, 4, 7, 6, 5, 5, 3, 4, 6];
  const x = [1, 1, 0, 1, 1, 0, 0, 0, 0, 1];
  const [result] = testRegressors(
    { dayNumbers: days.slice(0, 10), y, grid: [0], noiseShares: [0] },
    [x],
  );
  expect(result?.estimate).toBeCloseTo(1.8, 10);
  expect(result?.standardError).toBeCloseTo(0.489898, 6);
  expect(result?.degreesOfFreedom).toBe(8);
  // p ≤ 0.05 calls for the shift check, but 10 rows leave no shift of a week or more.
  expect(result?.calibration).toBe(1);
  expect(result?.pValue).toBeCloseTo(0.006271, 6);
  expect(result?.ciLow).toBeCloseTo(1.8 - 2.306004 * 0.489898, 5);
});

test("the shift spread shows the excess for a tag in long runs on pain that shifts for weeks", () => {
  // Pain steps up by 2 points for 12 days at a time (flares), which AR(1) cannot follow; a tag
  // held for 10 days at a time lines up with the flares by chance more often than t allows.
  const random = mulberry32(1);
  const y = days.map((d) => 5 + 2 * (Math.floor(d / 12) % 2) + normal(random));
  const runs = days.map((d) => +(Math.floor(d / 10) % 2 === 0));
  expect(shiftedSpread({ dayNumbers: days, y }, runs)).toBeGreaterThan(1.3);
});

test("a real effect does not widen the shift spread: the shifted fits hold the tag itself", () => {
  // A tag in 10-day runs that really adds 2 points, on otherwise plain noise. Fitted without
  // the tag, its effect would sit in the residuals of every shifted fit and inflate the spread.
  const spreads = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
    const random = mulberry32(seed);
    const runs = days.map((d) => +(Math.floor((d + seed) / 10) % 2 === 0));
    const y = days.map((d) => 5 + 2 * (runs[d] ?? 0) + normal(random));
    return shiftedSpread({ dayNumbers: days, y }, runs);
  });
  const mean = spreads.reduce((sum, value) => sum + value, 0) / spreads.length;
  expect(mean).toBeLessThan(1.15);
});

test("a tag with no effect on independent noise is rarely called at p ≤ 0.05", () => {
  let rejected = 0;
  const trials = 300;
  for (let t = 0; t < trials; t++) {
    const random = mulberry32(100 + t);
    const y = days.map(() => 5 + normal(random));
    const x = days.map(() => +(random() < 0.4));
    const [result] = testRegressors({ dayNumbers: days, y }, [x]);
    if (result && result.pValue <= 0.05) rejected++;
  }
  // Nominal 5%; the shift check only makes it stricter. 300 trials: ±1.3 points.
  expect(rejected / trials).toBeLessThanOrEqual(0.065);
});
