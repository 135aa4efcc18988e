import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { journalDateFor } from "@/lib/time";
import { analysePatterns } from "./analysis";
import {
  getFirstEntryDate,
  getJournalVersion,
  getPartOfDayDistribution,
  getWeekdayPartHeatmap,
  listDayRecords,
  listPatternSubjects,
} from "./data";
import { createMemo } from "./memo";
import { reviewParagraph, strongestPatterns, weekPeriods } from "./review";
import { weeklyTrend } from "./trend";
import { daysWithin, type PatternWindow, windowRange, withPreviousLook } from "./window";

// The analysis of a window only changes with the journal (its version) or the day, so repeated
// views are served from memory; the key names the person, so no one sees another's result.
const patternsMemo = createMemo<Awaited<ReturnType<typeof computePatterns>>>(200);

/**
 * Everything the Patterns page shows for the signed-in person over a window ending today in
 * their time zone. Redirects to sign-in without a session.
 */
export const loadPatterns = cache(async (window: PatternWindow) => {
  const user = await requireUser();
  const today = journalDateFor(new Date(), user.timeZone);
  const version = await getJournalVersion({ userId: user.id });
  return patternsMemo.get(`${user.id}:${window}:${today}:${version}`, () =>
    computePatterns({ userId: user.id, window, today }),
  );
});

async function computePatterns({
  userId,
  window,
  today,
}: {
  userId: string;
  window: PatternWindow;
  today: string;
}) {
  // Also how old the journal is: a young journal's looks use their own levels (types.ts).
  const firstEntryDate = await getFirstEntryDate({ userId });
  const range = windowRange({ window, today, firstEntryDate });
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
