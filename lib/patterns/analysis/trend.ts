import { median } from "../stats/rank-tests";
import type { DayRecord, WeekSummary } from "../types";
import { dateFromDayNumber, dayNumber, isoWeekOf } from "./dates";

const byDate = (x: DayRecord, y: DayRecord) => x.date.localeCompare(y.date);

type Week = { label: string; monday: number; pains: number[]; best: DayRecord; worst: DayRecord };

/**
 * Day pain per ISO week (Monday start, local dates), oldest first; weeks without a recorded day
 * are absent rather than zero. Ties for best or worst day go to the earlier date.
 */
export function weeklyTrend(days: readonly DayRecord[]): WeekSummary[] {
  const weeks = new Map<string, Week>();
  for (const day of [...days].sort(byDate)) {
    const { label, monday } = isoWeekOf(dayNumber(day.date));
    const week = weeks.get(label);
    if (!week) {
      weeks.set(label, { label, monday, pains: [day.dayPain], best: day, worst: day });
      continue;
    }
    week.pains.push(day.dayPain);
    if (day.dayPain < week.best.dayPain) week.best = day;
    if (day.dayPain > week.worst.dayPain) week.worst = day;
  }
  return [...weeks.values()].map((week) => ({
    isoWeek: week.label,
    weekStart: dateFromDayNumber(week.monday),
    days: week.pains.length,
    meanPain: week.pains.reduce((sum, p) => sum + p, 0) / week.pains.length,
    medianPain: median(week.pains) ?? 0,
    best: { date: week.best.date, pain: week.best.dayPain },
    worst: { date: week.worst.date, pain: week.worst.dayPain },
  }));
}

/**
 * The `count` lowest-pain and highest-pain days. The two lists never share a day, so with fewer
 * than 2·count days each gets half; ties go to the more recent day, which is easier to recall.
 */
export function bestAndWorstDays({
  days,
  count = 3,
}: {
  days: readonly DayRecord[];
  count?: number;
}): {
  best: DayRecord[];
  worst: DayRecord[];
} {
  const k = Math.min(count, Math.floor(days.length / 2));
  const recentFirst = [...days].sort((x, y) => byDate(y, x));
  const best = [...recentFirst].sort((x, y) => x.dayPain - y.dayPain).slice(0, k);
  const worst = [...recentFirst]
    .sort((x, y) => y.dayPain - x.dayPain)
    .filter((day) => !best.includes(day))
    .slice(0, k);
  return { best, worst };
}
