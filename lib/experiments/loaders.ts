import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { listReliefItems } from "@/lib/relief/data";
import { reliefDisplayName } from "@/lib/relief/format/relief-format";
import { requireUser } from "@/lib/sessions/loaders";
import { calendarDateFor, journalDateFor } from "@/lib/time-zone";
import { getExperiment, getExperimentDetail, listExperimentNights, listExperiments } from "./data";
import { planFor, totalNights } from "./design/schedule";
import { toSummary } from "./results/detail";
import type { TonightExperimentDTO } from "./types";

/** Today as the journal counts it (a night runs until 4 a.m.) in the person's zone. */
const journalToday = (timeZone: string) => journalDateFor(new Date(), timeZone);

/** The signed-in person's experiments, newest first, with where each stands today. */
export const loadExperimentsPage = cache(async () => {
  const user = await requireUser();
  const today = journalToday(user.timeZone);
  const records = await listExperiments({ userId: user.id });
  return {
    today,
    experiments: records.map((record) =>
      toSummary(record, today, (d) => calendarDateFor(d, user.timeZone)),
    ),
  };
});

/** What the create form offers: the person's relief items and today's date. */
export const loadNewExperimentForm = cache(async () => {
  const user = await requireUser();
  const items = await listReliefItems({ userId: user.id });
  return {
    today: journalToday(user.timeZone),
    reliefItems: items.map((item) => ({ id: item.id, name: reliefDisplayName(item) })),
  };
});

/**
 * One of the signed-in person's experiments with its progress, and its result once it is over.
 * Someone else's id, or one that does not exist, is Next's not-found page.
 */
export const loadExperiment = cache(async (id: string) => {
  const user = await requireUser();
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const record = isUuid ? await getExperiment({ userId: user.id, id }) : null;
  if (!record) notFound();
  const today = journalToday(user.timeZone);
  return {
    today,
    experiment: await getExperimentDetail({
      userId: user.id,
      record,
      today,
      timeZone: user.timeZone,
    }),
  };
});

/**
 * Tonight's card: the experiment (if any) whose schedule holds tonight (the journal's today in
 * the person's zone: a night runs until 4 a.m.), with tonight's answer.
 */
export const loadTonightExperiment = cache(async (): Promise<TonightExperimentDTO | null> => {
  const user = await requireUser();
  const date = journalToday(user.timeZone);
  const records = await listExperiments({ userId: user.id });
  for (const record of records) {
    if (record.stoppedOn !== null && record.stoppedOn <= date) continue;
    const plan = planFor(record, date);
    if (!plan) continue;
    const nights = await listExperimentNights({
      userId: user.id,
      experiment: record,
      from: date,
      to: date,
    });
    return {
      id: record.id,
      change: record.change,
      date,
      isOn: plan.block.isOn,
      night: plan.night + 1,
      totalNights: totalNights(record),
      answer: nights[0]?.isDone ?? null,
    };
  }
  return null;
});
