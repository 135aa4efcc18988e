import "server-only";
import { openOptional, openText } from "@/lib/crypto/sealing/fields";
import { getPrisma } from "@/lib/db";
import { listDayRecords } from "@/lib/patterns/data";
import { reliefDisplayName } from "@/lib/relief/format/relief-format";
import { fromDbDate, toDbDate } from "@/lib/time";
import { calendarDateFor, journalDateFor } from "@/lib/time-zone";
import type { OutcomeDay } from "./design/outcome";
import { planFor } from "./design/schedule";
import { outcomeRange, toDetail, toSummary } from "./results/detail";
import { adherenceText, caveats, evidenceText, verdictText } from "./results/wording";
import {
  type ExperimentDetailDTO,
  type ExperimentOutcome,
  type NightRecord,
  OUTCOME_LABELS,
  type SharedExperiment,
} from "./types";

/** An experiment as stored, with its change decrypted (no status: that needs today's date). */
export type ExperimentRecord = {
  id: string;
  change: string;
  isOwnRule: boolean;
  reliefItemId: string | null;
  outcome: ExperimentOutcome;
  startDate: string;
  blockDays: number;
  blockOrder: string;
  stoppedOn: string | null;
  createdAt: Date;
};

const EXPERIMENT_SELECT = {
  id: true,
  rule: true,
  reliefItemId: true,
  reliefItem: { select: { builtinKey: true, name: true } },
  outcome: true,
  startDate: true,
  blockDays: true,
  blockOrder: true,
  stoppedOn: true,
  createdAt: true,
} as const;

type ExperimentRow = {
  id: string;
  rule: string | null;
  reliefItemId: string | null;
  reliefItem: { builtinKey: string | null; name: string } | null;
  outcome: ExperimentOutcome;
  startDate: Date;
  blockDays: number;
  blockOrder: string;
  stoppedOn: Date | null;
  createdAt: Date;
};

function toRecord(userId: string, row: ExperimentRow): ExperimentRecord {
  const rule = openOptional({ field: "Experiment.rule", userId, value: row.rule });
  return {
    id: row.id,
    change: row.reliefItem
      ? reliefDisplayName({
          ...row.reliefItem,
          name: openText({ field: "ReliefItem.name", userId, value: row.reliefItem.name }),
        })
      : (rule ?? "a relief item no longer in your library"),
    isOwnRule: rule !== null,
    reliefItemId: row.reliefItemId,
    outcome: row.outcome,
    startDate: fromDbDate(row.startDate),
    blockDays: row.blockDays,
    blockOrder: row.blockOrder,
    stoppedOn: row.stoppedOn ? fromDbDate(row.stoppedOn) : null,
    createdAt: row.createdAt,
  };
}

/** Every experiment of the person, newest first. */
export async function listExperiments({ userId }: { userId: string }): Promise<ExperimentRecord[]> {
  const rows = await getPrisma().experiment.findMany({
    where: { userId },
    select: EXPERIMENT_SELECT,
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
  });
  return rows.map((row) => toRecord(userId, row));
}

/**
 * The relief items being tested by the person's experiments on the night `date` (not stopped by
 * then): what "Same as last night" must not copy, since whether it is done is tonight's plan.
 */
export async function listReliefItemsUnderTest({
  userId,
  date,
}: {
  userId: string;
  date: string;
}): Promise<string[]> {
  const rows = await getPrisma().experiment.findMany({
    where: {
      userId,
      reliefItemId: { not: null },
      startDate: { lte: toDbDate(date) },
      OR: [{ stoppedOn: null }, { stoppedOn: { gt: toDbDate(date) } }],
    },
    select: { reliefItemId: true, startDate: true, blockDays: true, blockOrder: true },
  });
  return rows.flatMap((row) => {
    const design = { ...row, startDate: fromDbDate(row.startDate) };
    return row.reliefItemId && planFor(design, date) ? [row.reliefItemId] : [];
  });
}

/** One of the person's experiments; null when there is none with that id, or it is someone else's. */
export async function getExperiment({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<ExperimentRecord | null> {
  const row = await getPrisma().experiment.findFirst({
    where: { id, userId },
    select: EXPERIMENT_SELECT,
  });
  return row ? toRecord(userId, row) : null;
}

/**
 * What was answered for each night from `from` to `to` of one of the person's experiments: the
 * taps on Tonight, and, for a relief item, nights with that item logged in the check-in and no tap
 * (a tap wins).
 */
export async function listExperimentNights({
  userId,
  experiment,
  from,
  to,
}: {
  userId: string;
  experiment: Pick<ExperimentRecord, "id" | "reliefItemId">;
  from: string;
  to: string;
}): Promise<NightRecord[]> {
  const prisma = getPrisma();
  const dates = { gte: toDbDate(from), lte: toDbDate(to) };
  const [taps, uses] = await Promise.all([
    prisma.experimentNight.findMany({
      where: { userId, experimentId: experiment.id, date: dates },
      select: { date: true, isDone: true },
    }),
    experiment.reliefItemId
      ? prisma.reliefUse.findMany({
          where: { userId, reliefItemId: experiment.reliefItemId, localDate: dates },
          select: { localDate: true },
        })
      : [],
  ]);
  const nights = new Map<string, boolean>();
  for (const use of uses) nights.set(fromDbDate(use.localDate), true);
  for (const tap of taps) nights.set(fromDbDate(tap.date), tap.isDone);
  return [...nights]
    .map(([date, isDone]) => ({ date, isDone }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The person's journal days from `from` to `to`, as the experiment's analysis reads them. */
export async function listOutcomeDays({
  userId,
  from,
  to,
}: {
  userId: string;
  from: string;
  to: string;
}): Promise<OutcomeDay[]> {
  const days = await listDayRecords({ userId, from, to });
  return days.map(({ date, parts, dayPain }) => ({ date, parts, dayPain }));
}

/** The person's time zone (for "today" when a summary is built without a session). */
export async function getTimeZone({ userId }: { userId: string }): Promise<string | null> {
  const user = await getPrisma().user.findUnique({
    where: { id: userId },
    select: { timeZone: true },
  });
  return user?.timeZone ?? null;
}

/**
 * Where one of the person's experiments stands on `today`: its nights so far and, once it is
 * over, its result from the outcome days. `record` must be the person's (from listExperiments or
 * getExperiment with the same `userId`).
 */
export async function getExperimentDetail({
  userId,
  record,
  today,
  timeZone,
}: {
  userId: string;
  record: ExperimentRecord;
  today: string;
  timeZone: string;
}): Promise<ExperimentDetailDTO> {
  const summary = toSummary(record, today, (d) => calendarDateFor(d, timeZone));
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
  return toDetail({ summary, nights, days, today });
}

const STATUS_WORDS = {
  planned: "planned, not started",
  running: "running; no result until it ends",
  waiting: "last night done; the result comes with the next check-in",
  finished: "finished",
  stopped: "stopped early",
} as const;

/**
 * The person's experiments that overlap the period (from its first night to its last), with the
 * same result and caveats as the experiment's own page (lib/experiments/results/wording.ts).
 * Only built when the person ticks "Include my experiments".
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
    const detail = await getExperimentDetail({ userId, record, today, timeZone });
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
