import { describe, expect, test } from "vitest";
import { analysePatterns } from "./analysis";
import { type NoiseModel, PLANTED, type PlantedEffects, simulateJournal } from "./simulate";

/**
 * Honesty under simulation: journals from simulate.ts (its header documents the model: a single
 * rating varies with an SD of 2 points, half of it shared by the day, day pain correlates about
 * 0.3 between consecutive days) with fixed seeds, so every figure below is the same on every run.
 * They are still estimates from 500 simulated people each: the Monte Carlo standard error is
 * about ±1 point for the null rates and up to ±2 points for detection rates.
 *
 * The detection tests plant all three 1.5-point effects in the same journal, as a real journal
 * would have them: a person (tagged on 35–40% of days) raises that day's pain, mornings are worse
 * than evenings, and an evening stretch (40–50% of days) lowers the next morning. Each effect is
 * then one of about 20 comparisons sharing the Benjamini–Hochberg correction with the others.
 * "8 weeks of nightly entries" is 56 consecutive check-ins; the 15%-missing variant, each effect
 * planted alone, and other splits of the noise between day and moment are printed for information.
 */

const PEOPLE = 500;
const EFFECT = 1.5;
const ALL_THREE: PlantedEffects = { person: EFFECT, morning: EFFECT, reliefNextMorning: -EFFECT };

/** Each test simulates up to 3,000 journals, which can exceed the default 5 s on a busy machine. */
const TIMEOUT = 60_000;

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

describe("no planted effect: at most 5% of people are shown any pattern", () => {
  test.each([8, 12])(
    "%i-week journals with 15% of days missing",
    (weeks) => {
      let withAnyFound = 0;
      let tested = 0;
      for (let i = 0; i < PEOPLE; i++) {
        const analysis = analysePatterns(
          simulateJournal({ seed: weeks * 10_000 + i, days: weeks * 7, missingRate: 0.15 }),
        );
        tested += analysis.testedCount;
        if (analysis.comparisons.some((c) => c.status === "found")) withAnyFound++;
      }
      const rate = withAnyFound / PEOPLE;
      console.log(
        `null, ${weeks} weeks, 15% of days missing: ${percent(rate)} of ${PEOPLE} people shown ` +
          `any "found" (${(tested / PEOPLE).toFixed(1)} comparisons tested per journal)`,
      );
      expect(rate).toBeLessThanOrEqual(0.05);
    },
    TIMEOUT,
  );
});

type Target = { name: string; key: string; truth: number };

const PERSON: Target = { name: "person", key: `tag:${PLANTED.personId}`, truth: EFFECT };
const TIME_OF_DAY: Target = { name: "time of day", key: "part:MORNING-vs-EVENING", truth: EFFECT };
const RELIEF: Target = {
  name: "next-morning relief",
  key: `relief:${PLANTED.reliefId}:next-morning`,
  truth: -EFFECT,
};
const TARGETS = [PERSON, TIME_OF_DAY, RELIEF];

type Rates = { found: number; uncorrected: number; coverage: number };
type Run = { weeks: number; effects?: PlantedEffects; missingRate?: number; noise?: NoiseModel };

/** Runs are memoised, so a horizon printed for information and asserted later is simulated once. */
const runs = new Map<string, Map<string, Rates>>();

/** Per target: share of people shown it as found, with p < 0.05 before any correction, and
 * whose 95% interval covers the planted effect (among those with enough data to test it). */
function measure({ weeks, effects = ALL_THREE, missingRate = 0, noise }: Run) {
  const id = JSON.stringify([weeks, effects, missingRate, noise]);
  const cached = runs.get(id);
  if (cached) return cached;
  const counts = TARGETS.map(() => ({ found: 0, uncorrected: 0, tested: 0, covered: 0 }));
  for (let i = 0; i < PEOPLE; i++) {
    const journal = simulateJournal({
      seed: 500_000 + weeks * 1_000 + i,
      days: weeks * 7,
      effects,
      missingRate,
      noise,
    });
    const { comparisons } = analysePatterns(journal);
    TARGETS.forEach((target, t) => {
      const c = comparisons.find((comparison) => comparison.key === target.key);
      const count = counts[t];
      if (!c || !count || c.status === "not-enough-data") return;
      count.tested++;
      if (c.status === "found") count.found++;
      if (c.pValue < 0.05) count.uncorrected++;
      if (c.ciLow <= target.truth && target.truth <= c.ciHigh) count.covered++;
    });
  }
  const rates = new Map(
    TARGETS.map((target, t): [string, Rates] => {
      const count = counts[t] ?? { found: 0, uncorrected: 0, tested: 0, covered: 0 };
      return [
        target.name,
        {
          found: count.found / PEOPLE,
          uncorrected: count.uncorrected / PEOPLE,
          coverage: count.covered / Math.max(1, count.tested),
        },
      ];
    }),
  );
  runs.set(id, rates);
  return rates;
}

function rate(run: Run, target: Target): Rates {
  const rates = measure(run).get(target.name);
  if (!rates) throw new Error(`no rates for ${target.name}`);
  return rates;
}

/** Prints the planted targets of a run: found, p < 0.05 uncorrected, interval coverage. */
function report(label: string, run: Run, targets: readonly Target[] = TARGETS) {
  const lines = targets.map((target) => {
    const r = rate(run, target);
    return (
      `  ${target.name}: found ${percent(r.found)}; p < 0.05 before any correction ` +
      `${percent(r.uncorrected)}; 95% interval covers the planted ${target.truth} in ` +
      `${percent(r.coverage)}`
    );
  });
  console.log([`${label}:`, ...lines].join("\n"));
}

describe("8 weeks of nightly entries, all three 1.5-point effects planted together", () => {
  const run: Run = { weeks: 8 };

  test(
    "mornings vs evenings (paired by day) is found for at least 80% of people",
    () => {
      report("all three planted, 8 weeks, a check-in every night", run);
      expect(rate(run, TIME_OF_DAY).found).toBeGreaterThanOrEqual(0.8);
    },
    TIMEOUT,
  );

  /*
   * The intervals invert the p-value's own tie-corrected test, so an interval covers the planted
   * value when (but for rare corner cases, only when) that test run at it gives p > 0.05. Time of
   * day measures 93.8% (98.4% with the earlier order-statistic intervals, which ignored ties and
   * were wider): rounding and clamping to 0–10 leave the morning − evening differences centred a
   * little below 1.5 (mean 1.45), so the test rejects the planted 1.5 6.2% of the time. On data
   * tied the same way but exactly symmetric about the truth, the signed-rank and Mann–Whitney
   * tests reject it 5.0% and 4.9% of the time (20,000 simulated samples each).
   */
  test(
    "every planted effect's 95% interval covers the truth at least 93% of the time",
    () => {
      for (const target of TARGETS) expect(rate(run, target).coverage).toBeGreaterThanOrEqual(0.93);
    },
    TIMEOUT,
  );

  /*
   * The person and the relief are not asserted at 8 weeks: not even an ideal test would be. As a
   * yardstick, take a z-test that knew the true SD and had normal data (ideal, and impossible):
   * - The person is compared on day pain, SD ≈ 1.6 here, over 56 days with the person on ~21:
   *   z ≈ 3.4. With the three morning comparisons found too, Benjamini–Hochberg asks the person's
   *   p to be below about 0.05·4/20 = 0.01, which even the ideal test clears only ~79% of the time
   *   (64% if it were the only effect, needing 0.05/20). The rank test on rounded, tied day means
   *   measures 72% (87% at p < 0.05 uncorrected); it crosses 80% at 9–10 weeks.
   * - The next-morning outcome is a single rating, SD ≈ 2, on ~49 next mornings, ~22 of them after
   *   stretching: z ≈ 2.6, so the ideal test finds it only ~75% of the time at p < 0.05 with no
   *   correction at all, ~52% at the corrected cut-off. Measured: 41%, everyone whose corrected q
   *   passes (intervals that ignored ties found 38%: they often ended at 0 on integer ratings
   *   even when the tie-corrected test rejected 0); 80% at 16–17 weeks.
   */
  test(
    "for information: 15% of days missing, each effect alone, other noise splits",
    () => {
      report("all three planted, 8 weeks, 15% of days missing", { ...run, missingRate: 0.15 });
      report("person alone, 8 weeks, every night", { ...run, effects: { person: EFFECT } }, [
        PERSON,
      ]);
      report("time of day alone, 8 weeks, every night", { ...run, effects: { morning: EFFECT } }, [
        TIME_OF_DAY,
      ]);
      report(
        "next-morning relief alone, 8 weeks, every night",
        { ...run, effects: { reliefNextMorning: -EFFECT } },
        [RELIEF],
      );
      // Same 2-point SD per rating and ~0.3 day-to-day correlation, split differently.
      const dayHeavy: NoiseModel = { daySd: 1.6, ratingSd: 1.2, autocorrelation: 0.36 };
      const momentHeavy: NoiseModel = { daySd: 1.2, ratingSd: 1.6, autocorrelation: 0.47 };
      report("all three, 8 weeks, every night, day SD 1.6 and rating SD 1.2", {
        ...run,
        noise: dayHeavy,
      });
      report("all three, 8 weeks, every night, day SD 1.2 and rating SD 1.6", {
        ...run,
        noise: momentHeavy,
      });
    },
    TIMEOUT,
  );
});

describe("longer journals of nightly entries, all three effects planted together", () => {
  test(
    "for information: detection by journal length",
    () => {
      for (const weeks of [9, 10, 16, 17, 20])
        report(`all three planted, ${weeks} weeks`, { weeks });
    },
    TIMEOUT,
  );

  // 10 weeks measures 80.4%, a coin flip around the bar; 11 weeks is the first clearly above it.
  test(
    "11 weeks: the person is found for at least 80% of people",
    () => {
      report("all three planted, 11 weeks", { weeks: 11 });
      expect(rate({ weeks: 11 }, PERSON).found).toBeGreaterThanOrEqual(0.8);
      expect(rate({ weeks: 11 }, PERSON).coverage).toBeGreaterThanOrEqual(0.93);
    },
    TIMEOUT,
  );

  // 16 weeks measures 80.0% and 17 weeks 82.8%, within 1.6 standard errors (±1.8 points) of the
  // bar; 18 weeks (87.6%) is the first clearly above it, and 19–24 weeks measure 90–93%. With
  // intervals that ignored ties it took 24 weeks (84.6%; 18 weeks measured 73.2%).
  test(
    "18 weeks: next-morning relief is found for at least 80% of people",
    () => {
      report("all three planted, 18 weeks", { weeks: 18 });
      expect(rate({ weeks: 18 }, RELIEF).found).toBeGreaterThanOrEqual(0.8);
      expect(rate({ weeks: 18 }, RELIEF).coverage).toBeGreaterThanOrEqual(0.93);
    },
    TIMEOUT,
  );
});
