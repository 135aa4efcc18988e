import { describe, expect, test } from "vitest";
import { dayNumber, weekdayOf } from "./dates";
import { PLANTED, simulateJournal } from "./simulate";
import type { DayRecord } from "./types";

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};

/** Correlation of day pain between recorded days exactly one calendar day apart. */
function lagOneCorrelation(days: DayRecord[]) {
  const byNumber = new Map(days.map((d) => [dayNumber(d.date), d.dayPain]));
  const pairs = days.flatMap((d) => {
    const next = byNumber.get(dayNumber(d.date) + 1);
    return next === undefined ? [] : [[d.dayPain, next] as const];
  });
  const xs = pairs.map((p) => p[0]);
  const ys = pairs.map((p) => p[1]);
  const mx = mean(xs);
  const my = mean(ys);
  const cov = pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / (pairs.length - 1);
  return cov / (sd(xs) * sd(ys));
}

describe("simulateJournal", () => {
  const { days, tags, reliefs } = simulateJournal({ seed: 3, days: 3000 });

  test("is reproducible from its seed", () => {
    expect(simulateJournal({ seed: 9, days: 60 })).toEqual(simulateJournal({ seed: 9, days: 60 }));
  });

  test("produces records that honour the DayRecord contract", () => {
    for (const d of days) {
      expect(d.weekday).toBe(weekdayOf(dayNumber(d.date)));
      const parts = Object.values(d.parts);
      expect(parts.length).toBeGreaterThan(0);
      for (const p of parts) {
        expect(p * 2).toBe(Math.round(p * 2));
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(10);
      }
      expect(d.dayPain).toBeCloseTo(mean(parts), 12);
    }
    expect(tags).toHaveLength(9);
    expect(reliefs).toHaveLength(3);
  });

  test("matches the documented model: level, noise, autocorrelation, gaps, shares", () => {
    const pains = days.map((d) => d.dayPain);
    expect(mean(pains)).toBeGreaterThan(3.8);
    expect(mean(pains)).toBeLessThan(5.2);
    // A single rating varies with an SD of about 2 (a little less after clamping to 0–10) …
    const mornings = days.flatMap((d) => (d.parts.MORNING === undefined ? [] : [d.parts.MORNING]));
    expect(sd(mornings)).toBeGreaterThan(1.8);
    expect(sd(mornings)).toBeLessThan(2.1);
    // … and the mean of a day's ratings by less, as their own noise partly averages out.
    expect(sd(pains)).toBeGreaterThan(1.45);
    expect(sd(pains)).toBeLessThan(1.75);
    expect(lagOneCorrelation(days)).toBeGreaterThan(0.25);
    expect(lagOneCorrelation(days)).toBeLessThan(0.35);
    expect(days.length / 3000).toBeCloseTo(0.85, 1);
    const share = (id: string) =>
      days.filter((d) => [...d.tagIds, ...d.reliefIds].includes(id)).length / days.length;
    expect(share(PLANTED.personId)).toBeGreaterThan(0.33);
    expect(share(PLANTED.personId)).toBeLessThan(0.42);
    expect(share(PLANTED.reliefId)).toBeGreaterThan(0.38);
    expect(share(PLANTED.reliefId)).toBeLessThan(0.52);
    for (const tag of tags) {
      expect(share(tag.id)).toBeGreaterThan(0.07);
      expect(share(tag.id)).toBeLessThan(0.53);
    }
  });

  test("splits the noise between the day and the single rating as documented", () => {
    // Within a day, two parts share the day's component: their correlation is
    // daySd² / (daySd² + ratingSd²) = 0.5, a little less after rounding and clamping.
    const pairs = days.flatMap((d) =>
      d.parts.AFTERNOON === undefined || d.parts.EVENING === undefined
        ? []
        : [[d.parts.AFTERNOON, d.parts.EVENING] as const],
    );
    const xs = pairs.map((p) => p[0]);
    const ys = pairs.map((p) => p[1]);
    const mx = mean(xs);
    const my = mean(ys);
    const cov = pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / (pairs.length - 1);
    const r = cov / (sd(xs) * sd(ys));
    expect(r).toBeGreaterThan(0.42);
    expect(r).toBeLessThan(0.55);
  });

  test("plants effects of the requested size, together", () => {
    const planted = simulateJournal({
      seed: 3,
      days: 3000,
      effects: { person: 1.5, morning: 1.5, reliefNextMorning: -1.5 },
      missingRate: 0,
    }).days;
    const dayPain = (withPerson: boolean) =>
      mean(
        planted
          .filter((d) => d.tagIds.includes(PLANTED.personId) === withPerson)
          .map((d) => d.dayPain),
      );
    expect(Math.abs(dayPain(true) - dayPain(false) - 1.5)).toBeLessThan(0.25);
    const mornings = (afterRelief: boolean) =>
      mean(
        planted.slice(1).flatMap((d, i) => {
          const didRelief = planted[i]?.reliefIds.includes(PLANTED.reliefId) === afterRelief;
          return didRelief && d.parts.MORNING !== undefined ? [d.parts.MORNING] : [];
        }),
      );
    expect(Math.abs(mornings(true) - mornings(false) + 1.5)).toBeLessThan(0.25);
    // Mornings average 1.5 above evenings even though stretching lowers some of them.
    const morningMinusEvening = planted.flatMap(({ parts }) =>
      parts.MORNING === undefined || parts.EVENING === undefined
        ? []
        : [parts.MORNING - parts.EVENING],
    );
    expect(Math.abs(mean(morningMinusEvening) - 1.5)).toBeLessThan(0.25);
  });

  test("with relief planted alone, mornings not after it stay at the usual level", () => {
    const alone = simulateJournal({
      seed: 3,
      days: 3000,
      effects: { reliefNextMorning: -1.5 },
      missingRate: 0,
    }).days;
    const usualMornings = alone.slice(1).flatMap((d, i) => {
      const afterRelief = alone[i]?.reliefIds.includes(PLANTED.reliefId);
      return !afterRelief && d.parts.MORNING !== undefined ? [d.parts.MORNING] : [];
    });
    const afternoons = alone.flatMap((d) =>
      d.parts.AFTERNOON === undefined ? [] : [d.parts.AFTERNOON],
    );
    expect(Math.abs(mean(usualMornings) - mean(afternoons))).toBeLessThan(0.15);
  });
});
