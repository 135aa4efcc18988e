import "server-only";
import { getOnset, listLifeEvents } from "@/lib/life-events/data";
import { analysePatterns } from "@/lib/patterns/analysis";
import { getFirstEntryDate, listDayRecords, listPatternSubjects } from "@/lib/patterns/data";
import { mondayOf } from "@/lib/patterns/review";
import { daysWithin, windowRange, withPreviousLook } from "@/lib/patterns/window";
import { journalDateFor } from "@/lib/time";
import { listPromptKeysAnsweredInWeek, listReliefSubjects } from "./data";
import { buildPrompts } from "./rules";
import type { Prompt } from "./types";

/** Prompts look at the same 12 weeks as the weekly review and the Patterns page's default. */
export const PROMPT_WINDOW = "12w";

/**
 * The person's prompts right now: the pattern analysis of the last 12 weeks (ending on their
 * journal date in their zone), their onset and life events, and what they answered this week.
 * For loaders and actions, which have already resolved the person from the session.
 */
export async function getPromptsFor({
  userId,
  timeZone,
  now = new Date(),
}: {
  userId: string;
  timeZone: string;
  now?: Date;
}): Promise<{ prompts: Prompt[]; today: string; weekStart: string; dayCount: number }> {
  const today = journalDateFor(now, timeZone);
  const weekStart = mondayOf(today);
  const range = windowRange({ window: PROMPT_WINDOW, today, firstEntryDate: null });
  const [bothLooks, subjects, reliefs, onset, lifeEvents, answeredThisWeek, journalStart] =
    await Promise.all([
      listDayRecords({ userId, ...withPreviousLook(range) }),
      listPatternSubjects({ userId }),
      listReliefSubjects({ userId }),
      getOnset({ userId }),
      listLifeEvents({ userId }),
      listPromptKeysAnsweredInWeek({ userId, weekStart }),
      // The journal's age sets the levels (lib/patterns/types.ts), as on the Patterns page.
      getFirstEntryDate({ userId }),
    ]);
  const analysis = analysePatterns({ days: bothLooks, range, journalStart, ...subjects });
  const prompts = buildPrompts({
    analysis,
    tags: subjects.tags,
    reliefs,
    onset,
    lifeEvents,
    answeredThisWeek,
  });
  return { prompts, today, weekStart, dayCount: daysWithin(bothLooks, range).length };
}
