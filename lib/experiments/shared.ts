import "server-only";
import { calendarDateFor, journalDateFor } from "@/lib/time";
import { getTimeZone, listExperimentNights, listExperiments, listOutcomeDays } from "./data";
import { outcomeRange, toDetail, toSummary } from "./detail";
import { OUTCOME_LABELS } from "./types";
import { adherenceText, caveats, evidenceText, verdictText } from "./wording";

/** An experiment as a shared summary shows it: plain sentences, nothing else. */
export type SharedExperiment = {
  change: string;
  outcome: string;
  startDate: string;
  lastNight: string;
  status: string;
  verdict: string | null;
  evidence: string | null;
  adherence: string;
  caveats: string[];
};

const STATUS_WORDS = {
  planned: "planned, not started",
  running: "running; no result until it ends",
  waiting: "last night done; the result comes with the next check-in",
  finished: "finished",
  stopped: "stopped early",
} as const;

/**
 * The person's experiments that overlap the period (from its first night to its last), with the
 * same result and caveats as the experiment's own page (lib/experiments/wording.ts). Only built
 * when the person ticks "Include my experiments".
 */
export async function listSharedExperiments({
  userId,
  from,
  to,
  now,
}: {
  userId: string;
  from: string;
  to: string;
  now: Date;
}): Promise<SharedExperiment[]> {
  const timeZone = await getTimeZone({ userId });
  if (!timeZone) return [];
  const today = journalDateFor(now, timeZone);
  const records = await listExperiments({ userId });
  const shown = [];
  for (const record of [...records].reverse()) {
    const summary = toSummary(record, today, (d) => calendarDateFor(d, timeZone));
    if (summary.startDate > to || summary.lastNight < from) continue;
    const isOver = summary.status === "finished" || summary.status === "stopped";
    const [nights, days] = await Promise.all([
      listExperimentNights({
        userId,
        experiment: record,
        from: record.startDate,
        to: summary.lastNight,
      }),
      isOver ? listOutcomeDays({ userId, ...outcomeRange(record) }) : [],
    ]);
    const detail = toDetail({ summary, nights, days, today });
    shown.push({
      change: detail.change,
      outcome: OUTCOME_LABELS[detail.outcome],
      startDate: detail.startDate,
      lastNight: detail.lastNight,
      status: STATUS_WORDS[detail.status],
      verdict: verdictText(detail),
      evidence: evidenceText(detail),
      adherence: adherenceText(detail),
      caveats: detail.analysis ? caveats(detail) : [],
    });
  }
  return shown;
}
