import "server-only";
import { cache } from "react";
import { listLifeEventMarkers } from "@/lib/life-events/data";
import { requireUser } from "@/lib/sessions/loaders";
import { journalDateFor } from "@/lib/time-zone";
import { analysePatterns } from "./analysis/analysis";
import { createMemo } from "./analysis/memo";
import { weeklyTrend } from "./analysis/trend";
import { daysWithin, type PatternWindow, windowRange, withPreviousLook } from "./analysis/window";
import {
  getFirstEntryDate,
  getJournalVersion,
  getPartOfDayDistribution,
  getWeekdayPartHeatmap,
  listDayRecords,
  listPatternSubjects,
} from "./data";
import { reviewParagraph, strongestPatterns, weekPeriods } from "./wording/review";

// The analysis of a window only changes with the journal (its version) or the day, so repeated
// views are served from memory; the key names the person, so no one sees another's result.
const patternsMemo = createMemo<Awaited<ReturnType<typeof computePatterns>>>(200);

/**
 * Everything the Patterns page shows for the signed-in person over a window ending today in
 * their time zone, life events on the trend included. Redirects to sign-in without a session.
 * Two rounds of queries: the journal's version and first day, then the analysis (from memory
 * when the journal has not changed) beside the life events, which change without the version.
 */
export const loadPatterns = cache(async (window: PatternWindow) => {
  const user = await requireUser();
  const today = journalDateFor(new Date(), user.timeZone);
  const [version, firstEntryDate] = await Promise.all([
    getJournalVersion({ userId: user.id }),
    // Also how old the journal is: a young journal's looks use their own levels (types.ts).
    getFirstEntryDate({ userId: user.id }),
  ]);
  const range = windowRange({ window, today, firstEntryDate });
  const [view, lifeEvents] = await Promise.all([
    patternsMemo.get(`${user.id}:${window}:${today}:${version}`, () =>
      computePatterns({ userId: user.id, window, range, firstEntryDate }),
    ),
    listLifeEventMarkers({ userId: user.id, ...range }),
  ]);
  return { ...view, lifeEvents };
});

async function computePatterns({
  userId,
  window,
  range,
  firstEntryDate,
}: {
  userId: string;
  window: PatternWindow;
  range: { from: string; to: string };
  firstEntryDate: string | null;
}) {
  const scope = { userId, ...range };
  const [bothLooks, distribution, heatmap, subjects] = await Promise.all([
    listDayRecords({ userId, ...withPreviousLook(range) }),
    getPartOfDayDistribution(scope),
    getWeekdayPartHeatmap(scope),
    listPatternSubjects({ userId }),
  ]);
  const days = daysWithin(bothLooks, range);
  return {
    range,
    window,
    dayCount: days.length,
    distribution,
    heatmap,
    analysis: analysePatterns({
      days: bothLooks,
      range,
      journalStart: firstEntryDate,
      ...subjects,
    }),
    weeks: weeklyTrend(days),
  };
}

export type PatternsView = Awaited<ReturnType<typeof loadPatterns>>;

/**
 * The weekly review for the signed-in person: this week against last week and the four before,
 * and the strongest patterns of the last 12 weeks.
 */
export const loadWeeklyReview = cache(async () => {
  const user = await requireUser();
  const today = journalDateFor(new Date(), user.timeZone);
  const range = windowRange({ window: "12w", today, firstEntryDate: null });
  const [bothLooks, subjects, journalStart] = await Promise.all([
    listDayRecords({ userId: user.id, ...withPreviousLook(range) }),
    listPatternSubjects({ userId: user.id }),
    getFirstEntryDate({ userId: user.id }),
  ]);
  const analysis = analysePatterns({ days: bothLooks, range, journalStart, ...subjects });
  const periods = weekPeriods({ today, days: daysWithin(bothLooks, range) });
  const patterns = strongestPatterns(analysis.comparisons);
  return { today, periods, patterns, paragraph: reviewParagraph({ periods, patterns }) };
});
